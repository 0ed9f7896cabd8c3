import { hexToRgb as c } from '../recipe/colour'
import { none } from './land'
import type { BiomeEntry, WordGroup } from './types'
import { cues, names } from './words'

/**
 * A warm room: a fireplace, a window with rain on it, lamplight, a rug. People often name such a room (a cabin, a
 * grandparent's kitchen, a reading nook) as their safe place. The painting is the room itself, and so is the
 * living landscape: the visitor stands inside it (terrain kind `room`, laid out in src/shared/landscape/room.ts),
 * with the painted sky and hills seen through two windows, rain on the glass, the fire and a lamp.
 */
export const cozyRoom: BiomeEntry = {
  composition: 10,
  painter: 'paintCozyRoom',
  label: 'Cozy room',
  title: 'cozy room',
  calmHour: 'golden-hour',
  colours: ['#ecd2ad', '#c0916a', '#e3b48c'],
  painting: {
    // The "horizon" is the line where the floor meets the far wall, low in the frame.
    horizons: [0.34, 0.31],
    ridgeCount: [3, 3],
    ridgeSpan: [0.06, 0.02],
    ridgeAmp: [0.05, 0.04],
    sharp: 0.15,
    // The wall of the room (lamplit plaster) and its wooden floor; the ridges are the soft hills in the window.
    land: c('#7d8f7a'),
    groundFar: c('#e4c9a4'),
    groundNear: c('#9c6b48'),
    water: c('#8aa3b4'),
    trees: 0,
    treeColour: c('#6a7a5e'),
    flowers: 0,
  },
  landscape: {
    terrain: { kind: 'room', amplitude: 0, scale: 30, mountains: 0, water: { ...none, centre: [0, 0] } },
    // Indoors: no plants, no lanterns, nothing in the air (the room draws its own furniture and window rain).
    vegetation: [],
    props: [],
    particles: {},
    fogScale: 1,
    fireflies: false,
    // Oak floorboards, lamplit plaster walls and the armchairs' warm fabric; the palette tints them a little.
    colours: { groundNear: c('#a87552'), groundFar: c('#e8d6b8'), foliage: c('#a4553a') },
  },
  // Rain on the window, always, a fire murmuring in the hearth and a warm low tone; the words' own rain makes
  // the rain a little stronger.
  sound: { 'rain-roof': 0.26, hearth: 0.24, pad: 0.14 },
  water: { motif: 'river', inPainting: false },
}

/** The words that bring a client here, for the interpreter (apart, so the headset's first bundle never carries them). */
// Kept weak where an outdoor place also fits ("a cosy fireplace in a snowy cabin" stays in the snow): the
// room wins on its own names, or on several of its things together.
// prettier-ignore
export const cozyRoomWords: readonly WordGroup[] = [
  names(3, [
    'kitchen', 'kitchens', 'nook', 'fireside', 'hearth', 'den', 'library', 'attic', 'parlour', 'parlor',
    'lounge', 'bedroom', 'cottage', 'chalet',
  ]),
  names(4, [
    'cozy room', 'cosy room', 'warm room', 'quiet room', 'living room', 'sitting room', 'reading nook',
    'reading corner', 'reading chair', 'cozy cabin', 'cosy cabin', 'cozy kitchen', 'cosy kitchen',
    'farmhouse kitchen', 'window seat',
  ]),
  // As strong as a name, but no name for a title ("Cozy room", not "By the fire").
  cues(4, ['by the fire', 'by the fireplace', 'by the hearth', 'in front of the fire']),
  cues(2, ['room', 'rooms', 'indoors', 'armchair', 'armchairs', 'sofa', 'couch']),
  cues(1.5, [
    'cushions', 'cushion', 'quilt', 'rug', 'bookshelf', 'bookshelves', 'bookcase', 'lamp', 'lamps',
    'lamplight', 'candlelight', 'kettle', 'stove', 'oven', 'baking', 'fresh bread', 'windowsill',
    'windowpane', 'curtains', 'mantelpiece', 'mantel', 'crackling', 'embers', 'firelight', 'teapot',
    'cup of tea', 'mug', 'slippers', 'knitting', 'grandfather clock', 'wallpaper', 'floorboards',
    'wooden floor', 'cat purring', 'purring',
  ]),
  cues(1, [
    'fireplace', 'fire', 'window', 'windows', 'grandmother', 'grandma', 'granny', 'nana', 'grandfather',
    'grandpa', 'grandparents', 'home', 'house', 'table', 'chair', 'pillows', 'warm inside',
  ]),
  cues(0.5, ['cabin']),
]
