import { times, weathers, type LexiconEntry } from './effects'

/** Time of day and weather words. Negated weather ("no clouds") counts towards a clear sky instead. */
// prettier-ignore
export const SKY_ENTRIES: readonly LexiconEntry[] = [
  ...times(
    'dawn',
    3,
    [
      'dawn', 'sunrise', 'daybreak', 'first light', 'break of day', 'sunup', 'sun rising', 'rising sun',
      'sun rises', 'sun coming up', 'sun comes up', 'amanecer', 'alba', 'aube', 'lever du soleil', 'aurore',
      'early light', 'before the world wakes', 'sun is rising',
    ],
    'at dawn',
  ),
  ...times(
    'dawn',
    2,
    ['early morning', 'very early', 'crack of dawn', 'pale light', 'first birds'],
    'at dawn',
  ),
  ...times(
    'morning',
    3,
    [
      'morning', 'mornings', 'breakfast', 'manana', 'matin', 'matinee', 'morning light', 'morning sun',
      'morning mist', 'morning dew',
    ],
    'in the morning',
  ),
  ...times('morning', 1, ['dew', 'dewy', 'fresh day', 'coffee', 'waking up'], 'in the morning'),
  ...times(
    'midday',
    3,
    [
      'noon', 'midday', 'high noon', 'noon sun', 'midday sun', 'lunchtime', 'lunch', 'mediodia', 'midi',
      'sun overhead', 'sun directly above', 'high sun', 'sun high',
    ],
    'at midday',
  ),
  ...times(
    'afternoon',
    3,
    ['afternoon', 'afternoons', 'tarde', 'apres midi', 'after lunch', 'siesta'],
    'in the afternoon',
  ),
  ...times('afternoon', 1, ['summer day', 'sunny day', 'lazy day', 'daytime'], 'in the afternoon'),
  ...times(
    'golden-hour',
    3,
    [
      'sunset', 'sunsets', 'golden hour', 'late afternoon', 'setting sun', 'sun setting', 'sun sets',
      'sundown', 'sun going down', 'sun goes down', 'sinking sun', 'evening sun', 'evening light',
      'golden light', 'low sun', 'atardecer', 'puesta de sol', 'coucher de soleil', 'coucher du soleil',
      'soleil couchant', 'last light', 'sun dips', 'sun was setting', 'sun is setting',
    ],
    'at sunset',
  ),
  ...times('golden-hour', 1, ['golden', 'amber light', 'long shadows', 'warm light'], 'at sunset'),
  ...times(
    'dusk',
    3,
    [
      'dusk', 'twilight', 'evening', 'evenings', 'nightfall', 'gloaming', 'blue hour', 'after sunset',
      'after the sun sets', 'after the sunset', 'crepuscule', 'crepusculo', 'anochecer', 'soir', 'soiree',
      'late evening', 'fading light', 'day fades', 'sky darkens',
    ],
    'at dusk',
  ),
  ...times(
    'night',
    3,
    [
      'night', 'nights', 'midnight', 'nighttime', 'night time', 'noche', 'nuit', 'tonight', 'after dark',
      'darkness', 'moonlight', 'moonlit', 'starlight', 'starlit', 'northern lights', 'aurora',
      'aurora borealis', 'milky way', 'stars', 'starry', 'constellations', 'full moon', 'crescent moon',
      'bedtime', 'late at night', 'in the dark', 'estrellas', 'etoiles',
    ],
    'at night',
  ),
  ...times(
    'night',
    1.5,
    ['moon', 'luna', 'lune', 'fireflies', 'owl', 'owls', 'crickets', 'dark', 'glowing lanterns'],
    'at night',
  ),
  // weather
  ...weathers('clear', 2, [
    'clear', 'clear sky', 'clear skies', 'cloudless', 'blue sky', 'blue skies', 'sunny', 'sunshine', 'bright',
    'not a cloud', 'cielo despejado', 'ciel clair', 'soleado', 'ensoleille', 'sunlit',
  ]),
  ...weathers('cloudy', 2, [
    'clouds', 'cloud', 'cloudy', 'overcast', 'grey sky', 'gray sky', 'grey skies', 'gray skies', 'nubes',
    'nuages', 'nublado', 'nuageux', 'clouded', 'puffy clouds', 'fluffy clouds',
  ]),
  ...weathers('fog', 3, [
    'fog', 'foggy', 'mist', 'misty', 'haze', 'hazy', 'mists', 'fogbank', 'low clouds', 'niebla', 'bruma',
    'brouillard', 'brume', 'brumeux', 'veil of mist', 'murky', 'vapour', 'vapor', 'smog',
  ]),
  ...weathers('rain', 3, [
    'rain', 'raining', 'rainy', 'rains', 'rained', 'drizzle', 'drizzling', 'showers', 'rainfall', 'raindrops',
    'raindrop', 'downpour', 'lluvia', 'llueve', 'pluie', 'pleut', 'pitter patter', 'puddles', 'umbrella',
    'drops on the window', 'rain on the roof', 'monsoon', 'sprinkle',
  ]),
  ...weathers('snow', 3, [
    'snowing', 'snowfall', 'snowflakes', 'snowflake', 'falling snow', 'flurries', 'snow falling', 'snow falls',
    'snow fell', 'nieva', 'neige qui tombe', 'sleet', 'blizzard',
  ]),
  ...weathers('snow', 1, ['snow', 'snowy', 'nieve', 'neige']),
  ...weathers('wind', 3, [
    'wind', 'windy', 'winds', 'gust', 'gusts', 'gusty', 'breezy', 'blustery', 'viento', 'vent', 'windswept',
    'blowing', 'wind chimes', 'kites',
  ]),
  ...weathers('wind', 1, ['swaying', 'rustling', 'billowing', 'windblown']),
  ...weathers('wind', 2, ['breeze', 'breezes', 'brisa', 'brise', 'sea breeze']),
  ...weathers('storm', 4, [
    'storm', 'storms', 'stormy', 'thunder', 'thunderstorm', 'thunderstorms', 'lightning', 'tempest', 'gale',
    'hurricane', 'typhoon', 'tormenta', 'orage', 'tempete', 'thunderclouds', 'storm clouds',
  ]),
  ...weathers('storm', 2, ['blizzard']),
]
