// The order image jobs run in: a few at a time server-wide, one at a time per session, and a record of what is in
// flight so shutdown can wait for quiet.
import { describe, expect, it } from 'vitest'
import { createSessionChains, createSlots, createTracker } from '../../src/server/ai/image-job-queue'

/** A promise settled from outside, to hold work open while the test looks. */
function gate() {
  let open = () => {}
  let fail = (_e: Error) => {}
  const promise = new Promise<void>((resolve, reject) => {
    open = resolve
    fail = reject
  })
  return { promise, open, fail }
}

const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

describe('createSlots', () => {
  it('lets `max` in at once and hands a freed slot to the longest waiting, in order', async () => {
    const slots = createSlots(2)
    const entered: string[] = []
    const enter = (name: string) => slots.acquire().then(() => void entered.push(name))
    void enter('a')
    void enter('b')
    void enter('c')
    void enter('d')
    await settle()
    expect(entered).toEqual(['a', 'b'])
    slots.release()
    await settle()
    expect(entered).toEqual(['a', 'b', 'c'])
    slots.release()
    await settle()
    expect(entered).toEqual(['a', 'b', 'c', 'd'])
    // Both slots back (c and d are done too): two may enter again at once, not more.
    slots.release()
    slots.release()
    void enter('e')
    void enter('f')
    void enter('g')
    await settle()
    expect(entered.slice(4)).toEqual(['e', 'f'])
  })
})

describe('createSessionChains', () => {
  it("runs one session's work in order and other sessions' alongside it", async () => {
    const chains = createSessionChains()
    const first = gate()
    const started: string[] = []
    const one = chains.enqueue('s1', async () => {
      started.push('s1-first')
      await first.promise
    })
    const two = chains.enqueue('s1', async () => void started.push('s1-second'))
    const other = chains.enqueue('s2', async () => void started.push('s2'))
    await other
    expect(started).toEqual(['s1-first', 's2'])
    first.open()
    await Promise.all([one, two])
    expect(started).toEqual(['s1-first', 's2', 's1-second'])
    await settle()
    expect(chains.size()).toBe(0)
  })

  it('a failure is its own caller’s; the next in line still runs', async () => {
    const chains = createSessionChains()
    const failing = chains.enqueue('s1', () => Promise.reject(new Error('no network')))
    let ran = false
    const next = chains.enqueue('s1', async () => void (ran = true))
    await expect(failing).rejects.toThrow('no network')
    await next
    expect(ran).toBe(true)
  })
})

describe('createTracker', () => {
  it('idle waits for everything in flight, including work started while it waited', async () => {
    const tracker = createTracker()
    const a = gate()
    const b = gate()
    tracker.track(a.promise)
    let quiet = false
    const idle = tracker.idle().then(() => (quiet = true))
    tracker.track(b.promise.catch(() => undefined))
    a.open()
    await settle()
    expect(quiet).toBe(false)
    b.fail(new Error('late'))
    await idle
    expect(quiet).toBe(true)
  })

  it('is idle at once when nothing runs', async () => {
    await expect(createTracker().idle()).resolves.toBeUndefined()
  })
})
