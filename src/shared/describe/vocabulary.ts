/**
 * English words the interpreter understands, for the VR keyboard's suggestions. The browser never loads the
 * interpreter itself, so the list is kept here, and a test reads every word through the interpreter to be sure each
 * one still leads somewhere (a place, a time, the weather, a thing painted or a feeling).
 */
// prettier-ignore
export const DESCRIBE_VOCABULARY: readonly string[] = [
  // places
  'beach', 'shore', 'coast', 'ocean', 'island', 'lagoon', 'forest', 'woods', 'woodland', 'jungle', 'meadow', 'field',
  'fields', 'prairie', 'countryside', 'mountain', 'mountains', 'lake', 'alpine', 'snow', 'snowy', 'winter', 'garden',
  'orchard', 'desert', 'dunes', 'oasis', 'underwater', 'reef', 'sky', 'stars', 'galaxy', 'cosmos', 'room', 'cabin',
  'kitchen', 'library', 'valley', 'river', 'waterfall', 'stream',
  // times and weather
  'dawn', 'sunrise', 'morning', 'midday', 'noon', 'afternoon', 'evening', 'sunset', 'dusk', 'twilight', 'night',
  'midnight', 'cloudy', 'mist', 'misty', 'fog', 'foggy', 'rain', 'rainy', 'drizzle', 'snowfall', 'breeze',
  'breezy', 'windy',
  // things
  'waves', 'palms', 'birds', 'boats', 'sailboat', 'moon', 'moonlight', 'sun', 'sunshine', 'clouds', 'trees', 'pines',
  'flowers', 'roses', 'tulips', 'lavender', 'sunflowers', 'butterflies', 'fireflies', 'lanterns', 'candles', 'deer',
  'fish', 'whales', 'turtles', 'dolphins', 'jellyfish', 'coral', 'shells', 'rainbow', 'aurora', 'lighthouse', 'bridge',
  'bench', 'hammock', 'pier', 'path', 'fountain', 'leaves', 'grass', 'rocks', 'cactus', 'planets', 'bubbles', 'kelp',
  // feelings
  'calm', 'peaceful', 'safe', 'quiet', 'gentle', 'warm', 'cozy', 'cosy', 'relaxed', 'rested', 'content', 'happy',
  'hopeful', 'free', 'loved', 'serene', 'tranquil', 'soft', 'still', 'bright', 'golden',
]
