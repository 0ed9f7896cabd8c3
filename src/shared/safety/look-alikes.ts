import type { TraumaCategory } from './lexicon'

/**
 * Look-alikes: words near a trauma word that are usually cosy or harmless. They never hold an artwork,
 * but the therapist still sees them as "mentioned" (a campfire can matter to someone who survived a fire).
 */
// prettier-ignore
export const SOFT_MENTIONS: Partial<Record<TraumaCategory, readonly string[]>> = {
  'fire-and-smoke': [
    'campfire', 'campfires', 'camp fire', 'fireplace', 'fireplaces', 'fireside', 'bonfire', 'bonfires',
    'firelight', 'fire light', 'log fire', 'open fire', 'cozy fire', 'cosy fire', 'crackling fire',
    'fire coloured', 'fire colored', 'fiery', 'firewood', 'hearth fire', 'embers', 'candle flame',
    'candle flames', 'smoky quartz', 'chimney smoke', 'smoke from the chimney', 'fire pit', 'firepit',
    'chimenea', 'feu de camp', 'feu de bois', 'cheminee', 'burning sky', 'burning sunset',
    // A warm room's fire, named from the cosy side: each begins with the person, the room or the warmth, so
    // "trapped by the fire" or "woke to the fire" never reads as one of these and stays held.
    'sit by the fire', 'sits by the fire', 'sitting by the fire', 'sat by the fire', 'curled up by the fire',
    'cabin by the fire', 'room by the fire', 'chair by the fire', 'armchair by the fire', 'rug by the fire',
    'nook by the fire', 'cozy by the fire', 'cosy by the fire', 'warm by the fire', 'reading by the fire',
    'tea by the fire', 'evening by the fire', 'evenings by the fire', 'resting by the fire',
    'relaxing by the fire', 'warming up by the fire', 'cat by the fire', 'dog by the fire',
    'fire in the hearth', 'fire in the fireplace', 'fire in the stove', 'fire in the wood stove',
    'crackle of the fire', 'glow of the fire', 'light of the fire', 'warmth of the fire',
  ],
  explosions: ['fireworks', 'firework', 'fuegos artificiales', "feux d'artifice", 'feux artifice'],
  'death-and-loss': [
    'dead leaves', 'dead calm', 'dead of winter', 'dead of night', 'dying light', 'dying embers',
  ],
  blood: ['blood moon', 'blood red', 'blood-red'], accidents: ['shipwreck', 'shipwrecks'],
  war: ['tank', 'tanks'],
}

/**
 * Harmless phrases that contain a trauma word and are not even worth mentioning.
 * Equal-length matches prefer these, and longer matches always win ("killer whale" over "killer").
 */
// prettier-ignore
export const BENIGN_PHRASES: readonly string[] = [
  'lost in a book', 'lost in thought', 'lost in thoughts', 'lost in the moment', 'lost in music', 'lost track',
  'lost track of time', 'lost my way', 'lost a little', 'lost my breath', 'lost my keys', 'lost in the music',
  'lost in a good book', 'lost in the book', 'lost in the story', 'killer whale', 'killer whales', 'fireflies',
  'firefly', 'firefighter', 'fireman', 'shooting star', 'shooting stars', 'blade of grass', 'blades of grass',
  'grass blades', 'shoulder blade', 'had a blast', 'have a blast', 'having a blast', 'beaten path',
  'beaten track', 'blood orange', 'blood oranges', 'burnt orange', 'burnt sienna', 'burnt umber', 'sunburn',
  'sunburnt', 'heartburn', 'fish tank', 'think tank', 'water tank', 'die down', 'dies down', 'died down',
  'dying down', 'fight off sleep', 'pillow fight', 'snowball fight', 'snowball fights', 'water fight',
  'battle of the bands', 'wound up', 'wind turbine', 'burn off', 'burns off', 'burned off', 'burning sun',
  'mourning dove', 'mourning doves', 'wound through', 'wound its', 'wound along', 'wound around', 'wound down',
  'wound between', 'fire opal', 'fire lily', 'fire lilies',
  // Everyday idioms of delight and tiredness. Real risk words ("I want to die") are the risk screen's to raise.
  'dying to', 'dying for a', 'killer view', 'killer views', 'view is killer', 'views are killer', 'view was killer',
  'killer sunset', 'killer sunsets', 'could kill for a', 'would kill for a', 'kill for a', 'feet are killing me',
  'feet were killing me', 'feet killing me', 'legs are killing me', 'back is killing me', 'shoes are killing me',
  'drop dead gorgeous', 'dead tired',
]
