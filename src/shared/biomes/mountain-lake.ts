import { hexToRgb as c } from '../recipe/colour'
import type { BiomeEntry, WordGroup } from './types'
import { cues, names } from './words'

export const mountainLake: BiomeEntry = {
  composition: 3,
  painter: 'paintMountainLake',
  label: 'Lake',
  title: 'mountain lake',
  calmHour: 'morning',
  colours: ['#7f9bb3', '#a9bfc4', '#6f8a7c'],
  painting: {
    horizons: [0.36, 0.4],
    ridgeCount: [3, 4],
    ridgeSpan: [0.08, 0.03],
    ridgeAmp: [0.26, 0.1],
    sharp: 0.85,
    land: c('#4e6c68'),
    groundFar: c('#9bb09a'),
    groundNear: c('#5a7c52'),
    water: c('#5e8fa6'),
    trees: 0.35,
    treeColour: c('#46645a'),
    flowers: 0,
  },
  landscape: {
    terrain: {
      kind: 'basin',
      amplitude: 6,
      scale: 34,
      mountains: 48,
      water: { kind: 'lake', level: -0.7, centre: [0, -58], radius: 44 },
    },
    vegetation: [
      { kind: 'conifer', count: 150, scale: 1.1 },
      { kind: 'grass', count: 1100, scale: 0.8 },
      { kind: 'rock', count: 40, scale: 1.2 },
    ],
    props: [],
    particles: {},
    fogScale: 0.7,
    plantsNamedFlowers: true,
  },
  sound: { stream: 0.3, wind: 0.2, birds: 0.18, pad: 0.1 },
  water: { motif: 'lake', inPainting: true },
}

/** The words that bring a client here, for the interpreter (apart, so the headset's first bundle never carries them). */
// prettier-ignore
export const mountainLakeWords: readonly WordGroup[] = [
  names(3, [
    'lake', 'lakes', 'mountain', 'mountains', 'pond', 'fjord', 'loch', 'lakeside', 'lakeshore', 'reservoir',
    'tarn', 'lago', 'montana', 'montanas', 'lac', 'montagne', 'montagnes', 'etang', 'valley', 'alps', 'peaks',
    'peak', 'summit', 'cordillera', 'sierra',
  ]),
  names(4, [
    'alpine lake', 'mountain lake', 'mountain lakes', 'lake shore', 'mountain range', 'mountain top',
    'mountaintop', 'glacial lake', 'lac de montagne', 'lago de montana', 'still lake',
  ]),
  cues(1.5, [
    'alpine', 'ridge', 'ridges', 'cliffs', 'cliff', 'canoe', 'kayak', 'rowboat', 'dock', 'jetty', 'reflection',
    'reflections', 'reflected', 'mirror', 'glassy', 'loons', 'loon', 'cabin', 'waterfall', 'waterfalls',
    'stream', 'streams', 'river', 'rivers', 'creek', 'brook', 'rio', 'riviere', 'slopes', 'granite',
    'boulders', 'pines on the shore', 'still water', 'calm water', 'lily pads', 'trout', 'summits',
    'snowcapped', 'snow capped', 'snow-capped', 'foothills', 'mountainside', 'rocky', 'rocks', 'stone',
    'stones', 'ripples', 'paddle', 'paddling', 'misty water',
  ]),
  cues(1, [
    'water', 'agua', 'eau', 'bridge', 'heron', 'herons', 'ducks', 'swans', 'swan', 'eagle', 'thin air',
    'crisp air', 'high up', 'far below', 'pebbles',
  ]),
]
