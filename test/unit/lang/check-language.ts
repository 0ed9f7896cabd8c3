import { describe, expect, it } from 'vitest'
import { detectLanguage, interpret, type SupportedLanguage } from '../../../src/shared/interpret'
import { screenRisk } from '../../../src/shared/safety'
import type { LanguageTable } from './language-table'

const pct = (n: number, of: number) => `${((n / Math.max(1, of)) * 100).toFixed(1)}%`

/**
 * The same bar for every language we claim: every trauma row held and every risk raised (recall as in English),
 * at most one false hold in the calm descriptions, at least 90 % of places right.
 */
export function checkLanguage(language: SupportedLanguage, table: LanguageTable): void {
  describe(`${language}: understood and kept as safe as English`, () => {
    it('has a table of the agreed size', () => {
      expect(table.rows.length).toBeGreaterThanOrEqual(60)
      expect(table.rows.filter((r) => r[4]).length, 'rows with trauma').toBeGreaterThanOrEqual(12)
      expect(table.calm.length).toBeGreaterThanOrEqual(40)
      expect(table.risk.length).toBeGreaterThanOrEqual(40)
      expect(table.notRisk.length).toBeGreaterThanOrEqual(20)
    })

    it('detects the language of its descriptions', () => {
      const texts = [...table.rows.map((r) => r[0]), ...table.calm]
      const wrong = texts.filter((t) => detectLanguage(t) !== language)
      console.info(
        `${language}: detected ${pct(texts.length - wrong.length, texts.length)} of ${texts.length}`,
      )
      expect(wrong.length / texts.length, wrong.join('\n')).toBeLessThanOrEqual(0.1)
    })

    it('holds every description with trauma content, and finds places, times and weather', () => {
      const misses: Record<string, string[]> = { place: [], time: [], weather: [], held: [] }
      for (const [text, biome, time, weather, held] of table.rows) {
        const spec = interpret(text, { language })
        if (spec.biome !== biome) misses.place?.push(`"${text}" → ${spec.biome} (expected ${biome})`)
        if (spec.timeOfDay !== time) misses.time?.push(`"${text}" → ${spec.timeOfDay} (expected ${time})`)
        if (spec.weather !== weather)
          misses.weather?.push(`"${text}" → ${spec.weather} (expected ${weather})`)
        if (spec.safety.held !== held) misses.held?.push(`"${text}" → held ${spec.safety.held}`)
      }
      const n = table.rows.length
      const line = (k: string) => `${k} ${pct(n - (misses[k]?.length ?? 0), n)}`
      console.info(`${language}: ${['place', 'time', 'weather', 'held'].map(line).join(', ')}`)
      const trauma = table.rows.filter((r) => r[4]).map((r) => r[0])
      const missedTrauma = trauma.filter((t) => !interpret(t, { language }).safety.held)
      expect(missedTrauma, 'trauma descriptions that were painted').toEqual([])
      expect(misses.held, 'held or not').toEqual([])
      expect((misses.place?.length ?? 0) / n, misses.place?.join('\n')).toBeLessThanOrEqual(0.1)
      expect((misses.time?.length ?? 0) / n, misses.time?.join('\n')).toBeLessThanOrEqual(0.15)
      expect((misses.weather?.length ?? 0) / n, misses.weather?.join('\n')).toBeLessThanOrEqual(0.15)
    })

    it('holds at most one calm description', () => {
      const held = table.calm.filter((t) => interpret(t, { language }).safety.held)
      expect(held.length, held.join('\n')).toBeLessThanOrEqual(1)
    })

    it('raises every way of saying a risk, and idioms do not', () => {
      const missed = table.risk.filter(([t]) => !screenRisk(t).raised).map(([t]) => t)
      expect(missed, 'risk not raised').toEqual([])
      const wrongCategory = table.risk.filter(([t, c]) => !screenRisk(t).categories.includes(c))
      console.info(
        `${language}: risk category right for ${pct(table.risk.length - wrongCategory.length, table.risk.length)}`,
      )
      expect(
        wrongCategory.length / table.risk.length,
        wrongCategory.map(([t, c]) => `${c}: ${t}`).join('\n'),
      ).toBeLessThanOrEqual(0.1)
      const raised = table.notRisk.filter((t) => screenRisk(t).raised)
      expect(raised, 'idioms raised').toEqual([])
    })

    it('raises risk in the calm descriptions never', () => {
      const raised = [...table.calm, ...table.rows.filter((r) => !r[4]).map((r) => r[0])].filter(
        (t) => screenRisk(t).raised,
      )
      expect(raised).toEqual([])
    })
  })
}
