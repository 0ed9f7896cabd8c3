import { hexToRgb as c } from '../recipe/colour'
import { none } from './land'
import type { BiomeEntry, WordGroup } from './types'
import { cues, names } from './words'

export const snow: BiomeEntry = {
  composition: 4,
  painter: 'paintSnow',
  label: 'Snow',
  title: 'snowfield',
  calmHour: 'morning',
  colours: ['#e6ecf2', '#a9bdd6', '#8299b8'],
  painting: {
    horizons: [0.4, 0.36],
    ridgeCount: [3, 4],
    ridgeSpan: [0.06, -0.14],
    ridgeAmp: [0.14, 0.08],
    ridgeFreq: [1.8, 1.1],
    sharp: 0.55,
    land: c('#c9d6e4'),
    groundFar: c('#eef1f4'),
    groundNear: c('#e6ebf0'),
    water: c('#9db8cc'),
    trees: 0.25,
    treeColour: c('#4f6a6c'),
    flowers: 0,
    ridgeOctaves: 3,
  },
  landscape: {
    terrain: { kind: 'drifts', amplitude: 5, scale: 40, mountains: 38, water: { ...none, centre: [0, 0] } },
    vegetation: [
      { kind: 'conifer', count: 110, scale: 1 },
      { kind: 'rock', count: 16, scale: 1 },
    ],
    props: [],
    particles: {},
    fogScale: 0.9,
  },
  sound: { wind: 0.32, pad: 0.18 },
  water: { motif: 'lake', inPainting: false, movesTo: 'mountain-lake' },
}

/** The words that bring a client here, for the interpreter (apart, so the headset's first bundle never carries them). */
// prettier-ignore
export const snowWords: readonly WordGroup[] = [
  names(3, [
    'snowfield', 'snowfields', 'glacier', 'glaciers', 'tundra', 'arctic', 'antarctic', 'antarctica', 'iceberg',
    'icebergs', 'igloo', 'nieve', 'neige', 'snowscape', 'ice field', 'snow field', 'north pole',
  ]),
  names(4, [
    'snowy field', 'snow covered', 'covered in snow', 'fresh snow', 'deep snow', 'winter landscape',
    'winter wonderland', 'frozen lake', 'snowy landscape', 'snowy hills', 'snowy plain', 'paysage de neige',
  ]),
  cues(2, ['snow', 'snowy', 'snowdrifts', 'snowdrift', 'snowbank', 'powder']),
  cues(1.5, [
    'snowflakes', 'snowflake', 'falling snow', 'snowfall', 'snowing', 'flurries', 'sleet',
  ]),
  cues(1.5, [
    'ice', 'icy', 'frozen', 'frost', 'frosty', 'winter', 'wintry', 'sled', 'sledding', 'skiing', 'ski', 'skis',
    'snowman', 'snowshoes', 'icicles', 'polar', 'penguins', 'penguin', 'mittens', 'scarf', 'invierno', 'hiver',
    'hielo', 'glace', 'white silence', 'crunch underfoot', 'crunching', 'sleigh', 'frozen breath',
    'breath clouds', 'cold white', 'blanket of white', 'all white', 'white everywhere', 'whiteness',
  ]),
  cues(1, [
    'cold', 'chilly', 'freezing', 'reindeer', 'huskies', 'hot cocoa', 'hot chocolate', 'wool', 'crisp',
    'white', 'blanket',
  ]),
]
