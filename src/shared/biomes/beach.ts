import { hexToRgb as c } from '../recipe/colour'
import type { BiomeEntry, WordGroup } from './types'
import { cues, names } from './words'

export const beach: BiomeEntry = {
  composition: 0,
  painter: 'paintBeach',
  label: 'Beach',
  title: 'beach',
  calmHour: 'golden-hour',
  colours: ['#e9d8b4', '#8fc1c4', '#5f93a8'],
  painting: {
    horizons: [0.4, 0.36],
    ridgeCount: [3, 3],
    ridgeSpan: [0.0, 0.03],
    ridgeAmp: [0.02, 0.05],
    sharp: 0.2,
    land: c('#7f9a8a'),
    groundFar: c('#e8d3ae'),
    groundNear: c('#d6b07e'),
    water: c('#5fa0ad'),
    trees: 0,
    treeColour: c('#5d7a66'),
    flowers: 0,
  },
  landscape: {
    terrain: {
      kind: 'shore',
      amplitude: 3,
      scale: 30,
      mountains: 0,
      water: { kind: 'ocean', level: -0.55, centre: [0, -140], radius: 400 },
    },
    vegetation: [
      { kind: 'palm', count: 7, scale: 1 },
      { kind: 'grass', count: 260, scale: 0.7 },
      { kind: 'rock', count: 18, scale: 0.8 },
    ],
    props: [],
    particles: {},
    fogScale: 0.8,
    plantsNamedFlowers: true,
  },
  sound: { waves: 0.7, wind: 0.14, pad: 0.12 },
  water: { motif: 'waves', inPainting: true },
}

/** The words that bring a client here, for the interpreter (apart, so the headset's first bundle never carries them). */
// prettier-ignore
export const beachWords: readonly WordGroup[] = [
  names(3, [
    'beach', 'beaches', 'shore', 'shoreline', 'seashore', 'seaside', 'coast', 'coastline', 'lagoon', 'cove',
    'bay', 'seafront', 'playa', 'costa', 'orilla', 'plage', 'cote', 'rivage', 'littoral',
  ]),
  names(4, [
    'tropical island', 'sandy beach', 'white sand', 'by the sea', 'by the ocean', 'sea shore',
    'au bord de la mer', 'bord de mer', 'orilla del mar',
  ]),
  cues(2, ['ocean', 'sea', 'mar', 'oceano', 'mer', 'ocean'], ['waves']),
  cues(1.5, [
    'waves', 'wave', 'surf', 'tide', 'tides', 'sand', 'sandy', 'palm', 'palms', 'island', 'seashell',
    'seashells', 'shells', 'seagull', 'seagulls', 'gulls', 'gull', 'pier', 'boardwalk', 'lighthouse',
    'sandcastle', 'olas', 'ola', 'arena', 'vagues', 'sable', 'mouettes',
  ]),
  cues(1, [
    'salt', 'salty', 'brine', 'driftwood', 'breakers', 'wood', 'foam', 'horizon', 'sailboat', 'sailboats',
    'barefoot', 'dune grass', 'crab', 'crabs', 'towel', 'sunscreen', 'flip flops', 'ebb', 'pebbles', 'tidal',
    'tide pools', 'salt air', 'sea breeze', 'sea air', 'spray', 'coconut', 'coconuts', 'hammock',
    'toes in the sand',
  ]),
]
