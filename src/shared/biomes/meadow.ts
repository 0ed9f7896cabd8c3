import { hexToRgb as c } from '../recipe/colour'
import { none } from './land'
import type { BiomeEntry, WordGroup } from './types'
import { cues, names } from './words'

export const meadow: BiomeEntry = {
  composition: 2,
  painter: 'paintMeadow',
  label: 'Meadow',
  title: 'meadow',
  calmHour: 'afternoon',
  colours: ['#a9c48a', '#d8d39a', '#86a777'],
  painting: {
    horizons: [0.38, 0.34],
    ridgeCount: [3, 4],
    ridgeSpan: [0.02, 0.1],
    ridgeAmp: [0.03, 0.07],
    sharp: 0.1,
    land: c('#6f9a4e'),
    groundFar: c('#b5c98a'),
    groundNear: c('#76a04e'),
    water: c('#6fa3b2'),
    trees: 0.15,
    treeColour: c('#55734c'),
    flowers: 0.55,
  },
  landscape: {
    terrain: { kind: 'hills', amplitude: 8, scale: 46, mountains: 0, water: { ...none, centre: [0, 0] } },
    vegetation: [
      { kind: 'grass', count: 2600, scale: 1 },
      { kind: 'flower', count: 900, scale: 1 },
      { kind: 'broadleaf', count: 14, scale: 1.2 },
      { kind: 'rock', count: 8, scale: 0.8 },
    ],
    props: [],
    particles: { pollen: 0.35 },
    fogScale: 0.85,
    fireflies: true,
    plantsNamedPalms: true,
  },
  sound: { wind: 0.22, birds: 0.3, leaves: 0.14, pad: 0.1 },
  water: { motif: 'river', inPainting: false, movesTo: 'mountain-lake' },
}

/** The words that bring a client here, for the interpreter (apart, so the headset's first bundle never carries them). */
// prettier-ignore
export const meadowWords: readonly WordGroup[] = [
  names(3, [
    'meadow', 'meadows', 'field', 'fields', 'grassland', 'grasslands', 'prairie', 'pasture', 'pastures',
    'countryside', 'savanna', 'steppe', 'prado', 'pradera', 'campo', 'prairie', 'champ', 'champs', 'hillside',
    'hills', 'farmland', 'heath', 'moor', 'moorland',
  ]),
  names(4, [
    'rolling hills', 'lavender field', 'lavender fields', 'wheat field', 'sunflower field', 'open field',
    'green hills', 'flower field', 'wildflower meadow',
  ]),
  cues(1.5, [
    'grass', 'grassy', 'wildflowers', 'wildflower', 'clover', 'daisies', 'daisy', 'poppies', 'poppy',
    'buttercups', 'dandelions', 'dandelion', 'hay', 'haystack', 'wheat', 'barley', 'lavender', 'sheep', 'cows',
    'horses', 'farm', 'barn', 'hierba', 'herbe', 'fleurs sauvages', 'long grass', 'tall grass',
  ]),
  cues(1, [
    'butterflies', 'butterfly', 'bees', 'bee', 'crickets', 'grasshoppers', 'picnic', 'kite', 'fence',
    'hedgerow', 'hedgerows', 'sunflowers', 'cornfield', 'lark', 'open sky', 'rolling', 'green',
  ]),
]
