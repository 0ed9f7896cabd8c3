import { cues, names, type LexiconEntry } from './effects'

/**
 * Place words. Names weigh 3 (multi-word names 4); cue words weigh 0.5–1.5 and add up, so a paraphrase
 * without any name ("salt air and gulls") still finds its place. Lemmas match too ("pines" → "pine").
 */
// prettier-ignore
export const PLACE_ENTRIES: readonly LexiconEntry[] = [
  // beach
  ...names('beach', 3, [
    'beach', 'beaches', 'shore', 'shoreline', 'seashore', 'seaside', 'coast', 'coastline', 'lagoon', 'cove',
    'bay', 'seafront', 'playa', 'costa', 'orilla', 'plage', 'cote', 'rivage', 'littoral',
  ]),
  ...names('beach', 4, [
    'tropical island', 'sandy beach', 'white sand', 'by the sea', 'by the ocean', 'sea shore',
    'au bord de la mer', 'bord de mer', 'orilla del mar',
  ]),
  ...cues('beach', 2, ['ocean', 'sea', 'mar', 'oceano', 'mer', 'ocean'], ['waves']),
  ...cues('beach', 1.5, [
    'waves', 'wave', 'surf', 'tide', 'tides', 'sand', 'sandy', 'palm', 'palms', 'island', 'seashell',
    'seashells', 'shells', 'seagull', 'seagulls', 'gulls', 'gull', 'pier', 'boardwalk', 'lighthouse',
    'sandcastle', 'olas', 'ola', 'arena', 'vagues', 'sable', 'mouettes',
  ]),
  ...cues('beach', 1, [
    'salt', 'salty', 'brine', 'driftwood', 'breakers', 'wood', 'foam', 'horizon', 'sailboat', 'sailboats',
    'barefoot', 'dune grass', 'crab', 'crabs', 'towel', 'sunscreen', 'flip flops', 'ebb', 'pebbles', 'tidal',
    'tide pools', 'salt air', 'sea breeze', 'sea air', 'spray', 'coconut', 'coconuts', 'hammock',
    'toes in the sand',
  ]),
  // forest
  ...names('forest', 3, [
    'forest', 'forests', 'woods', 'woodland', 'woodlands', 'jungle', 'rainforest', 'grove', 'bosque', 'selva',
    'foret', 'bois', 'thicket', 'taiga',
  ]),
  ...names('forest', 4, [
    'pine forest', 'pine woods', 'redwood forest', 'old growth', 'forest floor', 'deep woods', 'birch forest',
    'oak forest',
  ]),
  ...cues(
    'forest',
    1.5,
    [
      'trees', 'tree', 'pines', 'pine', 'oaks', 'oak', 'birch', 'birches', 'redwoods', 'redwood', 'spruce',
      'fir', 'firs', 'cedar', 'cedars', 'maple', 'maples', 'trunks', 'trunk', 'canopy', 'moss', 'mossy',
      'ferns', 'fern', 'arboles', 'arbres', 'sapins', 'pinos', 'beech', 'evergreens', 'evergreen', 'timber',
    ],
    ['trees'],
  ),
  ...cues('forest', 1, [
    'bark', 'leaves', 'leaf', 'needles', 'pine needles', 'branches', 'branch', 'mushrooms', 'mushroom',
    'undergrowth', 'underfoot', 'roots', 'acorns', 'pinecones', 'pine cones', 'squirrel', 'squirrels', 'owl',
    'owls', 'deer', 'woodpecker', 'trail', 'dappled', 'shade', 'shady', 'lichen', 'hiking', 'cabin', 'logs',
    'log', 'tall trunks', 'foliage', 'leafy', 'timberline', 'elves', 'woodsy', 'hojas', 'feuilles',
  ]),
  // meadow
  ...names('meadow', 3, [
    'meadow', 'meadows', 'field', 'fields', 'grassland', 'grasslands', 'prairie', 'pasture', 'pastures',
    'countryside', 'savanna', 'steppe', 'prado', 'pradera', 'campo', 'prairie', 'champ', 'champs', 'hillside',
    'hills', 'farmland', 'heath', 'moor', 'moorland',
  ]),
  ...names('meadow', 4, [
    'rolling hills', 'lavender field', 'lavender fields', 'wheat field', 'sunflower field', 'open field',
    'green hills', 'flower field', 'wildflower meadow',
  ]),
  ...cues('meadow', 1.5, [
    'grass', 'grassy', 'wildflowers', 'wildflower', 'clover', 'daisies', 'daisy', 'poppies', 'poppy',
    'buttercups', 'dandelions', 'dandelion', 'hay', 'haystack', 'wheat', 'barley', 'lavender', 'sheep', 'cows',
    'horses', 'farm', 'barn', 'hierba', 'herbe', 'fleurs sauvages', 'long grass', 'tall grass',
  ]),
  ...cues('meadow', 1, [
    'butterflies', 'butterfly', 'bees', 'bee', 'crickets', 'grasshoppers', 'picnic', 'kite', 'fence',
    'hedgerow', 'hedgerows', 'sunflowers', 'cornfield', 'lark', 'open sky', 'rolling', 'green',
  ]),
  // mountain-lake
  ...names('mountain-lake', 3, [
    'lake', 'lakes', 'mountain', 'mountains', 'pond', 'fjord', 'loch', 'lakeside', 'lakeshore', 'reservoir',
    'tarn', 'lago', 'montana', 'montanas', 'lac', 'montagne', 'montagnes', 'etang', 'valley', 'alps', 'peaks',
    'peak', 'summit', 'cordillera', 'sierra',
  ]),
  ...names('mountain-lake', 4, [
    'alpine lake', 'mountain lake', 'mountain lakes', 'lake shore', 'mountain range', 'mountain top',
    'mountaintop', 'glacial lake', 'lac de montagne', 'lago de montana', 'still lake',
  ]),
  ...cues('mountain-lake', 1.5, [
    'alpine', 'ridge', 'ridges', 'cliffs', 'cliff', 'canoe', 'kayak', 'rowboat', 'dock', 'jetty', 'reflection',
    'reflections', 'reflected', 'mirror', 'glassy', 'loons', 'loon', 'cabin', 'waterfall', 'waterfalls',
    'stream', 'streams', 'river', 'rivers', 'creek', 'brook', 'rio', 'riviere', 'slopes', 'granite',
    'boulders', 'pines on the shore', 'still water', 'calm water', 'lily pads', 'trout', 'summits',
    'snowcapped', 'snow capped', 'snow-capped', 'foothills', 'mountainside', 'rocky', 'rocks', 'stone',
    'stones', 'ripples', 'paddle', 'paddling', 'misty water',
  ]),
  ...cues('mountain-lake', 1, [
    'water', 'agua', 'eau', 'bridge', 'heron', 'herons', 'ducks', 'swans', 'swan', 'eagle', 'thin air',
    'crisp air', 'high up', 'far below', 'pebbles',
  ]),
  // snow
  ...names('snow', 3, [
    'snowfield', 'snowfields', 'glacier', 'glaciers', 'tundra', 'arctic', 'antarctic', 'antarctica', 'iceberg',
    'icebergs', 'igloo', 'nieve', 'neige', 'snowscape', 'ice field', 'snow field', 'north pole',
  ]),
  ...names('snow', 4, [
    'snowy field', 'snow covered', 'covered in snow', 'fresh snow', 'deep snow', 'winter landscape',
    'winter wonderland', 'frozen lake', 'snowy landscape', 'snowy hills', 'snowy plain', 'paysage de neige',
  ]),
  ...cues('snow', 2, ['snow', 'snowy', 'snowdrifts', 'snowdrift', 'snowbank', 'powder']),
  ...cues('snow', 1.5, [
    'snowflakes', 'snowflake', 'falling snow', 'snowfall', 'snowing', 'flurries', 'sleet',
  ]),
  ...cues('snow', 1.5, [
    'ice', 'icy', 'frozen', 'frost', 'frosty', 'winter', 'wintry', 'sled', 'sledding', 'skiing', 'ski', 'skis',
    'snowman', 'snowshoes', 'icicles', 'polar', 'penguins', 'penguin', 'mittens', 'scarf', 'invierno', 'hiver',
    'hielo', 'glace', 'white silence', 'crunch underfoot', 'crunching', 'sleigh', 'frozen breath',
    'breath clouds', 'cold white', 'blanket of white', 'all white', 'white everywhere', 'whiteness',
  ]),
  ...cues('snow', 1, [
    'cold', 'chilly', 'freezing', 'reindeer', 'huskies', 'hot cocoa', 'hot chocolate', 'wool', 'crisp',
    'white', 'blanket',
  ]),
  // garden
  ...names('garden', 3, [
    'garden', 'gardens', 'greenhouse', 'courtyard', 'orchard', 'park', 'backyard', 'allotment', 'conservatory',
    'arboretum', 'jardin', 'jardines', 'huerto', 'parque', 'parc', 'verger', 'terrace', 'patio',
  ]),
  ...names('garden', 4, [
    'rose garden', 'zen garden', 'japanese garden', 'flower garden', 'botanical garden', 'walled garden',
    'secret garden', 'herb garden', 'tea garden', 'cherry orchard', 'flower beds',
  ]),
  ...cues('garden', 1.5, [
    'roses', 'rose', 'tulips', 'tulip', 'peonies', 'peony', 'lilies', 'lily', 'hydrangeas', 'blossom',
    'blossoms', 'cherry blossoms', 'cherry blossom', 'flowerbeds', 'flowerbed', 'fountain', 'koi', 'bench',
    'trellis', 'pergola', 'hedge', 'hedges', 'flowerpots', 'pots', 'planters', 'gazebo', 'bonsai', 'wisteria',
    'jasmine', 'honeysuckle', 'herbs', 'vegetables', 'gardening', 'lawn', 'birdbath', 'gravel path',
    'stepping stones', 'raked gravel', 'watering can', 'flores', 'fleurs', 'rosas', 'roses blanches', 'bloom',
    'blooms', 'blooming', 'petals', 'hummingbird', 'hummingbirds', 'lanterns', 'flower', 'flowers',
  ]),
  ...cues('garden', 1, [
    'tea', 'sundial', 'statue', 'pond with', 'gnome', 'pruning', 'fragrance', 'fragrant', 'scent of roses',
    'orchids', 'camellias', 'magnolia', 'apple trees', 'fruit trees',
  ]),
  // desert
  ...names('desert', 3, [
    'desert', 'deserts', 'dunes', 'dune', 'sahara', 'oasis', 'badlands', 'mesa', 'mesas', 'canyon', 'canyons',
    'desierto', 'dunas', 'desert', 'dunes', 'wadi', 'outback',
  ]),
  ...names('desert', 4, [
    'sand dunes', 'sand dune', 'red rocks', 'red rock', 'salt flats', 'dunes de sable', 'dunas de arena',
  ]),
  ...cues('desert', 1.5, [
    'cactus', 'cacti', 'cactuses', 'camel', 'camels', 'caravan', 'arid', 'dry heat', 'sandstone', 'tumbleweed',
    'scorpion', 'lizard', 'lizards', 'sagebrush', 'yucca', 'joshua tree', 'mirage', 'nomads', 'dry', 'parched',
    'endless sand', 'sand stretching', 'rippled sand', 'sand ripples', 'heat shimmer', 'shimmering heat',
    'cactus', 'adobe', 'succulents', 'sun baked', 'sunbaked', 'bedouin', 'cactus flowers',
  ]),
  ...cues('desert', 1, [
    'sand', 'ochre', 'terracotta', 'vast', 'emptiness', 'heat', 'hot', 'wind-carved', 'carved',
  ]),
  // underwater
  ...names('underwater', 3, [
    'underwater', 'undersea', 'reef', 'reefs', 'seabed', 'seafloor', 'ocean floor', 'sea floor',
    'bajo el agua', 'sous l eau', 'sous la mer', 'fond marin', 'fondo del mar', 'arrecife', 'recif',
  ]),
  ...names('underwater', 4, [
    'coral reef', 'coral reefs', 'under the sea', 'under the ocean', 'under the water', 'beneath the waves',
    'beneath the surface', 'below the surface', 'under the surface', 'bottom of the sea', 'kelp forest',
    'bajo el mar', 'ocean depths',
  ]),
  ...cues('underwater', 2, [
    'coral', 'corals', 'kelp', 'seaweed', 'jellyfish', 'scuba', 'snorkeling', 'snorkelling',
    'snorkel', 'diver', 'divers', 'submerged', 'anemones', 'anemone', 'seahorse', 'seahorses', 'sea turtle',
    'sea turtles', 'turtle', 'turtles', 'manta', 'rays', 'dolphins', 'dolphin', 'whale', 'whales', 'bubbles',
    'swimming with', 'floating beneath', 'light rays', 'shafts of light', 'weightless', 'sunbeams through',
  ]),
  ...cues('underwater', 1.5, [
    'fish', 'fishes', 'school of fish', 'shoal', 'octopus', 'starfish', 'sea star', 'sea urchin', 'blue green',
    'deep blue', 'peces', 'poissons', 'gills', 'fins', 'depths', 'below me', 'above me the light',
  ]),
  ...cues('underwater', 1, ['diving', 'dive']),
  ...cues('underwater', 0.5, ['drift', 'drifting', 'float', 'floating', 'swimming']),
  // night sky
  ...names('night-sky', 3, [
    'night sky', 'starry sky', 'milky way', 'galaxy', 'galaxies', 'cosmos', 'universe', 'outer space',
    'constellations', 'constellation', 'northern lights', 'aurora', 'aurora borealis', 'nebula',
    'cielo estrellado', 'via lactea', 'ciel etoile', 'voie lactee', 'aurore boreale', 'starfield',
  ]),
  ...names('night-sky', 4, [
    'starry night', 'sky full of stars', 'night full of stars', 'stars above', 'under the stars',
    'beneath the stars', 'shooting stars', 'shooting star', 'full moon', 'moonlit sky',
  ]),
  ...cues('night-sky', 1.5, [
    'stars', 'star', 'starry', 'starlight', 'planets', 'planet', 'comet', 'meteor', 'meteors', 'moon',
    'moonlight', 'moonlit', 'telescope', 'stargazing', 'infinite', 'estrellas', 'etoiles', 'luna', 'lune',
    'orbit', 'floating in space', 'twinkling', 'twinkle', 'glittering sky', 'lights in the sky',
    'dancing lights', 'ribbons of light', 'green lights', 'vastness', 'endless sky', 'dark sky',
  ]),
]
