import { describe, expect, it } from 'vitest'
import {
  CHIME_ATTACK_S,
  CHIME_EVERY_MS,
  CHIME_PEAK,
  createRiskChime,
  noteEnvelope,
  type ChimeContext,
} from '../../../src/console/risk/risk-chime'

type Call = [string, number, number]

/** A Web Audio stand-in that records every gain automation and oscillator start. */
function fakeContext(initial: 'running' | 'suspended' = 'running', resumable = true) {
  const gains: Call[][] = []
  const oscillators: Array<{ hz: number; start: number; stop: number }> = []
  const ctx = {
    state: initial as string,
    currentTime: 10,
    destination: {},
    createOscillator() {
      const o = {
        type: '',
        frequency: { value: 0 },
        connect: () => undefined,
        disconnect: () => undefined,
        start: (t: number) => oscillators.push({ hz: o.frequency.value, start: t, stop: NaN }),
        stop: (t: number) => (oscillators.at(-1)!.stop = t),
      }
      return o
    },
    createGain() {
      const calls: Call[] = []
      gains.push(calls)
      const rec = (name: string) => (v: number, t: number) => calls.push([name, v, t])
      return {
        gain: {
          setValueAtTime: rec('set'),
          linearRampToValueAtTime: rec('linear'),
          exponentialRampToValueAtTime: rec('exponential'),
          cancelScheduledValues: (t: number) => calls.push(['cancel', 0, t]),
        },
        connect: () => undefined,
        disconnect: () => undefined,
      }
    },
    resume: async () => {
      if (resumable) ctx.state = 'running'
    },
    suspend: async () => {
      ctx.state = 'suspended'
    },
  }
  return { ctx: ctx as ChimeContext & { state: string }, gains, oscillators }
}

/** Timers run by hand, so the repeat is tested without waiting four seconds. */
function fakeTimers() {
  let now = 0
  const pending = new Map<number, { at: number; f: () => void }>()
  let next = 1
  return {
    set: (f: () => void, ms: number) => {
      pending.set(next, { at: now + ms, f })
      return next++
    },
    clear: (t: unknown) => void pending.delete(t as number),
    async advance(ms: number) {
      const end = now + ms
      for (;;) {
        const due = [...pending.entries()].filter(([, p]) => p.at <= end).sort((a, b) => a[1].at - b[1].at)[0]
        if (!due) break
        pending.delete(due[0])
        now = due[1].at
        due[1].f()
        await flush()
      }
      now = end
    },
  }
}
const flush = async () => {
  for (let i = 0; i < 10; i++) await Promise.resolve()
}

describe('the risk chime', () => {
  it('rises gently from silence and falls away: no click at the start, quiet at its peak', () => {
    const [set, rise, fall] = noteEnvelope(2)
    expect(set).toEqual({ kind: 'set', value: 0, time: 2 })
    expect(rise.time - set.time).toBeGreaterThanOrEqual(0.03)
    expect(rise.value).toBeLessThanOrEqual(0.1)
    expect(fall.kind).toBe('exponential')
    expect(fall.time - rise.time).toBeGreaterThan(1)
    expect(CHIME_ATTACK_S).toBeGreaterThanOrEqual(0.03)
  })

  it('plays two notes at once, repeats every few seconds, and stops for good', async () => {
    const { ctx, oscillators, gains } = fakeContext()
    const timers = fakeTimers()
    const chime = createRiskChime({
      createContext: () => ctx,
      setTimer: timers.set,
      clearTimer: timers.clear,
    })
    chime.start()
    await flush()
    expect(chime.started).toBe(1)
    expect(chime.playing).toBe(true)
    // Two notes, each with an octave partial; the second note after the first, the first falling to the second.
    const fundamentals = oscillators.filter((o) => o.hz < 1000)
    expect(fundamentals).toHaveLength(2)
    expect(fundamentals[1]!.start).toBeGreaterThan(fundamentals[0]!.start)
    expect(fundamentals[0]!.hz).toBeGreaterThan(fundamentals[1]!.hz)
    // Every note's gain starts at 0 and never goes above the quiet peak.
    for (const calls of gains.slice(1)) {
      expect(calls[0]![0]).toBe('set')
      expect(calls[0]![1]).toBe(0)
      expect(Math.max(...calls.map((c) => c[1]))).toBeLessThanOrEqual(CHIME_PEAK)
    }
    await timers.advance(CHIME_EVERY_MS)
    expect(chime.started).toBe(2)
    await timers.advance(CHIME_EVERY_MS * 2)
    expect(chime.started).toBe(4)
    chime.stop()
    expect(chime.playing).toBe(false)
    // The master fades out over a moment rather than cutting a ringing note.
    const master = gains[0]!
    expect(master.at(-1)![0]).toBe('linear')
    expect(master.at(-1)![1]).toBe(0)
    await timers.advance(CHIME_EVERY_MS * 3)
    expect(chime.started).toBe(4)
    expect(ctx.state).toBe('suspended')
    // A new alert plays again (the sleeping context is woken).
    chime.start()
    await flush()
    expect(chime.started).toBe(5)
  })

  it('counts nothing and says so while the browser blocks audio, and plays once a click allows it', async () => {
    const { ctx } = fakeContext('suspended', false)
    const timers = fakeTimers()
    const chime = createRiskChime({
      createContext: () => ctx,
      setTimer: timers.set,
      clearTimer: timers.clear,
      resumeWaitMs: 100,
    })
    let told = 0
    chime.subscribe(() => told++)
    chime.start()
    await timers.advance(100)
    expect(chime.blocked).toBe(true)
    expect(chime.started).toBe(0)
    expect(told).toBeGreaterThan(0)
    // The click: the browser now lets the context run.
    ctx.resume = async () => void (ctx.state = 'running')
    chime.unlock()
    await flush()
    expect(chime.blocked).toBe(false)
    expect(chime.started).toBe(1)
    chime.dispose()
  })

  it('does nothing harmful without Web Audio', async () => {
    const chime = createRiskChime({
      createContext: () => null,
      setTimer: () => 0,
      clearTimer: () => undefined,
    })
    chime.start()
    await flush()
    expect(chime.started).toBe(0)
    chime.unlock()
    chime.stop()
  })
})
