import { hexToRgb as c } from '../recipe/colour'
import type { BiomeEntry, WordGroup } from './types'
import { cues, names } from './words'

export const garden: BiomeEntry = {
  composition: 5,
  painter: 'paintGarden',
  label: 'Garden',
  title: 'garden',
  calmHour: 'afternoon',
  colours: ['#8fb08a', '#e2aab5', '#f0d9a8'],
  painting: {
    horizons: [0.6, 0.56],
    ridgeCount: [3, 3],
    ridgeSpan: [0.06, 0.02],
    ridgeAmp: [0.06, 0.05],
    sharp: 0.05,
    land: c('#6f9460'),
    groundFar: c('#a7bf88'),
    groundNear: c('#6c9650'),
    water: c('#7fb0b8'),
    trees: 0.5,
    treeColour: c('#5a7f55'),
    flowers: 0.85,
  },
  landscape: {
    terrain: {
      kind: 'hills',
      amplitude: 3,
      scale: 30,
      mountains: 0,
      water: { kind: 'pond', level: -0.35, centre: [9, -11], radius: 4.6 },
    },
    vegetation: [
      { kind: 'grass', count: 1600, scale: 0.75 },
      { kind: 'flower', count: 1500, scale: 1 },
      { kind: 'bush', count: 70, scale: 1 },
      { kind: 'broadleaf', count: 18, scale: 0.9 },
    ],
    props: [{ kind: 'lantern', count: 8 }],
    particles: { pollen: 0.3 },
    fogScale: 0.95,
    fireflies: true,
    plantsNamedPalms: true,
  },
  sound: { birds: 0.34, leaves: 0.16, stream: 0.2, pad: 0.1 },
  water: { motif: 'fountain', inPainting: true },
}

/** The words that bring a client here, for the interpreter (apart, so the headset's first bundle never carries them). */
// prettier-ignore
export const gardenWords: readonly WordGroup[] = [
  names(3, [
    'garden', 'gardens', 'greenhouse', 'courtyard', 'orchard', 'park', 'backyard', 'allotment', 'conservatory',
    'arboretum', 'jardin', 'jardines', 'huerto', 'parque', 'parc', 'verger', 'terrace', 'patio',
  ]),
  names(4, [
    'rose garden', 'zen garden', 'japanese garden', 'flower garden', 'botanical garden', 'walled garden',
    'secret garden', 'herb garden', 'tea garden', 'cherry orchard', 'flower beds',
  ]),
  cues(1.5, [
    'roses', 'rose', 'tulips', 'tulip', 'peonies', 'peony', 'lilies', 'lily', 'hydrangeas', 'blossom',
    'blossoms', 'cherry blossoms', 'cherry blossom', 'flowerbeds', 'flowerbed', 'fountain', 'koi', 'bench',
    'trellis', 'pergola', 'hedge', 'hedges', 'flowerpots', 'pots', 'planters', 'gazebo', 'bonsai', 'wisteria',
    'jasmine', 'honeysuckle', 'herbs', 'vegetables', 'gardening', 'lawn', 'birdbath', 'gravel path',
    'stepping stones', 'raked gravel', 'watering can', 'flores', 'fleurs', 'rosas', 'roses blanches', 'bloom',
    'blooms', 'blooming', 'petals', 'hummingbird', 'hummingbirds', 'lanterns', 'flower', 'flowers',
  ]),
  cues(1, [
    'tea', 'sundial', 'statue', 'pond with', 'gnome', 'pruning', 'fragrance', 'fragrant', 'scent of roses',
    'orchids', 'camellias', 'magnolia', 'apple trees', 'fruit trees',
  ]),
]
