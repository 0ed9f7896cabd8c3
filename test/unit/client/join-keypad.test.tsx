// @vitest-environment jsdom
// "Join a session" with the shell's session slot (session-slot.ts), its keypad hook and the real keypad, the session's code held at a
// gate the test opens: the keypad shows at the click, keeps what is typed while the code arrives, and is the same
// keypad afterwards. The session itself is a stand-in with the real one's keypad stages.
import { act } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createStore } from 'zustand/vanilla'
import { JoinKeypad } from '../../../src/client/session/JoinKeypad'
import { createSessionSlot, type SessionModule } from '../../../src/client/session/session-slot'
import { useSessionKeypad } from '../../../src/client/session/use-session-keypad'
import { createSoundSlot } from '../../../src/client/sound-slot'

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true

type Stage = 'solo' | 'keypad' | 'pairing'
const h = {
  requested: 0,
  open: () => {},
  gate: Promise.resolve(),
  paired: [] as string[],
}

/** The session module (src/client/session/index.ts) behind the gate: only what the slot and keypad use. */
const importSession = async () => {
  h.requested++
  await h.gate
  return {
    createDeviceSpeak: () => () => {},
    createRecordPrefs: () => ({ join: async () => {}, watch: () => () => {} }),
    bridgeSessionSound: () => () => {},
    createHeadsetSession: () => {
      const view = createStore<{ stage: Stage; pairError: string | null }>()(() => ({
        stage: 'solo',
        pairError: null,
      }))
      return {
        view,
        openKeypad: () => {
          if (view.getState().stage === 'solo') view.setState({ stage: 'keypad' })
        },
        closeKeypad: () => view.setState({ stage: 'solo' }),
        pair: async (code: string) => {
          h.paired.push(code)
          view.setState({ stage: 'pairing' })
          return true
        },
        resume: () => {},
        nudge: () => {},
        dispose: () => {},
      }
    },
  } as unknown as SessionModule
}

let root: Root | null = null
let host: HTMLDivElement

beforeEach(() => {
  h.requested = 0
  h.paired = []
  h.gate = new Promise<void>((resolve) => (h.open = resolve))
  host = document.createElement('div')
  document.body.append(host)
})
afterEach(() => {
  act(() => root?.unmount())
  root = null
  document.body.innerHTML = ''
})

async function mount() {
  const store = createStore(() => ({ status: { kind: 'idle' }, inXR: false }))
  const slot = createSessionSlot({
    store: store as never,
    sound: createSoundSlot({ load: () => new Promise(() => {}) }),
    importSession,
    isPaired: () => false,
    readAccessKey: () => null,
    origin: 'http://127.0.0.1:8080',
    onWake: () => () => {},
  })
  function Host() {
    const keypad = useSessionKeypad(slot)
    return (
      <>
        <button type="button" className="join" onClick={slot.join}>
          Join a session
        </button>
        {keypad ? <JoinKeypad {...keypad} /> : null}
      </>
    )
  }
  root = createRoot(host)
  act(() => root!.render(<Host />))
  const api = () => ({ loaded: slot.store.getState().loaded, prefetch: slot.prefetch })
  return { api, store }
}

const dialog = () => host.querySelector<HTMLElement>('[role="dialog"]')
const code = () => [...host.querySelectorAll('.code-box')].map((b) => b.textContent).join('')
const message = () => host.querySelector('.session-message')?.textContent ?? ''
const press = (key: string) =>
  act(() => {
    document.activeElement!.dispatchEvent(
      new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }),
    )
  })
const typeKeys = (keys: string) => {
  for (const k of keys) press(k)
}
const clickJoin = () => act(() => host.querySelector<HTMLButtonElement>('button.join')!.click())
const button = (name: string) =>
  [...host.querySelectorAll('button')].find((b) => b.textContent === name) as HTMLButtonElement

/** Lets the page run (in act) until `done`, or a generous while. */
async function until(done: () => boolean) {
  for (let i = 0; i < 400 && !done(); i++) await act(() => new Promise((r) => setTimeout(r, 5)))
  expect(done()).toBe(true)
}

describe('"Join a session" while the session code is on its way', () => {
  it('shows the keypad at the click with a quiet "Opening…", focused, keeps what is typed, and stays the same keypad', async () => {
    const { api } = await mount()
    clickJoin()
    const early = dialog()
    expect(early).not.toBeNull()
    expect(document.activeElement).toBe(early)
    expect(message()).toBe('Opening…')
    typeKeys('ck7')
    act(() => button('H').click()) // the on-screen keys work too
    expect(code()).toBe('CK7H')
    await until(() => h.requested === 1)
    expect(api().loaded).toBeNull()

    h.open()
    await until(() => api().loaded?.session.view.getState().stage === 'keypad')
    // The same element, the code and the focus kept; the "Opening…" line is gone.
    expect(dialog()).toBe(early)
    expect(document.activeElement).toBe(early)
    expect(code()).toBe('CK7H')
    expect(message()).toBe('')
    typeKeys('3w')
    expect(code()).toBe('CK7H3W')
    press('Enter')
    expect(h.paired).toEqual(['CK7H3W'])
  })

  it('a code joined before the session is here is joined as soon as it is', async () => {
    await mount()
    clickJoin()
    typeKeys('ck7h3w')
    press('Enter')
    expect(message()).toBe('Joining…')
    expect(h.paired).toEqual([])
    h.open()
    await until(() => h.paired.length === 1)
    expect(h.paired).toEqual(['CK7H3W'])
    expect(message()).toBe('Joining…')
  })

  it('"Not now" while it loads closes it for good: nothing opens by itself later, and the next keypad is empty', async () => {
    const { api } = await mount()
    clickJoin()
    typeKeys('ck7')
    press('Escape')
    expect(dialog()).toBeNull()
    h.open()
    await until(() => api().loaded !== null)
    await act(() => new Promise((r) => setTimeout(r, 20)))
    expect(dialog()).toBeNull()
    expect(api().loaded!.session.view.getState().stage).toBe('solo')
    clickJoin()
    expect(dialog()).not.toBeNull()
    expect(code()).toBe('')
    expect(message()).toBe('')
  })

  it('fetches the code once, ahead of need, without starting a session', async () => {
    const { api } = await mount()
    api().prefetch()
    api().prefetch()
    await until(() => h.requested === 1)
    h.open()
    await act(() => new Promise((r) => setTimeout(r, 20)))
    expect(api().loaded).toBeNull()
    clickJoin()
    await until(() => api().loaded?.session.view.getState().stage === 'keypad')
    expect(h.requested).toBe(1)
  })
})
