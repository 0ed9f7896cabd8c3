import { describe, expect, it } from 'vitest'
import {
  clockTime,
  clockTimeWithSeconds,
  dateAndClock,
  longDateAndClock,
  shortDate,
} from '../../src/shared/ui/dates'
import { placardTime, placardWords } from '../../src/scene/gallery/placard-text'
import { consentLine } from '../../src/console/ai/ai-labels'

const AFTERNOON = Date.UTC(2026, 10, 29, 14, 5, 9)

describe('one date and time format for everything a person reads', () => {
  it('writes the day before the month and a 24-hour clock', () => {
    expect(clockTime(AFTERNOON, 'UTC')).toBe('14:05')
    expect(clockTimeWithSeconds(AFTERNOON, 'UTC')).toBe('14:05:09')
    expect(shortDate(AFTERNOON, 'UTC')).toBe('29 Nov 2026')
    expect(dateAndClock(AFTERNOON, 'UTC')).toBe('29 Nov 2026, 14:05')
    expect(longDateAndClock(AFTERNOON, 'UTC')).toBe('Sunday, 29 November 2026 at 14:05')
  })

  it('writes a placard date in the client language, by Intl as a whole', () => {
    expect(dateAndClock(AFTERNOON, 'UTC', 'es')).toBe('29 nov 2026, 14:05')
    expect(dateAndClock(AFTERNOON, 'UTC', 'fr')).toBe('29 nov. 2026, 14:05')
    expect(dateAndClock(AFTERNOON, 'UTC', 'de')).toBe('29. Nov. 2026, 14:05')
    expect(dateAndClock('not a date', 'UTC', 'de')).toBe('')
  })

  it('reads milliseconds, ISO strings and dates alike, in the time zone it is given', () => {
    const iso = new Date(AFTERNOON).toISOString()
    expect(dateAndClock(iso, 'UTC')).toBe(dateAndClock(new Date(AFTERNOON), 'UTC'))
    expect(dateAndClock(iso, 'Pacific/Auckland')).toBe('30 Nov 2026, 03:05')
    // Midnight is 00:00, never 24:00.
    expect(clockTime(Date.UTC(2026, 0, 1, 0, 7), 'UTC')).toBe('00:07')
  })

  it('says nothing rather than "Invalid Date"', () => {
    for (const bad of ['', 'not a date', Number.NaN]) {
      expect(clockTime(bad)).toBe('')
      expect(dateAndClock(bad)).toBe('')
      expect(longDateAndClock(bad)).toBe('')
    }
  })

  it('the gallery placard and the console consent line use it', () => {
    const iso = new Date(AFTERNOON).toISOString()
    expect(placardTime(iso, 'UTC')).toBe('29 Nov 2026, 14:05')
    expect(placardTime(iso, 'UTC', 'de')).toBe('29. Nov. 2026, 14:05')
    // Words in any language we speak keep their letters and quotes on the placard (all are in the shipped font).
    expect(placardWords('un cœur „calme“ près du lac, l’été')).toBe('un cœur „calme“ près du lac, l’été')
    expect(placardWords('静か')).toBe('··')
    expect(
      consentLine({ capabilities: ['images'], givenBy: 'client', recordedBy: 'u', at: iso }, 'UTC'),
    ).toContain('on 29 Nov 2026')
  })
})
