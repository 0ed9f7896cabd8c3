import type { LexiconEntry } from './effects'

/** Named colours, already softened to mid-to-light values (docs/ART.md: no pure black or white). */
// prettier-ignore
const COLOURS: Record<string, string> = {
  red: '#c97b6e', crimson: '#b9707a', scarlet: '#c9786a', rojo: '#c97b6e', rouge: '#c97b6e', pink: '#e6b3bd',
  rose: '#e2a9b4', rosa: '#e6b3bd', blush: '#ecc3c0', magenta: '#c98bb4', fuchsia: '#c98bb4',
  orange: '#e8a472', naranja: '#e8a472', peach: '#f0c4a4', apricot: '#f0bb8e', coral: '#ec9f8a',
  salmon: '#eba68f', amber: '#e3b063', gold: '#e0bd6e', golden: '#e5c27a', yellow: '#eed68a',
  amarillo: '#eed68a', jaune: '#eed68a', lemon: '#efe1a0', honey: '#e2b66f', mustard: '#d2b25e',
  cream: '#f1e6cf', ivory: '#f2ecdc', beige: '#e6d6ba', sand: '#e3cfa6', tan: '#d6b88f', brown: '#a9876b',
  ochre: '#d0a35c', terracotta: '#c98a6b', rust: '#bd7f62', green: '#93b58c', verde: '#93b58c',
  vert: '#93b58c', sage: '#a9bd9c', olive: '#a3a673', emerald: '#6fae8f', mint: '#b5dcc4', jade: '#7fb59c',
  moss: '#8fa477', lime: '#c2d98c', teal: '#6ea8a6', turquoise: '#7cc4c0', aqua: '#95d1d1', cyan: '#8ccad3',
  blue: '#8aaed0', azul: '#8aaed0', bleu: '#8aaed0', navy: '#5d7096', indigo: '#6f74a8', cobalt: '#6f8fc4',
  azure: '#9cc3e0', sky: '#a9cbe3', cerulean: '#7fb1d6', sapphire: '#6f8cbf', purple: '#a48bbf',
  violet: '#ab93c9', lilac: '#c8b5dc', lavender: '#bfb3dd', mauve: '#bda0b6', plum: '#977aa0',
  morado: '#a48bbf', lila: '#c8b5dc', white: '#eeebe4', blanco: '#eeebe4', blanc: '#eeebe4', silver: '#c9ccd3',
  grey: '#a6aab0', gray: '#a6aab0', gris: '#a6aab0', black: '#4d5160', negro: '#4d5160', noir: '#4d5160',
  charcoal: '#5b5f6b', pearl: '#e9e4dc', copper: '#c58b66', bronze: '#b8925f', pastel: '#e5d3e6',
  turquesa: '#7cc4c0',
}

const colourEntries: LexiconEntry[] = Object.entries(COLOURS).map(([w, colour]) => [w, { colour }] as const)

/** Feeling words: [valence, arousal], plus an optional colour of the feeling. */
// prettier-ignore
const FEELINGS: Record<string, readonly [number, number, string?]> = {
  calm: [0.6, -0.8, '#a8c5c9'], peaceful: [0.7, -0.8, '#b7cfc4'], peace: [0.7, -0.8, '#b7cfc4'],
  serene: [0.7, -0.8, '#b9d0d6'], tranquil: [0.7, -0.8, '#b3cdd1'], quiet: [0.5, -0.7, '#c4cdd3'],
  still: [0.4, -0.8], stillness: [0.5, -0.8], gentle: [0.6, -0.6, '#dcc9c0'], soft: [0.5, -0.6, '#e3d3cf'],
  slow: [0.4, -0.6], slowly: [0.4, -0.6], relaxed: [0.7, -0.7, '#bcd3c0'], relaxing: [0.7, -0.7, '#bcd3c0'],
  safe: [0.8, -0.6, '#d9c8a9'], secure: [0.7, -0.5], rested: [0.6, -0.6], restful: [0.6, -0.7],
  warm: [0.6, -0.2, '#e8c39e'], cozy: [0.7, -0.5, '#e2bc9a'], cosy: [0.7, -0.5, '#e2bc9a'],
  comfort: [0.7, -0.5], comfortable: [0.7, -0.5], content: [0.7, -0.4], happy: [0.8, 0.3, '#efd68f'],
  happiness: [0.8, 0.3, '#efd68f'], joy: [0.9, 0.5, '#f0cf7c'], joyful: [0.9, 0.5, '#f0cf7c'],
  cheerful: [0.8, 0.4, '#f2d98e'], glad: [0.7, 0.2], delighted: [0.8, 0.5], excited: [0.6, 0.7, '#f0b27a'],
  playful: [0.7, 0.5, '#f2c0a0'], alive: [0.7, 0.4], free: [0.7, 0.1, '#b9d6e6'],
  freedom: [0.7, 0.1, '#b9d6e6'], light: [0.5, -0.2], hopeful: [0.7, 0.1, '#f1dca6'],
  hope: [0.7, 0.1, '#f1dca6'], grateful: [0.8, -0.2], thankful: [0.8, -0.2], loved: [0.9, 0.0, '#eab6b9'],
  love: [0.8, 0.1, '#eab6b9'], tender: [0.7, -0.4, '#ecc6c4'], dreamy: [0.5, -0.5, '#cdbfdf'], awe: [0.7, 0.3],
  wonder: [0.7, 0.3, '#c4c0e6'], magical: [0.7, 0.3, '#c9b8e0'], fresh: [0.6, 0.0, '#bfe0d0'],
  clean: [0.5, -0.2], bright: [0.6, 0.3], lovely: [0.8, 0.0], beautiful: [0.8, 0.1],
  nostalgic: [0.2, -0.3, '#d9c3ad'], wistful: [0.0, -0.4, '#c3c3d6'], melancholy: [-0.3, -0.4, '#a9b3c4'],
  sad: [-0.6, -0.3, '#9fb0c4'], sadness: [-0.6, -0.3, '#9fb0c4'], lonely: [-0.6, -0.3, '#a8b2c2'],
  alone: [-0.2, -0.3], empty: [-0.4, -0.4], tired: [-0.2, -0.6, '#b8b8c4'], exhausted: [-0.4, -0.5],
  sleepy: [0.2, -0.8, '#c3bed6'], bored: [-0.3, -0.5], anxious: [-0.6, 0.7, '#b7c2c9'],
  anxiety: [-0.6, 0.7, '#b7c2c9'], worried: [-0.5, 0.5], nervous: [-0.5, 0.6], scared: [-0.7, 0.8],
  afraid: [-0.7, 0.7], fear: [-0.7, 0.7], frightened: [-0.7, 0.8], panic: [-0.8, 0.9], stressed: [-0.6, 0.7],
  stress: [-0.6, 0.6], tense: [-0.5, 0.6], overwhelmed: [-0.6, 0.7], angry: [-0.7, 0.8], anger: [-0.7, 0.8],
  upset: [-0.6, 0.5], hurt: [-0.6, 0.3], heavy: [-0.4, -0.2], dark: [-0.2, 0.0], gloomy: [-0.5, -0.3],
  cold: [-0.1, -0.1], restless: [-0.3, 0.6], energetic: [0.5, 0.7], wild: [0.2, 0.7], quietly: [0.5, -0.7],
  softly: [0.5, -0.6], gently: [0.6, -0.6], breathe: [0.5, -0.6], breathing: [0.5, -0.5],
  tranquilo: [0.6, -0.8, '#a8c5c9'], tranquila: [0.6, -0.8, '#a8c5c9'], calma: [0.6, -0.8, '#a8c5c9'],
  paz: [0.7, -0.8, '#b7cfc4'], feliz: [0.8, 0.3, '#efd68f'], triste: [-0.6, -0.3, '#9fb0c4'],
  calme: [0.6, -0.8, '#a8c5c9'], paisible: [0.7, -0.8, '#b7cfc4'], heureux: [0.8, 0.3, '#efd68f'],
  heureuse: [0.8, 0.3, '#efd68f'], doux: [0.6, -0.6, '#dcc9c0'], douce: [0.6, -0.6, '#dcc9c0'],
}

const feelingEntries: LexiconEntry[] = Object.entries(FEELINGS).map(
  ([w, [v, a, colour]]) => [w, { mood: [v, a] as const, ...(colour ? { colour } : {}) }] as const,
)

/** Adjectives the title may borrow, in the order of preference when several appear. */
// prettier-ignore
export const TITLE_ADJECTIVES: readonly string[] = [
  'quiet', 'calm', 'peaceful', 'serene', 'tranquil', 'still', 'gentle', 'soft', 'warm', 'cozy', 'cosy',
  'misty', 'foggy', 'snowy', 'rainy', 'sunny', 'golden', 'starry', 'moonlit', 'sunlit', 'mossy', 'sandy',
  'green', 'lush', 'secret', 'hidden', 'empty', 'wide', 'vast', 'open', 'lonely', 'little', 'small', 'old',
  'ancient', 'tall', 'deep', 'shallow', 'clear', 'bright', 'pale', 'silver', 'blue', 'turquoise', 'pink',
  'lavender', 'white', 'frozen', 'icy', 'dreamy', 'magical', 'wild', 'distant', 'faraway', 'endless', 'sleepy',
  'tropical', 'autumn', 'spring', 'summer', 'winter',
]

export const FEELING_ENTRIES: readonly LexiconEntry[] = [...colourEntries, ...feelingEntries]
