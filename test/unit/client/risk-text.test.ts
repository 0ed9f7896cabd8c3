import { describe, expect, it } from 'vitest'
import { gentleRiskMessage, readableCrisisText } from '../../../src/client/risk/risk-text'
import { balancedLines, wrapText } from '../../../src/client/risk/vr-layout'

describe('readableCrisisText', () => {
  it('keeps phone numbers on one line and leaves other spaces alone', () => {
    expect(readableCrisisText('Call 0100 000 000, day or night.')).toBe(
      'Call 0100\u00a0000\u00a0000, day or night.',
    )
    expect(readableCrisisText('Ring +44 800 123 or 116 123.')).toBe(
      'Ring +44\u00a0800\u00a0123 or 116\u00a0123.',
    )
    expect(readableCrisisText('Open 7 days a week.')).toBe('Open 7 days a week.')
  })
})

describe('gentleRiskMessage', () => {
  it('is the reviewed message, its thank-you on a line of its own, English when the language is unknown', () => {
    expect(gentleRiskMessage('en-GB')).toBe(
      'Thank you for telling me.\nYour therapist will be with you in a moment.',
    )
    expect(gentleRiskMessage('xx')).toBe(gentleRiskMessage('en'))
    expect(gentleRiskMessage(undefined)).toBe(gentleRiskMessage('en'))
  })
})

describe('balancedLines', () => {
  it('shares a short paragraph between its lines without adding one, and keeps a number whole', () => {
    const text = readableCrisisText('Call the Riverside Clinic line on 0100 000 000, day or night.')
    const full = wrapText(text, 0.048, 1)
    const even = balancedLines(text, 0.048, 1)
    expect(even).toHaveLength(full.length)
    expect(even).toEqual(['Call the Riverside Clinic line', 'on 0100\u00a0000\u00a0000, day or night.'])
  })

  it('balances each paragraph on its own and leaves one-liners alone', () => {
    const message = gentleRiskMessage('en')
    expect(balancedLines(message, 0.054, 1.04)).toEqual([
      'Thank you for telling me.',
      'Your therapist will be',
      'with you in a moment.',
    ])
    expect(balancedLines('Call us.', 0.048, 1)).toEqual(['Call us.'])
  })
})
