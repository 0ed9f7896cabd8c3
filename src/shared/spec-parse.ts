import { BIOMES, TIMES_OF_DAY, WEATHERS } from './scene-constants'
import type { SceneSpec } from './spec'

// A hand-written reader for SceneSpec that agrees with `SceneSpecSchema` in ./spec.ts (see
// test/unit/spec-parse.test.ts) but carries no zod: the sound path and anything else the headset loads early use
// this, so the schema library (~27 KB gzip) stays out of their chunks.

export type SceneSpecParse = { ok: true; spec: SceneSpec } | { ok: false; problem: string }

const HEX = /^#[0-9a-f]{6}$/

class Problem extends Error {}
const fail = (path: string, message: string): never => {
  throw new Problem(path ? `${path}: ${message}` : message)
}

const record = (v: unknown, path: string): Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)
    ? (v as Record<string, unknown>)
    : fail(path, 'expected an object')

const oneOf = <T extends string>(options: readonly T[], v: unknown, path: string): T =>
  (options as readonly unknown[]).includes(v)
    ? (v as T)
    : fail(path, `expected one of ${options.join(', ')}, got ${JSON.stringify(v) ?? 'nothing'}`)

const text = (v: unknown, path: string, min: number, max: number): string => {
  if (typeof v !== 'string') return fail(path, 'expected a string')
  if (v.length < min) return fail(path, `too short (at least ${min})`)
  if (v.length > max) return fail(path, `too long (at most ${max})`)
  return v
}

const list = <T>(
  v: unknown,
  path: string,
  min: number,
  max: number,
  item: (x: unknown, p: string) => T,
): T[] => {
  if (!Array.isArray(v)) return fail(path, 'expected a list')
  if (v.length < min) return fail(path, `too few (at least ${min})`)
  if (v.length > max) return fail(path, `too many (at most ${max})`)
  return v.map((x, i) => item(x, `${path}.${i}`))
}

const unit = (v: unknown, path: string): number =>
  typeof v === 'number' && Number.isFinite(v) && v >= -1 && v <= 1
    ? v
    : fail(path, 'expected a number in -1…1')

const flag = (v: unknown, path: string): boolean =>
  typeof v === 'boolean' ? v : fail(path, 'expected true or false')

/**
 * Reads a SceneSpec from stored or received data, like `SceneSpecSchema.safeParse`: the same rules, unknown keys
 * dropped, `language` defaulting to 'en'. Never throws; the first problem found is named with its path.
 */
export function parseSceneSpec(input: unknown): SceneSpecParse {
  try {
    const o = record(input, '')
    const mood = record(o.mood, 'mood')
    const safety = record(o.safety, 'safety')
    const spec: SceneSpec = {
      biome: oneOf(BIOMES, o.biome, 'biome'),
      timeOfDay: oneOf(TIMES_OF_DAY, o.timeOfDay, 'timeOfDay'),
      weather: oneOf(WEATHERS, o.weather, 'weather'),
      palette: list(o.palette, 'palette', 3, 6, (c, p) =>
        typeof c === 'string' && HEX.test(c) ? c : fail(p, 'expected a #rrggbb colour'),
      ),
      mood: { valence: unit(mood.valence, 'mood.valence'), arousal: unit(mood.arousal, 'mood.arousal') },
      motifs: list(o.motifs, 'motifs', 0, 12, (m, p) => text(m, p, 1, 40)),
      title: text(o.title, 'title', 1, 80),
      safety: {
        held: flag(safety.held, 'safety.held'),
        reasons: list(safety.reasons, 'safety.reasons', 0, Infinity, (r, p) => text(r, p, 0, Infinity)),
        mentioned: list(safety.mentioned, 'safety.mentioned', 0, Infinity, (m, p) => text(m, p, 0, Infinity)),
      },
      language: o.language === undefined ? 'en' : text(o.language, 'language', 2, 8),
    }
    return { ok: true, spec }
  } catch (e) {
    // A Problem names the field; anything else (a getter that throws, say) is still only a problem to report.
    return { ok: false, problem: e instanceof Problem ? e.message : `unreadable: ${String(e)}` }
  }
}
