import fs from 'node:fs'
import { expect } from 'vitest'
import { placeholders, splitPlural, type Messages } from '../../../src/shared/i18n/catalog'
import { LANGUAGES, type SupportedLanguage } from '../../../src/shared/safety/language'

const FONTSOURCE = 'node_modules/@fontsource/source-sans-3'

/** The code points of the font the app ships (Source Sans 3's Latin subset), from the package it came from. */
function shippedFontRanges(): [number, number][] {
  const shipped = fs.readFileSync('public/fonts/source-sans-3-400.woff')
  const latin = fs.readFileSync(`${FONTSOURCE}/files/source-sans-3-latin-400-normal.woff`)
  expect(shipped.equals(latin), 'public/fonts holds the Latin subset').toBe(true)
  const table = JSON.parse(fs.readFileSync(`${FONTSOURCE}/unicode.json`, 'utf8')) as Record<string, string>
  return (table.latin ?? '').split(',').map((r) => {
    const [a, b] = r.replace(/U\+/g, '').split('-')
    return [parseInt(a ?? '0', 16), parseInt(b ?? a ?? '0', 16)]
  })
}

let ranges: [number, number][] | undefined

/** Characters of a message the shipped font cannot draw (the VR text would show boxes). */
export function missingGlyphs(message: string): string[] {
  ranges ??= shippedFontRanges()
  const missing = [...message].filter((ch) => {
    const cp = ch.codePointAt(0) ?? 0
    return ch !== '\n' && !ranges?.some(([a, b]) => cp >= a && cp <= b)
  })
  return [...new Set(missing)]
}

/**
 * One part of the product's catalogues, checked as a translator would be: every English key in every language
 * and no other, the same {{placeholders}}, each plural form the language's own rules ask for, nothing empty, every
 * character in the shipped font.
 */
export function checkCatalogs(catalogs: Readonly<Record<SupportedLanguage, Messages>>): void {
  const en = catalogs.en
  const bases = new Map<string, boolean>()
  for (const key of Object.keys(en)) {
    const { base, plural } = splitPlural(key)
    bases.set(base, plural !== undefined || (bases.get(base) ?? false))
  }
  for (const lang of LANGUAGES) {
    const messages = catalogs[lang]
    const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories
    for (const [base, plural] of bases) {
      const forms = plural ? categories.map((c) => `${base}_${c}`) : [base]
      for (const key of forms) {
        const message = messages[key]
        expect(message, `${lang}: "${key}" is missing`).toBeTypeOf('string')
        expect(message?.trim(), `${lang}: "${key}" is empty`).not.toBe('')
        const english = en[key] ?? en[`${base}_other`] ?? ''
        expect(placeholders(message ?? ''), `${lang}: "${key}" placeholders`).toEqual(placeholders(english))
        expect(missingGlyphs(message ?? ''), `${lang}: "${key}" has characters the font lacks`).toEqual([])
      }
    }
    for (const key of Object.keys(messages)) {
      const { base } = splitPlural(key)
      expect(bases.has(base), `${lang}: "${key}" is not an English key`).toBe(true)
    }
  }
}
