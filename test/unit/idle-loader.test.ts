import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { whenIdleOrGesture } from '../../src/client/exercises/loader'

/** A window stand-in: gestures are dispatched by hand, idle callbacks are queued and run by the test. */
function fakeWindow(withIdle = true) {
  const target = new EventTarget()
  const idle: Array<{ id: number; cb: IdleRequestCallback; timeout?: number }> = []
  let next = 1
  const win = {
    addEventListener: target.addEventListener.bind(target),
    removeEventListener: target.removeEventListener.bind(target),
    ...(withIdle
      ? {
          requestIdleCallback: (cb: IdleRequestCallback, o?: IdleRequestOptions) => {
            idle.push({ id: next, cb, timeout: o?.timeout })
            return next++
          },
          cancelIdleCallback: (id: number) => {
            const i = idle.findIndex((x) => x.id === id)
            if (i >= 0) idle.splice(i, 1)
          },
        }
      : {}),
  }
  const runIdle = (timeRemaining: number, didTimeout = false) => {
    const pending = idle.splice(0)
    for (const p of pending) p.cb({ didTimeout, timeRemaining: () => timeRemaining })
  }
  const gesture = (type = 'pointerdown') => target.dispatchEvent(new Event(type))
  return { win: win as unknown as Window, idle, runIdle, gesture }
}

describe('whenIdleOrGesture', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('waits for a real idle period: slivers between busy frames do not count', () => {
    const f = fakeWindow()
    const run = vi.fn()
    whenIdleOrGesture(run, { target: f.win, timeout: 3000, minIdleMs: 8 })
    expect(run).not.toHaveBeenCalled()
    expect(f.idle[0]?.timeout).toBe(3000)
    f.runIdle(2) // a 2 ms gap in a busy frame loop
    expect(run).not.toHaveBeenCalled()
    expect(f.idle).toHaveLength(1) // asked again
    f.runIdle(20)
    expect(run).toHaveBeenCalledTimes(1)
    f.gesture()
    f.runIdle(50)
    expect(run).toHaveBeenCalledTimes(1) // once only
  })

  it('loads anyway when the idle wait times out', () => {
    const f = fakeWindow()
    const run = vi.fn()
    whenIdleOrGesture(run, { target: f.win })
    f.runIdle(0, true)
    expect(run).toHaveBeenCalledTimes(1)
  })

  it('loads at the first gesture (sound needs one anyway), and stops waiting for idle', () => {
    const f = fakeWindow()
    const run = vi.fn()
    whenIdleOrGesture(run, { target: f.win })
    f.gesture('keydown')
    expect(run).toHaveBeenCalledTimes(1)
    expect(f.idle).toHaveLength(0)
    f.gesture('pointerdown')
    expect(run).toHaveBeenCalledTimes(1)
  })

  it('falls back to a timer where there is no requestIdleCallback', () => {
    const f = fakeWindow(false)
    const run = vi.fn()
    whenIdleOrGesture(run, { target: f.win, timeout: 1500 })
    vi.advanceTimersByTime(1499)
    expect(run).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(run).toHaveBeenCalledTimes(1)
  })

  it('cancels cleanly (an unmounted app loads nothing)', () => {
    const f = fakeWindow()
    const run = vi.fn()
    const cancel = whenIdleOrGesture(run, { target: f.win })
    cancel()
    f.gesture()
    f.runIdle(50)
    expect(f.idle).toHaveLength(0)
    const g = fakeWindow(false)
    whenIdleOrGesture(run, { target: g.win, timeout: 100 })()
    vi.advanceTimersByTime(200)
    expect(run).not.toHaveBeenCalled()
  })
})
