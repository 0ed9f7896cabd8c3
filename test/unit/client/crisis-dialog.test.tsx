// @vitest-environment jsdom
import { act } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { CrisisDialog } from '../../../src/client/risk/CrisisDialog'
import { createCrisisTextSource } from '../../../src/client/risk/crisis-text'
import { createRiskFlow } from '../../../src/client/risk/risk-flow'
import { RISK_FADE_MS } from '../../../src/client/risk/risk-text'
import { DEFAULT_CRISIS_TEXT } from '../../../src/shared/safety/crisis'
import { screenRisk } from '../../../src/shared/safety/risk'

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true

const CLINIC = {
  language: 'en',
  text: 'Call the Riverside Clinic line, day or night.',
  source: 'clinic',
} as const

let root: Root | null = null
afterEach(() => {
  act(() => root?.unmount())
  root = null
  document.body.innerHTML = ''
  vi.useRealTimers()
})

function mount() {
  const crisisText = createCrisisTextSource({ fetchText: () => new Promise(() => {}), language: 'en' })
  const flow = createRiskFlow({ crisisText, loadScreen: () => Promise.resolve({ screenRisk }) })
  const onGrounding = vi.fn()
  const words = document.createElement('textarea')
  document.body.append(words)
  const host = document.createElement('div')
  document.body.append(host)
  root = createRoot(host)
  act(() => root!.render(<CrisisDialog flow={flow} onGrounding={onGrounding} />))
  return { flow, onGrounding, words }
}

const dialog = () => document.querySelector<HTMLElement>('[role="dialog"]')
const button = (name: string) =>
  [...document.querySelectorAll('button')].find((b) => b.textContent === name) as HTMLButtonElement

describe('the crisis panel on the screen', () => {
  it('is a labelled dialog with the crisis text that takes the focus and gives it back', () => {
    vi.useFakeTimers()
    const { flow, words } = mount()
    expect(dialog()).toBeNull()
    words.focus()
    act(() => flow.open())
    const d = dialog()!
    expect(d.getAttribute('aria-modal')).toBe('true')
    const title = document.getElementById(d.getAttribute('aria-labelledby')!)!
    expect(title.textContent).toBe('You reached out — thank you')
    expect(document.getElementById(d.getAttribute('aria-describedby')!)!.textContent).toBe(
      DEFAULT_CRISIS_TEXT.en,
    )
    expect(document.activeElement).toBe(d)
    act(() => flow.close())
    expect(document.activeElement).toBe(words)
    // It fades out before it leaves, and cannot be used while it does.
    expect(dialog()?.hasAttribute('inert')).toBe(true)
    act(() => vi.advanceTimersByTime(RISK_FADE_MS + 10))
    expect(dialog()).toBeNull()
  })

  it('closes on Escape and offers grounding', () => {
    const { flow, onGrounding } = mount()
    act(() => flow.open())
    act(() => button('Try a grounding exercise').click())
    expect(onGrounding).toHaveBeenCalledTimes(1)
    act(() => {
      dialog()!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }))
    })
    expect(flow.store.getState().open).toBe(false)
  })

  it('keeps Tab within its two buttons', () => {
    const { flow } = mount()
    act(() => flow.open())
    const close = button('Close')
    close.focus()
    const tab = new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true })
    act(() => void close.dispatchEvent(tab))
    expect(tab.defaultPrevented).toBe(true)
    expect(document.activeElement).toBe(button('Try a grounding exercise'))
  })

  it('swaps in the clinic text without closing, the old words fading out beside it', () => {
    vi.useFakeTimers()
    const { flow } = mount()
    act(() => flow.open())
    act(() => void flow.crisisText.accept(CLINIC))
    const d = dialog()!
    expect(document.getElementById(d.getAttribute('aria-describedby')!)!.textContent).toBe(CLINIC.text)
    const leaving = d.querySelector('.leaving')!
    expect(leaving.textContent).toBe(DEFAULT_CRISIS_TEXT.en)
    expect(leaving.getAttribute('aria-hidden')).toBe('true')
    act(() => vi.advanceTimersByTime(RISK_FADE_MS + 10))
    expect(d.querySelector('.leaving')).toBeNull()
  })
})
