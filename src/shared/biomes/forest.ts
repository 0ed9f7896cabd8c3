import { hexToRgb as c } from '../recipe/colour'
import { none } from './land'
import type { BiomeEntry, WordGroup } from './types'
import { cues, names } from './words'

export const forest: BiomeEntry = {
  composition: 1,
  painter: 'paintForest',
  label: 'Forest',
  title: 'forest',
  calmHour: 'morning',
  colours: ['#7f9f78', '#5e7f66', '#b9c7a0'],
  painting: {
    horizons: [0.34, 0.3],
    ridgeCount: [3, 4],
    ridgeSpan: [0.02, 0.06],
    ridgeAmp: [0.02, 0.04],
    sharp: 0.3,
    land: c('#46694a'),
    groundFar: c('#9fb58a'),
    groundNear: c('#5a7b48'),
    water: c('#6d9aa0'),
    trees: 0.75,
    treeColour: c('#4d6a52'),
    flowers: 0.1,
  },
  landscape: {
    terrain: { kind: 'woodland', amplitude: 5, scale: 36, mountains: 0, water: { ...none, centre: [0, 0] } },
    vegetation: [
      { kind: 'conifer', count: 170, scale: 1 },
      { kind: 'broadleaf', count: 80, scale: 1 },
      { kind: 'grass', count: 1400, scale: 0.9 },
      { kind: 'bush', count: 60, scale: 0.9 },
      { kind: 'rock', count: 22, scale: 1 },
    ],
    props: [],
    particles: { pollen: 0.15 },
    fogScale: 1.25,
    fireflies: true,
    plantsNamedFlowers: true,
  },
  sound: { leaves: 0.2, birds: 0.36, wind: 0.12, pad: 0.1 },
  water: { motif: 'river', inPainting: false, movesTo: 'mountain-lake' },
}

/** The words that bring a client here, for the interpreter (apart, so the headset's first bundle never carries them). */
// prettier-ignore
export const forestWords: readonly WordGroup[] = [
  names(3, [
    'forest', 'forests', 'woods', 'woodland', 'woodlands', 'jungle', 'rainforest', 'grove', 'bosque', 'selva',
    'foret', 'bois', 'thicket', 'taiga',
  ]),
  names(4, [
    'pine forest', 'pine woods', 'redwood forest', 'old growth', 'forest floor', 'deep woods', 'birch forest',
    'oak forest',
  ]),
  cues(1.5,
    [
      'trees', 'tree', 'pines', 'pine', 'oaks', 'oak', 'birch', 'birches', 'redwoods', 'redwood', 'spruce',
      'fir', 'firs', 'cedar', 'cedars', 'maple', 'maples', 'trunks', 'trunk', 'canopy', 'moss', 'mossy',
      'ferns', 'fern', 'arboles', 'arbres', 'sapins', 'pinos', 'beech', 'evergreens', 'evergreen', 'timber',
    ],
    ['trees'],
  ),
  cues(1, [
    'bark', 'leaves', 'leaf', 'needles', 'pine needles', 'branches', 'branch', 'mushrooms', 'mushroom',
    'undergrowth', 'underfoot', 'roots', 'acorns', 'pinecones', 'pine cones', 'squirrel', 'squirrels', 'owl',
    'owls', 'deer', 'woodpecker', 'trail', 'dappled', 'shade', 'shady', 'lichen', 'hiking', 'cabin', 'logs',
    'log', 'tall trunks', 'foliage', 'leafy', 'timberline', 'elves', 'woodsy', 'hojas', 'feuilles',
  ]),
]
