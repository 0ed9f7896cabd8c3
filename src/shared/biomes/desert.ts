import { hexToRgb as c } from '../recipe/colour'
import { none } from './land'
import type { BiomeEntry, WordGroup } from './types'
import { cues, names } from './words'

export const desert: BiomeEntry = {
  composition: 6,
  painter: 'paintDesert',
  label: 'Desert',
  title: 'desert',
  calmHour: 'golden-hour',
  colours: ['#e5c08f', '#d49a6e', '#b98a74'],
  painting: {
    horizons: [0.38, 0.34],
    ridgeCount: [4, 5],
    ridgeSpan: [0.03, -0.22],
    ridgeAmp: [0.05, 0.2],
    ridgeFreq: [2.8, 1.5],
    sharp: 0.2,
    land: c('#cd8f5c'),
    groundFar: c('#ebc99a'),
    groundNear: c('#d49a66'),
    water: c('#8fb4b0'),
    trees: 0,
    treeColour: c('#7d8a5a'),
    flowers: 0,
    ridgeOctaves: 2,
  },
  landscape: {
    terrain: { kind: 'dunes', amplitude: 9, scale: 52, mountains: 0, water: { ...none, centre: [0, 0] } },
    vegetation: [
      { kind: 'grass', count: 140, scale: 0.7 },
      { kind: 'rock', count: 26, scale: 1 },
      { kind: 'cactus', count: 10, scale: 1 },
    ],
    props: [],
    particles: {},
    fogScale: 0.6,
    plantsNamedPalms: true,
  },
  sound: { wind: 0.34, pad: 0.16 },
  water: { motif: 'river', inPainting: false },
}

/** The words that bring a client here, for the interpreter (apart, so the headset's first bundle never carries them). */
// prettier-ignore
export const desertWords: readonly WordGroup[] = [
  names(3, [
    'desert', 'deserts', 'dunes', 'dune', 'sahara', 'oasis', 'badlands', 'mesa', 'mesas', 'canyon', 'canyons',
    'desierto', 'dunas', 'desert', 'dunes', 'wadi', 'outback',
  ]),
  names(4, [
    'sand dunes', 'sand dune', 'red rocks', 'red rock', 'salt flats', 'dunes de sable', 'dunas de arena',
  ]),
  cues(1.5, [
    'cactus', 'cacti', 'cactuses', 'camel', 'camels', 'caravan', 'arid', 'dry heat', 'sandstone', 'tumbleweed',
    'scorpion', 'lizard', 'lizards', 'sagebrush', 'yucca', 'joshua tree', 'mirage', 'nomads', 'dry', 'parched',
    'endless sand', 'sand stretching', 'rippled sand', 'sand ripples', 'heat shimmer', 'shimmering heat',
    'cactus', 'adobe', 'succulents', 'sun baked', 'sunbaked', 'bedouin', 'cactus flowers',
  ]),
  cues(1, [
    'sand', 'ochre', 'terracotta', 'vast', 'emptiness', 'heat', 'hot', 'wind-carved', 'carved',
  ]),
]
