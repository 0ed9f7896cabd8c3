import { describe, expect, it } from 'vitest'
import { PoseCoalescer } from '../../src/server/relay/pose-coalescer'

/** A coalescer on a hand-driven ticker: `tick()` is one interval firing. */
function setup(slices = 4) {
  const timers = new Map<number, { fn: () => void; ms: number }>()
  let nextHandle = 1
  let clock = 1000
  const coalescer = new PoseCoalescer({
    hz: 30,
    slices,
    now: () => clock,
    setInterval: (fn, ms) => {
      const handle = nextHandle++
      timers.set(handle, { fn, ms })
      return handle
    },
    clearInterval: (handle) => timers.delete(handle as number),
  })
  /** The interval fires on time, `n` times. */
  const tick = (n = 1) => {
    for (let i = 0; i < n; i++) {
      clock += 1000 / 30 / slices
      for (const t of [...timers.values()]) t.fn()
    }
  }
  /** The event loop was busy: time passes without the interval firing. */
  const stall = (ms: number) => (clock += ms)
  /** One full period: every channel gets its turn exactly once. */
  const period = () => tick(slices)
  return { coalescer, timers, tick, period, stall }
}

const frame = (t: number) => `{"v":1,"type":"pose","t":${t}}`

describe('PoseCoalescer', () => {
  it('sends only the latest pose of each period (latest wins)', () => {
    const { coalescer, period } = setup()
    const sent: string[] = []
    const ch = coalescer.open((f) => sent.push(f))
    ch.offer(1, frame(1))
    ch.offer(2, frame(2))
    ch.offer(3, frame(3))
    period()
    expect(sent).toEqual([frame(3)])
    // Nothing new: nothing is sent again.
    period()
    expect(sent).toEqual([frame(3)])
    ch.offer(4, frame(4))
    period()
    expect(sent).toEqual([frame(3), frame(4)])
  })

  it('never sends a pose older than one it already sent or is holding', () => {
    const { coalescer, period } = setup()
    const sent: string[] = []
    const ch = coalescer.open((f) => sent.push(f))
    ch.offer(10, frame(10))
    ch.offer(7, frame(7)) // arrived late: older than the waiting one
    period()
    expect(sent).toEqual([frame(10)])
    ch.offer(9, frame(9)) // older than the one sent
    period()
    expect(sent).toEqual([frame(10)])
    ch.offer(11, frame(11))
    period()
    expect(sent).toEqual([frame(10), frame(11)])
  })

  it('sends each headset at most once per period, spread over the slices', () => {
    const { coalescer, tick, timers } = setup(4)
    const sent: number[][] = Array.from({ length: 8 }, () => [])
    const channels = sent.map((log, i) => coalescer.open(() => log.push(i)))
    // One ticker for all, firing four times per 1/30 s.
    expect(timers.size).toBe(1)
    expect([...timers.values()][0]!.ms).toBeCloseTo(1000 / 30 / 4)
    const perTick: number[] = []
    for (let round = 0; round < 3; round++) {
      for (let k = 0; k < 4; k++) {
        channels.forEach((ch, i) => ch.offer(round * 10 + k, frame(i)))
        const before = sent.flat().length
        tick()
        perTick.push(sent.flat().length - before)
      }
    }
    // 8 headsets over 4 slices: two frames per tick, never all eight at once.
    expect(perTick).toEqual(Array(12).fill(2))
    for (const log of sent) expect(log).toHaveLength(3)
  })

  it('catches up after a stalled event loop without exceeding one pose per period', () => {
    const { coalescer, tick, stall } = setup(4)
    const sent = Array.from({ length: 8 }, () => 0)
    const channels = sent.map((_, i) => coalescer.open(() => sent[i]!++))
    tick(4)
    const offerAll = (t: number) => channels.forEach((ch) => ch.offer(t, frame(t)))
    offerAll(1)
    // 200 ms without a tick (a long GC, a slow disk): the next tick serves every slice, not just one.
    stall(200)
    tick()
    expect(sent).toEqual(Array(8).fill(1))
    // …and then each headset waits most of a period again.
    offerAll(2)
    tick()
    expect(sent).toEqual(Array(8).fill(1))
    tick(4)
    expect(sent).toEqual(Array(8).fill(2))
  })

  it('stops when the socket closes: the waiting pose is dropped, later offers are ignored', () => {
    const { coalescer, period, timers } = setup()
    const sent: string[] = []
    const other: string[] = []
    const ch = coalescer.open((f) => sent.push(f))
    const stays = coalescer.open((f) => other.push(f))
    ch.offer(1, frame(1))
    stays.offer(1, frame(1))
    ch.close()
    ch.offer(2, frame(2))
    period()
    expect(sent).toEqual([])
    expect(other).toEqual([frame(1)])
    expect(coalescer.channels).toBe(1)
    stays.close()
    stays.close() // twice is harmless
    expect(coalescer.channels).toBe(0)
    // No headset, no ticker.
    expect(timers.size).toBe(0)
    // A new headset starts it again.
    const again: string[] = []
    coalescer.open((f) => again.push(f)).offer(5, frame(5))
    expect(timers.size).toBe(1)
    period()
    expect(again).toEqual([frame(5)])
  })

  it('keeps sending to the other headsets when one sink throws', () => {
    const errors: unknown[] = []
    let fire = () => {}
    let clock = 0
    const coalescer = new PoseCoalescer({
      slices: 1,
      now: () => clock,
      setInterval: (fn) => (fire = fn),
      clearInterval: () => {},
      onError: (err) => errors.push(err),
    })
    const sent: string[] = []
    coalescer
      .open(() => {
        throw new Error('socket gone')
      })
      .offer(1, frame(1))
    coalescer.open((f) => sent.push(f)).offer(1, frame(1))
    clock += 1000 / 30
    fire()
    expect(sent).toEqual([frame(1)])
    expect(errors).toHaveLength(1)
  })
})
