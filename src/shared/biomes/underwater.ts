import { hexToRgb as c } from '../recipe/colour'
import type { BiomeEntry, WordGroup } from './types'
import { cues, names } from './words'

export const underwater: BiomeEntry = {
  composition: 7,
  painter: 'paintUnderwater',
  label: 'Underwater',
  title: 'world under the sea',
  calmHour: 'midday',
  colours: ['#5fa3ad', '#3f7f98', '#9fd0c8'],
  painting: {
    horizons: [0.3, 0.26],
    ridgeCount: [3, 4],
    ridgeSpan: [0.06, 0.0],
    ridgeAmp: [0.04, 0.06],
    sharp: 0.3,
    land: c('#5c8f8a'),
    groundFar: c('#b5c6a8'),
    groundNear: c('#c9c29a'),
    water: c('#3f8c9c'),
    trees: 0.5,
    treeColour: c('#4f8a6e'),
    flowers: 0.2,
  },
  landscape: {
    terrain: {
      kind: 'seafloor',
      amplitude: 4,
      scale: 26,
      mountains: 0,
      water: { kind: 'surface', level: 9, centre: [0, 0], radius: 400 },
    },
    vegetation: [
      { kind: 'kelp', count: 140, scale: 1 },
      { kind: 'coral', count: 130, scale: 1 },
      { kind: 'rock', count: 36, scale: 1 },
    ],
    props: [{ kind: 'fish', count: 24 }],
    particles: { bubbles: 0.6 },
    fogScale: 3.4,
  },
  sound: { underwater: 0.45, pad: 0.14 },
  water: { motif: 'waves', inPainting: true },
}

/** The words that bring a client here, for the interpreter (apart, so the headset's first bundle never carries them). */
// prettier-ignore
export const underwaterWords: readonly WordGroup[] = [
  names(3, [
    'underwater', 'undersea', 'reef', 'reefs', 'seabed', 'seafloor', 'ocean floor', 'sea floor',
    'bajo el agua', 'sous l eau', 'sous la mer', 'fond marin', 'fondo del mar', 'arrecife', 'recif',
  ]),
  names(4, [
    'coral reef', 'coral reefs', 'under the sea', 'under the ocean', 'under the water', 'beneath the waves',
    'beneath the surface', 'below the surface', 'under the surface', 'bottom of the sea', 'kelp forest',
    'bajo el mar', 'ocean depths',
  ]),
  cues(2, [
    'coral', 'corals', 'kelp', 'seaweed', 'jellyfish', 'scuba', 'snorkeling', 'snorkelling',
    'snorkel', 'diver', 'divers', 'submerged', 'anemones', 'anemone', 'seahorse', 'seahorses', 'sea turtle',
    'sea turtles', 'turtle', 'turtles', 'manta', 'rays', 'dolphins', 'dolphin', 'whale', 'whales', 'bubbles',
    'swimming with', 'floating beneath', 'light rays', 'shafts of light', 'weightless', 'sunbeams through',
  ]),
  cues(1.5, [
    'fish', 'fishes', 'school of fish', 'shoal', 'octopus', 'starfish', 'sea star', 'sea urchin', 'blue green',
    'deep blue', 'peces', 'poissons', 'gills', 'fins', 'depths', 'below me', 'above me the light',
  ]),
  cues(1, ['diving', 'dive']),
  cues(0.5, ['drift', 'drifting', 'float', 'floating', 'swimming']),
]
