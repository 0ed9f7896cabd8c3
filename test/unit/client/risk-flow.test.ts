import { describe, expect, it, vi } from 'vitest'
import { createCrisisTextSource } from '../../../src/client/risk/crisis-text'
import { createRiskFlow } from '../../../src/client/risk/risk-flow'
import { screenRisk } from '../../../src/shared/safety/risk'

const CLINIC = {
  language: 'en',
  text: 'Call the Riverside Clinic line, day or night.',
  source: 'clinic',
} as const

function flow(loadScreen = () => Promise.resolve({ screenRisk })) {
  const fetchText = vi.fn(async () => ({ ok: true as const, value: CLINIC }))
  const crisisText = createCrisisTextSource({ fetchText, language: 'en' })
  return { risk: createRiskFlow({ crisisText, loadScreen }), fetchText }
}

describe('createRiskFlow', () => {
  it('raises words of risk before they are sent, and lets calm words through', async () => {
    const { risk } = flow()
    expect(await risk.screen('I want to hurt myself')).toBe(true)
    expect(await risk.screen('a quiet beach at sunset, the waves coming in slowly')).toBe(false)
  })

  it('asks for the clinic text as soon as words are screened, so it is there before it is needed', async () => {
    const { risk, fetchText } = flow()
    await risk.screen('a meadow')
    expect(fetchText).toHaveBeenCalledTimes(1)
    expect(risk.crisisText.store.getState().crisis).toEqual(CLINIC)
  })

  it('loads the screen once, ahead of need when asked to prepare, and tries again after a failed load', async () => {
    let fail = true
    const loadScreen = vi.fn(async () => {
      if (fail) throw new Error('chunk failed')
      return { screenRisk }
    })
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const { risk } = flow(loadScreen)
    risk.prepare()
    await new Promise((r) => setTimeout(r, 0))
    expect(loadScreen).toHaveBeenCalledTimes(1)
    fail = false
    risk.prepare()
    await new Promise((r) => setTimeout(r, 0))
    expect(await risk.screen('I want to hurt myself')).toBe(true)
    expect(await risk.screen('a meadow')).toBe(false)
    expect(loadScreen).toHaveBeenCalledTimes(2)
    warn.mockRestore()
  })

  it('leaves the words to the server when the screen cannot be loaded', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const { risk } = flow(() => Promise.reject(new Error('chunk failed')))
    expect(await risk.screen('I want to hurt myself')).toBe(false)
    expect(warn).toHaveBeenCalled()
    warn.mockRestore()
  })

  it('opens and closes the panel, counting the openings', () => {
    const { risk } = flow()
    expect(risk.store.getState()).toEqual({ open: false, opened: 0 })
    risk.open()
    risk.open()
    expect(risk.store.getState()).toEqual({ open: true, opened: 1 })
    risk.close()
    expect(risk.store.getState()).toEqual({ open: false, opened: 1 })
    risk.open()
    expect(risk.store.getState()).toEqual({ open: true, opened: 2 })
  })

  it('shows the crisis text the server sent with its risk answer', () => {
    const fetchText = vi.fn(() => new Promise<never>(() => {}))
    const crisisText = createCrisisTextSource({ fetchText, language: 'en' })
    const risk = createRiskFlow({ crisisText, loadScreen: () => Promise.resolve({ screenRisk }) })
    risk.open(CLINIC)
    expect(crisisText.store.getState().crisis).toEqual(CLINIC)
    expect(fetchText).not.toHaveBeenCalled()
  })

  it('keeps no words anywhere in its state', async () => {
    const { risk } = flow()
    const words = 'I want to hurt myself'
    expect(await risk.screen(words)).toBe(true)
    risk.open()
    const held = JSON.stringify([risk.store.getState(), risk.crisisText.store.getState()])
    expect(held).not.toContain('hurt')
  })
})
