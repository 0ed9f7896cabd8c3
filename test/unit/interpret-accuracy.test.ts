import { describe, expect, it } from 'vitest'
import { interpret, placeNames } from '../../src/shared/interpret'
import { tokenize } from '../../src/shared/safety'
import { HELD_OUT, ROWS, type Row } from './interpret-table'

const FIELDS = ['biome', 'timeOfDay', 'weather', 'held'] as const
type Field = (typeof FIELDS)[number]

function score(rows: readonly Row[]) {
  const hits: Record<Field, number> = { biome: 0, timeOfDay: 0, weather: 0, held: 0 }
  const misses: string[] = []
  for (const [text, biome, timeOfDay, weather, held] of rows) {
    const spec = interpret(text)
    const got = {
      biome: spec.biome,
      timeOfDay: spec.timeOfDay,
      weather: spec.weather,
      held: spec.safety.held,
    }
    const want = { biome, timeOfDay, weather, held }
    for (const f of FIELDS) {
      if (got[f] === want[f]) hits[f]++
      else misses.push(`${f}: "${text}" → ${String(got[f])} (expected ${String(want[f])})`)
    }
  }
  const pct = (n: number) => (rows.length ? n / rows.length : 1)
  return {
    biome: pct(hits.biome),
    timeOfDay: pct(hits.timeOfDay),
    weather: pct(hits.weather),
    held: pct(hits.held),
    misses,
  }
}

const fmt = (x: number) => `${(x * 100).toFixed(1)}%`

describe('interpretation accuracy on the description table', () => {
  const paraphrases = ROWS.filter((r) => r[5] === true)
  const heldOutParaphrases = HELD_OUT.filter((r) => r[5] === true)

  it('has enough rows of each kind', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(60)
    expect(paraphrases.length).toBeGreaterThanOrEqual(15)
    expect(ROWS.filter((r) => r[4]).length).toBeGreaterThanOrEqual(5)
  })

  it('paraphrase rows really name no place of their own biome', () => {
    const names = placeNames()
    for (const [text, biome] of [...paraphrases, ...heldOutParaphrases]) {
      const words = ` ${tokenize(text)
        .filter((t) => !t.punct)
        .map((t) => t.w)
        .join(' ')} `
      for (const [name, b] of names) {
        if (b === biome) expect(words.includes(` ${name} `), `"${text}" names "${name}"`).toBe(false)
      }
    }
  })

  it('meets the accuracy floor overall, per field', () => {
    const s = score(ROWS)
    console.info(
      `interpret accuracy over ${ROWS.length} rows: biome ${fmt(s.biome)}, time ${fmt(s.timeOfDay)}, ` +
        `weather ${fmt(s.weather)}, held ${fmt(s.held)}\n  ${s.misses.join('\n  ')}`,
    )
    expect(s.biome).toBeGreaterThanOrEqual(0.9)
    expect(s.timeOfDay).toBeGreaterThanOrEqual(0.9)
    expect(s.weather).toBeGreaterThanOrEqual(0.9)
    // The safety screen may never be wrong on the table.
    expect(s.held).toBe(1)
  })

  it('finds the place of paraphrases from cue words', () => {
    const s = score(paraphrases)
    console.info(`paraphrase biome accuracy over ${paraphrases.length} rows: ${fmt(s.biome)}`)
    expect(s.biome).toBeGreaterThanOrEqual(0.8)
  })

  it('reports (without tuning) the held-out rows', () => {
    const s = score(HELD_OUT)
    console.info(
      `held-out (${HELD_OUT.length} rows, never tuned on): biome ${fmt(s.biome)}, time ${fmt(s.timeOfDay)}, ` +
        `weather ${fmt(s.weather)}, held ${fmt(s.held)}\n  ${s.misses.join('\n  ')}`,
    )
    console.info(`held-out paraphrase biome accuracy: ${fmt(score(heldOutParaphrases).biome)}`)
    expect(s.held).toBe(1)
    expect(s.biome).toBeGreaterThanOrEqual(0.75)
  })
})
