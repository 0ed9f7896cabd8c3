// Every date and time a person reads in Stillroom — the placards in the gallery, the console, the report, the
// audit log — in one format: day before month, a 24-hour clock ("29 Nov 2026, 14:05"). The placards used to follow
// the browser's locale and the console British English, so one painting read "Nov 29, 2026, 02:05 PM" on the wall
// and "29 Nov 2026 14:05" beside it on the console. The headset's placards speak the client's language ("29 nov
// 2026, 14:05"), formatted by Intl as a whole, never pieced together by hand.

import type { SupportedLanguage } from '../safety/language'

const LOCALE = 'en-GB'
/** The locale of each language: day before month and a 24-hour clock in all of them. */
const LOCALES: Readonly<Record<SupportedLanguage, string>> = {
  en: LOCALE,
  es: 'es-ES',
  fr: 'fr-FR',
  de: 'de-DE',
}

type When = number | string | Date

function toDate(when: When): Date | null {
  const d = when instanceof Date ? when : new Date(when)
  return Number.isNaN(d.getTime()) ? null : d
}

/** Formats `when`, or quietly returns '' for a date that cannot be read (a placard never shows "Invalid Date"). */
function format(when: When, options: Intl.DateTimeFormatOptions, timeZone?: string, locale = LOCALE): string {
  const d = toDate(when)
  return d ? d.toLocaleString(locale, timeZone ? { ...options, timeZone } : options) : ''
}

const CLOCK = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } as const
const DAY = { day: 'numeric', month: 'short', year: 'numeric' } as const

/** "14:05". */
export const clockTime = (when: When, timeZone?: string) => format(when, CLOCK, timeZone)

/** "14:05:09": the audit log, where the order of events within a minute matters. */
export const clockTimeWithSeconds = (when: When, timeZone?: string) =>
  format(when, { ...CLOCK, second: '2-digit' }, timeZone)

/** "29 Nov 2026". */
export const shortDate = (when: When, timeZone?: string) => format(when, DAY, timeZone)

/** "29 Nov 2026, 14:05"; in another language as that language writes it ("29. Nov. 2026, 14:05"). */
export function dateAndClock(when: When, timeZone?: string, language: SupportedLanguage = 'en'): string {
  if (language !== 'en') return format(when, { ...DAY, ...CLOCK }, timeZone, LOCALES[language])
  const day = shortDate(when, timeZone)
  return day && `${day}, ${clockTime(when, timeZone)}`
}

/** "Tuesday, 24 November 2026 at 14:00": the report's heading, where there is room to say it in full. */
export function longDateAndClock(when: When, timeZone?: string): string {
  const day = format(when, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }, timeZone)
  return day && `${day} at ${clockTime(when, timeZone)}`
}
