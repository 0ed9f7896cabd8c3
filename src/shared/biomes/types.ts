import type { Rgb } from '../recipe/colour'
import type { ParticleKind, PropKind, TerrainParams, VegetationLayer } from '../landscape/types'
import type { WaterfallParams } from '../landscape/waterfall'
import type { LayerId } from '../soundscape/layers'
import type { TimeOfDay } from '../scene-constants'
import type { BiomeId } from './ids'

/** Words that name a place (strong, the title may use them) or hint at it (cue words that add up). */
export type WordGroup = {
  kind: 'names' | 'cues'
  /** Names weigh 3 (multi-word names 4); cue words 0.5–2. */
  weight: number
  terms: readonly string[]
  /** Motifs the words bring with them ("ocean" → waves). */
  motifs?: string[]
}

/** What a painting of the place is made of. Colours are starting points; the client's palette tints them. */
export type BiomeLook = {
  /** Horizon choices (each on a third, nudged); the seed picks one. */
  horizons: readonly number[]
  ridgeCount: readonly [number, number]
  /** Where the farthest and nearest ridge lines sit relative to the horizon. */
  ridgeSpan: readonly [number, number]
  ridgeAmp: readonly [number, number]
  /** Hills across the canvas, farthest and nearest ridge (long dunes and drifts want few). */
  ridgeFreq?: readonly [number, number]
  sharp: number
  /** Colour of the nearest land; farther planes fade from it toward the sky. */
  land: Rgb
  groundFar: Rgb
  groundNear: Rgb
  water: Rgb
  trees: number
  treeColour: Rgb
  flowers: number
}

/** How the living landscape of the place is built (src/shared/landscape). */
export type BiomeBuild = {
  terrain: Omit<TerrainParams, 'offset'>
  vegetation: VegetationLayer[]
  /** Props every place of this kind has, before motifs add theirs. */
  props: Array<{ kind: PropKind; count: number }>
  /** Particles the place has in any weather (pollen in a meadow, bubbles under the sea). */
  particles: Partial<Record<ParticleKind, number>>
  /** Fog multiplier: underwater is closer, the night sky more open. */
  fogScale: number
  /** Fireflies come out at dusk and at night. */
  fireflies?: boolean
  /** Flowers the words name are planted here even though the place has none of its own. */
  plantsNamedFlowers?: boolean
  /** Palms the words name are planted here. */
  plantsNamedPalms?: boolean
  /** Colours of the living place where they differ from the painting's (a room's floor is not a clearing's). */
  colours?: { groundNear: Rgb; groundFar: Rgb; foliage: Rgb }
  /** A waterfall where the river comes from, falling from the rock step at its head (landscape/waterfall.ts). */
  waterfall?: WaterfallParams
}

/** One place: everything Stillroom knows about it, from its words to its sound. */
export type BiomeEntry = {
  /**
   * The painter's composition number. Stored recipes carry it, so an existing number never changes; a new place
   * takes the next free one. The shaders see it by name (`COMPOSITION_<ID>`, shader-defines.ts).
   */
  composition: number
  /** The GLSL function that paints it, `vec3 paintX(vec2 uv)` in shaders/painter/biomes-*.glsl. */
  painter: string
  /** The place's name on the console's Place choice. */
  label: string
  /** The place in a title ("Quiet beach at sunset") when the words gave no name of their own. */
  title: string
  /** The calm hour it is painted at when the words name no time. */
  calmHour: TimeOfDay
  /** Ground colours for the palette: mid-to-light, analogous (docs/ART.md). */
  colours: readonly string[]
  painting: BiomeLook & {
    /** Octaves of the ridge profiles: long dunes and drifts want fewer, so no wiggles ride on their crests. */
    ridgeOctaves?: number
  }
  landscape: BiomeBuild
  /** Sound layers and their levels before time, weather and motifs change them. */
  sound: Partial<Record<LayerId, number>>
  /** "Add water": the motif that says more of it, whether the painting already has water, where it may move. */
  water: { motif: string; inPainting: boolean; movesTo?: BiomeId }
}
