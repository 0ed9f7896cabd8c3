// @vitest-environment jsdom
// The microphone next to Create, with the real MicButton and a stand-in push-to-talk: its module is requested only
// when the app allows it or the placeholder is pressed, and a press made before the module arrived is honoured.
import { act } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true

/** The push-to-talk module's arrival is held at a gate the test opens; `log` is what push-to-talk was told. */
const h = {
  requested: 0,
  log: [] as string[],
  open: () => {},
  gate: Promise.resolve(),
}

/** A stand-in for the page's push-to-talk, behind the gate (registered afresh for each test's module graph). */
const mockTalk = () =>
  vi.doMock('../../../src/client/speech/talk-browser', async () => {
    h.requested++
    await h.gate
    const { createStore } = await import('zustand/vanilla')
    const store = createStore(() => ({ kind: 'idle' as const, hint: null }))
    const talk = {
      store,
      press: async () => void h.log.push('press'),
      release: async () => void h.log.push('release'),
      level: () => 0,
      reset: () => {},
      use: async () => false,
    }
    return { createBrowserPushToTalk: () => talk }
  })

let root: Root | null = null
let host: HTMLDivElement

beforeEach(() => {
  // A fresh module graph each time: the MicButton chunk is "fetched" again, behind a closed gate.
  vi.resetModules()
  h.requested = 0
  h.log = []
  h.gate = new Promise<void>((resolve) => (h.open = resolve))
  mockTalk()
  host = document.createElement('div')
  document.body.append(host)
})
afterEach(() => {
  act(() => root?.unmount())
  root = null
  document.body.innerHTML = ''
})

async function mount(load: boolean) {
  const { MicSlot } = await import('../../../src/client/speech/mic-slot')
  const { createTalkSlot } = await import('../../../src/client/speech/talk-slot')
  const talk = createTalkSlot()
  const render = (l: boolean) =>
    act(() => root!.render(<MicSlot onWords={async () => true} talk={talk} load={l} />))
  root = createRoot(host)
  render(load)
  return { rerender: render }
}

const mic = () => host.querySelector<HTMLButtonElement>('button.mic')!
/** The real button says whether it is listening; the placeholder does not. */
const isReal = () => mic().hasAttribute('aria-pressed')
const fire = (target: EventTarget, type: string, init: KeyboardEventInit = {}) =>
  target.dispatchEvent(
    type.startsWith('key')
      ? new KeyboardEvent(type, { bubbles: true, cancelable: true, ...init })
      : new MouseEvent(type, { bubbles: true, cancelable: true }),
  )

/** Lets the page run (in act) until `done`, or a generous while. */
async function until(done: () => boolean) {
  for (let i = 0; i < 400 && !done(); i++) await act(() => new Promise((r) => setTimeout(r, 5)))
  expect(done()).toBe(true)
}
/** Opens the gate and waits until the real button has replaced the placeholder. */
async function arrive() {
  // Requested, and held at the gate: whatever happened so far happened before the module arrived.
  await until(() => h.requested === 1)
  expect(isReal()).toBe(false)
  h.open()
  await until(isReal)
}
/** Told to press once, then to let go (the real button's own pointerup and the page's both say so: harmless). */
const pressedThenReleased = () =>
  h.log[0] === 'press' && h.log.length >= 2 && h.log.slice(1).every((x) => x === 'release')

describe('MicSlot', () => {
  it('requests nothing until the app allows it (after its first frame), then loads without a press', async () => {
    const { rerender } = await mount(false)
    // Long enough for a request to show (the same import shows within a few ms once this file's graph is warm).
    await act(() => new Promise((r) => setTimeout(r, 300)))
    expect(h.requested).toBe(0)
    expect(isReal()).toBe(false)
    rerender(true)
    await arrive()
    expect(h.requested).toBe(1)
    expect(h.log).toEqual([])
  })

  it('a quick tap on the placeholder loads the module at once, and the real button hears the tap', async () => {
    await mount(false)
    const placeholder = mic()
    act(() => {
      fire(placeholder, 'pointerdown')
      fire(placeholder, 'pointerup')
      fire(placeholder, 'click')
    })
    await until(() => h.requested === 1)
    // Still the same placeholder element while the module is on its way (no fallback swapped in).
    expect(mic()).toBe(placeholder)
    expect(h.log).toEqual([])
    await arrive()
    expect(h.log).toEqual(['press', 'release'])
  })

  it('a press still held when the module arrives listens, and lets go on the pointer’s release', async () => {
    await mount(false)
    act(() => void fire(mic(), 'pointerdown'))
    await arrive()
    expect(h.log).toEqual(['press'])
    act(() => void fire(mic(), 'pointerup'))
    expect(pressedThenReleased()).toBe(true)
  })

  it('Space held on the focused placeholder: the real button takes the focus and the press, keyup lets go', async () => {
    await mount(false)
    mic().focus()
    act(() => void fire(mic(), 'keydown', { key: ' ', code: 'Space' }))
    await arrive()
    expect(document.activeElement).toBe(mic())
    expect(h.log).toEqual(['press'])
    act(() => void fire(document.activeElement!, 'keyup', { key: ' ', code: 'Space' }))
    expect(pressedThenReleased()).toBe(true)
  })

  it('Enter tapped on the placeholder is a tap for the real button', async () => {
    await mount(false)
    mic().focus()
    act(() => {
      fire(mic(), 'keydown', { key: 'Enter', code: 'Enter' })
      fire(mic(), 'keyup', { key: 'Enter', code: 'Enter' })
    })
    await arrive()
    expect(h.log).toEqual(['press', 'release'])
  })
})
