import { hexToRgb as c } from '../recipe/colour'
import type { BiomeEntry, WordGroup } from './types'
import { cues, names } from './words'

/** A green valley: a waterfall at its head, a river winding toward the viewer between soft wooded slopes. */
export const riverValley: BiomeEntry = {
  composition: 11,
  painter: 'paintRiverValley',
  label: 'River valley',
  title: 'river valley',
  calmHour: 'morning',
  colours: ['#9cbf8f', '#7fa9b8', '#c9d9b0'],
  painting: {
    horizons: [0.4, 0.37],
    ridgeCount: [3, 4],
    ridgeSpan: [0.1, 0.02],
    ridgeAmp: [0.16, 0.06],
    sharp: 0.45,
    land: c('#557a55'),
    groundFar: c('#a9c28c'),
    groundNear: c('#5f8a4c'),
    water: c('#6d9fae'),
    trees: 0.45,
    treeColour: c('#48684e'),
    flowers: 0.2,
  },
  landscape: {
    terrain: {
      kind: 'valley',
      amplitude: 6,
      scale: 34,
      mountains: 30,
      water: { kind: 'river', level: -0.6, centre: [0, -62], radius: 52 },
    },
    vegetation: [
      { kind: 'conifer', count: 90, scale: 1 },
      { kind: 'broadleaf', count: 50, scale: 1 },
      { kind: 'grass', count: 1300, scale: 0.85 },
      { kind: 'flower', count: 260, scale: 0.8 },
      { kind: 'rock', count: 34, scale: 1 },
    ],
    props: [],
    particles: { pollen: 0.12 },
    fogScale: 0.85,
    fireflies: true,
    // The pale fall the painting shows, from the rock step at the valley's head where the river begins.
    waterfall: { width: 7 },
  },
  // Flowing water close by (the river, the fall's hiss further off), birds in the trees, a little air.
  sound: { stream: 0.46, birds: 0.22, wind: 0.12, pad: 0.1 },
  water: { motif: 'waterfall', inPainting: true },
}

/** The words that bring a client here, for the interpreter (apart, so the headset's first bundle never carries them). */
// "Waterfall" and "river" stay cue words of the mountain lake too, so granite, cliffs and still water keep a
// lake a lake.
// prettier-ignore
export const riverValleyWords: readonly WordGroup[] = [
  names(3, [
    'valley', 'valleys', 'waterfall', 'waterfalls', 'cascade', 'cascades', 'gorge', 'ravine', 'glen', 'dale',
    'riverbank', 'riverside', 'valle', 'vallee', 'cascada',
  ]),
  names(4, [
    'river valley', 'green valley', 'river bank', 'chute d eau', 'salto de agua',
  ]),
  cues(4, ['by the river', 'along the river', 'down by the river']),
  cues(2, ['river', 'rivers', 'stream', 'streams', 'creek', 'brook', 'rio', 'riviere']),
  cues(1.5, [
    'rapids', 'cascading', 'rushing water', 'running water', 'flowing water', 'plunge pool',
    'riverbed', 'spray of the falls', 'mist of the falls', 'otter', 'otters', 'kingfisher', 'weir',
  ]),
  // A babbling brook in a forest stays in the forest.
  cues(0.5, ['babbling']),
]
