import { hexToRgb as c } from '../recipe/colour'
import { none } from './land'
import type { BiomeEntry, WordGroup } from './types'
import { cues, names } from './words'

export const nightSky: BiomeEntry = {
  composition: 8,
  painter: 'paintNight',
  label: 'Night sky',
  title: 'night sky',
  calmHour: 'night',
  colours: ['#4f5f8a', '#7b7fb0', '#c5c9e8'],
  painting: {
    horizons: [0.3, 0.27],
    ridgeCount: [3, 4],
    ridgeSpan: [0.07, 0.0],
    ridgeAmp: [0.1, 0.06],
    ridgeFreq: [2.4, 1.2],
    sharp: 0.45,
    land: c('#3a4868'),
    groundFar: c('#4b5a7c'),
    groundNear: c('#3d4a6a'),
    water: c('#4a5c88'),
    trees: 0.2,
    treeColour: c('#323f5e'),
    flowers: 0,
  },
  landscape: {
    terrain: { kind: 'hills', amplitude: 7, scale: 50, mountains: 14, water: { ...none, centre: [0, 0] } },
    vegetation: [
      { kind: 'grass', count: 1500, scale: 0.9 },
      { kind: 'conifer', count: 40, scale: 1 },
      { kind: 'rock', count: 10, scale: 1 },
    ],
    props: [],
    particles: { fireflies: 0.5 },
    fogScale: 0.6,
    fireflies: true,
    plantsNamedFlowers: true,
  },
  sound: { crickets: 0.3, wind: 0.08, pad: 0.16 },
  water: { motif: 'lake', inPainting: false },
}

/** The words that bring a client here, for the interpreter (apart, so the headset's first bundle never carries them). */
// prettier-ignore
export const nightSkyWords: readonly WordGroup[] = [
  names(3, [
    'night sky', 'starry sky', 'milky way', 'galaxy', 'galaxies', 'cosmos', 'universe', 'outer space',
    'constellations', 'constellation', 'northern lights', 'aurora', 'aurora borealis', 'nebula',
    'cielo estrellado', 'via lactea', 'ciel etoile', 'voie lactee', 'aurore boreale', 'starfield',
  ]),
  names(4, [
    'starry night', 'sky full of stars', 'night full of stars', 'stars above', 'under the stars',
    'beneath the stars', 'shooting stars', 'shooting star', 'full moon', 'moonlit sky',
  ]),
  cues(1.5, [
    'stars', 'star', 'starry', 'starlight', 'planets', 'planet', 'comet', 'meteor', 'meteors', 'moon',
    'moonlight', 'moonlit', 'telescope', 'stargazing', 'infinite', 'estrellas', 'etoiles', 'luna', 'lune',
    'orbit', 'floating in space', 'twinkling', 'twinkle', 'glittering sky', 'lights in the sky',
    'dancing lights', 'ribbons of light', 'green lights', 'vastness', 'endless sky', 'dark sky',
  ]),
]
