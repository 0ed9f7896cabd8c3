import type { SupportedLanguage } from '../../shared/safety/language'
import { dateAndClock } from '../../shared/ui/dates'

/** Characters the shipped Source Sans 3 latin subset can draw; anything else would make troika fetch a
 * fallback font from a CDN, which must never happen (offline clinics). */
const SUPPORTED = /[\u0020-\u007e\u00a0-\u00ff\u0131\u0152\u0153\u2000-\u206f\u20ac]/

/** The client's words as a placard shows them: one line of whitespace, at most `max` characters, drawable. */
export function placardWords(text: string, max = 140): string {
  let out = ''
  for (const ch of text.replace(/\s+/g, ' ').trim().normalize('NFC')) {
    if (SUPPORTED.test(ch)) out += ch
    else {
      // Try the letter without its accent (ő → o) before giving up on it.
      const base = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '')
      out += base.length > 0 && [...base].every((c) => SUPPORTED.test(c)) ? base : '·'
    }
  }
  const chars = [...out]
  return chars.length > max
    ? `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`
    : out
}

/** "29 Nov 2026, 10:41", as the console shows it, in the language on screen; quietly empty when unreadable. */
export const placardTime = (iso: string, timeZone?: string, language?: SupportedLanguage): string =>
  dateAndClock(iso, timeZone, language)
