// The line a client reads when their words were not painted (src/client/held-line.ts): what it says alone and in a
// session, and that it leaves after a while, with a change of view, or when an exercise starts.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createStore } from 'zustand/vanilla'
import type { ClientState } from '../../src/client/client-store'
import { HELD_LINE_MS, heldText, watchHeldLine } from '../../src/client/held-line'
import { HEADSET_EN, type HeadsetKey } from '../../src/shared/i18n/headset-en'
import { createTranslator } from '../../src/shared/i18n/translate'

const t = createTranslator<HeadsetKey>('en', HEADSET_EN)

describe('held text', () => {
  it('in a session, the therapist will look at it with the client', () => {
    expect(heldText(true, t)).toBe(HEADSET_EN['held.session'])
    expect(heldText(true, t)).toMatch(/therapist/)
  })

  it('alone, it says only what is true (not painted) and invites other words, without naming anyone', () => {
    const solo = heldText(false, t)
    expect(solo).toBe(HEADSET_EN['held.solo'])
    expect(solo).not.toMatch(/therapist|kept|clinic|someone|review/i)
    expect(solo).toMatch(/not painted/)
    expect(solo).toMatch(/describe another/)
    // Nothing alarming or blaming (docs/CLINICAL.md, docs/ART.md): no warnings, refusals or safety words.
    expect(solo).not.toMatch(/warning|danger|unsafe|inappropriate|blocked|violat|trauma|sorry|can(no|')t|!/i)
  })
})

type Held = Pick<ClientState, 'status' | 'mode' | 'sessionScene'>
const makeStore = () =>
  createStore<Held>()(() => ({ status: { kind: 'idle' }, mode: 'gallery', sessionScene: null }))
const held = { kind: 'held' } as const

describe('watchHeldLine', () => {
  beforeEach(() => void vi.useFakeTimers())
  afterEach(() => void vi.useRealTimers())

  it('lets the held line go after a while, not before', () => {
    const store = makeStore()
    const stop = watchHeldLine(store)
    store.setState({ status: held })
    vi.advanceTimersByTime(HELD_LINE_MS - 1)
    expect(store.getState().status.kind).toBe('held')
    vi.advanceTimersByTime(1)
    expect(store.getState().status.kind).toBe('idle')
    stop()
  })

  it('gives a new held line its full time, and leaves every other line alone', () => {
    const store = makeStore()
    const stop = watchHeldLine(store, { lineMs: 1000 })
    store.setState({ status: held })
    vi.advanceTimersByTime(800)
    store.setState({ status: { kind: 'held' } }) // held again, other words
    vi.advanceTimersByTime(800)
    expect(store.getState().status.kind).toBe('held')
    vi.advanceTimersByTime(200)
    expect(store.getState().status.kind).toBe('idle')
    store.setState({ status: { kind: 'shown' } })
    vi.advanceTimersByTime(5000)
    expect(store.getState().status.kind).toBe('shown')
    store.setState({ status: held })
    store.setState({ status: { kind: 'painting' } }) // new words: their line, not a timer from the held one
    vi.advanceTimersByTime(5000)
    expect(store.getState().status.kind).toBe('painting')
    stop()
  })

  it('lets it go at once when the view changes (the solo switch, or a session choosing the view)', () => {
    const store = makeStore()
    const stop = watchHeldLine(store)
    store.setState({ status: held })
    store.setState({ mode: 'landscape' })
    expect(store.getState().status.kind).toBe('idle')
    // A change of view with another line up leaves that line.
    store.setState({ status: { kind: 'shown' } })
    store.setState({ mode: 'gallery' })
    expect(store.getState().status.kind).toBe('shown')
    store.setState({ status: held })
    store.setState({ sessionScene: { view: 'timeline', spec: {} as never, brightness: 1 } })
    expect(store.getState().status.kind).toBe('idle')
    stop()
  })

  it('lets it go when an exercise starts', () => {
    const store = makeStore()
    let start = () => {}
    let stopped = false
    const stop = watchHeldLine(store, {
      exerciseStarts: (listener) => {
        start = listener
        return () => void (stopped = true)
      },
    })
    start() // nothing held: nothing changes
    expect(store.getState().status.kind).toBe('idle')
    store.setState({ status: held })
    start()
    expect(store.getState().status.kind).toBe('idle')
    stop()
    expect(stopped).toBe(true)
  })

  it('takes a line already held when it starts, and stops its clock when it stops', () => {
    const store = makeStore()
    store.setState({ status: held })
    const stop = watchHeldLine(store, { lineMs: 1000 })
    vi.advanceTimersByTime(1000)
    expect(store.getState().status.kind).toBe('idle')
    store.setState({ status: held })
    stop()
    vi.advanceTimersByTime(5000)
    store.setState({ mode: 'landscape' })
    expect(store.getState().status.kind).toBe('held')
  })
})
