import { hexToRgb as c } from '../recipe/colour'
import { DEFAULT_SCENE_SPEC } from '../scene-constants'
import { none } from './land'
import type { BiomeEntry, WordGroup } from './types'

export const abstract: BiomeEntry = {
  composition: 9,
  painter: 'paintAbstract',
  label: 'Abstract',
  title: 'space',
  calmHour: 'golden-hour',
  colours: DEFAULT_SCENE_SPEC.palette,
  painting: {
    horizons: [0.38, 0.62],
    ridgeCount: [3, 3],
    ridgeSpan: [0.1, -0.2],
    ridgeAmp: [0.1, 0.1],
    sharp: 0,
    land: c('#b59a9a'),
    groundFar: c('#d8c6b4'),
    groundNear: c('#c4a99c'),
    water: c('#9fb8c4'),
    trees: 0,
    treeColour: c('#8a8a8a'),
    flowers: 0,
  },
  landscape: {
    terrain: { kind: 'soft', amplitude: 4, scale: 44, mountains: 0, water: { ...none, centre: [0, 0] } },
    vegetation: [{ kind: 'orb', count: 46, scale: 1 }],
    props: [],
    particles: { pollen: 0.45 },
    fogScale: 1,
  },
  sound: { pad: 0.34, wind: 0.05 },
  water: { motif: 'river', inPainting: false },
}

/** No words bring a client here: it is where words that name no place go. */
export const abstractWords: readonly WordGroup[] = []
