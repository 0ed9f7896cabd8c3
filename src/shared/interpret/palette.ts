import { perBiome } from '../biomes/table'
import type { Biome, TimeOfDay } from '../spec'
import { DEFAULT_SCENE_SPEC } from '../spec'

/** Ground colours of each place: mid-to-light, analogous (docs/ART.md). */
const BIOME_COLOURS: Record<Biome, readonly string[]> = perBiome((b) => b.colours)

/** Sky light of each time: leans warm; the night is a soft blue, never black. */
const TIME_COLOURS: Record<TimeOfDay, readonly string[]> = {
  dawn: ['#f2c9b8', '#c9c3df'],
  morning: ['#cfe2ee', '#f3e3c4'],
  midday: ['#b7d6ec', '#f4efdc'],
  afternoon: ['#c3dbe9', '#f1ddb4'],
  'golden-hour': ['#f2c38d', '#e8a07f'],
  dusk: ['#b9a3c9', '#e7b2a4'],
  night: ['#5d6b96', '#9aa6cf'],
}

export interface PaletteInput {
  biome: Biome
  timeOfDay: TimeOfDay
  /** Colours the words named, in order. */
  named: readonly string[]
  /** Colours of the feelings the words named, in order. */
  feelings: readonly string[]
}

/**
 * 3–6 colours: named colours first (the client's own), then feelings, then the light of the time
 * and the ground of the place. A place-less text is an abstract in the colours of its feelings.
 */
export function buildPalette({ biome, timeOfDay, named, feelings }: PaletteInput): string[] {
  const out: string[] = []
  const add = (c: string | undefined) => {
    if (c && out.length < 6 && !out.includes(c)) out.push(c)
  }
  named.slice(0, 3).forEach(add)
  feelings.slice(0, biome === 'abstract' ? 3 : 1).forEach(add)
  const time = TIME_COLOURS[timeOfDay]
  const ground = BIOME_COLOURS[biome]
  // Interleave so the place always shows even when the words named several colours.
  for (let i = 0; i < 3; i++) {
    add(ground[i])
    add(time[i])
  }
  for (const c of DEFAULT_SCENE_SPEC.palette) if (out.length < 3) add(c)
  return out
}
