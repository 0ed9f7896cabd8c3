// @vitest-environment jsdom
// The Overlay's status line for words that were not painted (src/client/held-line.ts): the solo and session words,
// and a line that leaves fades out rather than vanishing.
import { act } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Status } from '../../../src/client/client-store'
import { Overlay, STATUS_FADE_MS } from '../../../src/client/Overlay'
import { HEADSET_EN } from '../../../src/shared/i18n/headset-en'
import { createTalkSlot } from '../../../src/client/speech/talk-slot'
import { parseComfort } from '../../../src/shared/comfort'

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true

let root: Root
let host: HTMLDivElement
beforeEach(() => {
  vi.useFakeTimers()
  host = document.createElement('div')
  document.body.append(host)
  root = createRoot(host)
})
afterEach(() => {
  act(() => root.unmount())
  document.body.innerHTML = ''
  vi.useRealTimers()
})

const render = (status: Status, inSession = false, welcome = false) =>
  act(() =>
    root.render(
      <Overlay
        talk={createTalkSlot()}
        status={status}
        busy={false}
        xrSupported={false}
        comfort={parseComfort(undefined).settings}
        onCreate={async () => true}
        onEnterVR={() => {}}
        onComfort={() => {}}
        inSession={inSession}
        welcome={welcome}
        extrasReady={false}
      />,
    ),
  )
const line = () => host.querySelector<HTMLElement>('p.status')!

describe('Overlay: the held line', () => {
  it('alone, says the words were not painted and invites others; in a session, the therapist will look', () => {
    render({ kind: 'held' })
    expect(line().textContent).toBe(HEADSET_EN['held.solo'])
    expect(line().textContent).not.toMatch(/therapist/i)
    render({ kind: 'held' }, true)
    expect(line().textContent).toBe(HEADSET_EN['held.session'])
  })

  it('fades out when it leaves, in its own colour, then goes', () => {
    render({ kind: 'held' })
    expect(line().style.opacity).toBe('1')
    render({ kind: 'idle' })
    expect(line().textContent).toBe(HEADSET_EN['held.solo'])
    expect(line().className).toContain('status-held')
    expect(line().style.opacity).toBe('0')
    expect(line().style.transition).toContain(`${STATUS_FADE_MS}ms`)
    act(() => void vi.advanceTimersByTime(STATUS_FADE_MS))
    expect(line().textContent).toBe('')
  })

  it('a new line during the fade shows at once', () => {
    render({ kind: 'held' })
    render({ kind: 'idle' })
    render({ kind: 'painting' })
    expect(line().textContent).toBe('Painting…')
    expect(line().style.opacity).toBe('1')
    act(() => void vi.advanceTimersByTime(STATUS_FADE_MS * 2))
    expect(line().textContent).toBe('Painting…')
  })
})

describe('Overlay: the first visit', () => {
  it('welcomes on an empty wall, gives way to "Painting…", and says nothing once there are paintings', () => {
    render({ kind: 'idle' }, false, true)
    expect(line().textContent).toBe(HEADSET_EN.welcome)
    render({ kind: 'painting' }, false, true)
    expect(line().textContent).toBe('Painting…')
    render({ kind: 'idle' }, false, false)
    act(() => vi.advanceTimersByTime(STATUS_FADE_MS + 10))
    expect(line().textContent).toBe('')
  })
})
