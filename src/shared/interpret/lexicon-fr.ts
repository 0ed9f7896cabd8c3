import { cues, motif, names, times, weathers, type InterpretWords, type LexiconEntry } from './effects'

/*
 * French, as people in France, Belgium, Switzerland and Québec name a calm place. Read together with the English
 * lexicon, which already knows a few French words ("plage", "mer", "foret", "lac", "nuit", "soir"): those are not
 * repeated here, since entries with the same words add up. Diacritics are stripped and elisions split by the
 * tokenizer, so "l'étang" is read as "l etang". No stemming: plurals and feminine forms are listed.
 */

// prettier-ignore
const PLACES: readonly LexiconEntry[] = [
  // La plage
  ...names('beach', 3, ['plages', 'crique', 'criques', 'anse', 'baie', 'cotes', 'grande plage', 'bord de l ocean']),
  ...names('beach', 4, [
    'plage de sable', 'sable fin', 'sable blanc', 'bord de la mer', 'ile tropicale', 'plage de galets',
    'front de mer', 'cote d azur', 'sur le sable', 'au bord de l ocean',
  ]),
  ...cues('beach', 2, ['mers', 'oceans', 'au large'], ['waves']),
  ...cues('beach', 1.5, [
    'vague', 'sables', 'mouette', 'goelands', 'goeland', 'galets', 'coquillages', 'coquillage', 'maree',
    'marees', 'maree basse', 'maree haute', 'ressac', 'embruns', 'ile', 'iles', 'palmier', 'palmiers',
    'voilier', 'voiliers', 'digue', 'transat', 'parasol', 'chateau de sable', 'cocotier', 'cocotiers', 'ecume',
    'houle', 'sable chaud', 'serviette de plage',
  ]),
  ...cues('beach', 1, ['sel', 'iode', 'crabe', 'crabes', 'pieds nus', 'bateau', 'bateaux', 'baignade']),

  // La forêt
  ...names('forest', 3, [
    'forets', 'sous bois', 'jungle', 'foret tropicale', 'bosquet', 'futaie', 'broceliande', 'au fond des bois',
  ]),
  ...names('forest', 4, [
    'foret de pins', 'foret de sapins', 'foret de chenes', 'foret de bouleaux', 'foret de bambous',
    'foret profonde', 'vieille foret', 'foret vierge', 'foret d automne',
  ]),
  ...cues('forest', 1.5, [
    'arbre', 'pin', 'chenes', 'chene', 'bouleaux', 'bouleau', 'hetres', 'hetre', 'sapin', 'troncs', 'tronc',
    'fougeres', 'fougere', 'feuillage', 'canopee', 'bambous', 'bambou', 'erables', 'erable', 'cedres',
    'coniferes', 'mousse des bois',
  ], ['trees']),
  ...cues('forest', 1, [
    'champignons', 'champignon', 'branches', 'branche', 'ecorce', 'racines', 'glands', 'ecureuil', 'ecureuils',
    'biche', 'cerf', 'chevreuil', 'hibou', 'hiboux', 'chouette', 'sentier', 'clairiere', 'aiguilles de pin',
    'pommes de pin', 'randonnee', 'rando', 'mousse',
  ]),

  // La prairie, la campagne
  ...names('meadow', 3, [
    'prairies', 'pre', 'campagne', 'pature', 'paturage', 'paturages', 'colline', 'collines', 'lande', 'landes',
    'plaine', 'plaines', 'savane', 'steppe',
  ]),
  ...names('meadow', 4, [
    'pre fleuri', 'pres fleuris', 'champ de lavande', 'champs de lavande', 'champ de ble', 'champs de ble',
    'champ de tournesols', 'champs de tournesols', 'champ de coquelicots', 'champ de fleurs', 'hautes herbes',
    'herbes hautes', 'collines verdoyantes',
  ]),
  ...cues('meadow', 1.5, [
    'herbes', 'coquelicots', 'coquelicot', 'paquerettes', 'marguerites', 'pissenlits', 'boutons d or', 'trefle',
    'foin', 'ble', 'orge', 'lavande', 'tournesols', 'moutons', 'vaches', 'chevaux', 'ferme', 'grange',
    'meules de foin', 'fleurs sauvages',
  ]),
  ...cues('meadow', 1, [
    'abeilles', 'grillons', 'cigales', 'sauterelles', 'papillons', 'pique nique', 'cerf volant', 'cloture',
    'haie', 'haies', 'verdoyant', 'verdoyante',
  ]),

  // Le lac, la montagne
  ...names('mountain-lake', 3, [
    'lacs', 'etangs', 'mont', 'monts', 'sommet', 'sommets', 'cime', 'cimes', 'massif', 'alpes', 'pyrenees',
    'leman', 'refuge',
  ]),
  ...names('mountain-lake', 4, [
    'lac de montagne', 'lac alpin', 'bord du lac', 'au bord du lac', 'au bord d un lac', 'bord de l etang',
    'en haut de la montagne',
  ]),
  ...cues('mountain-lake', 1.5, [
    'falaises', 'falaise', 'cretes', 'crete', 'barque', 'canoe', 'kayak', 'ponton', 'reflet', 'reflets',
    'miroir', 'nenuphars', 'rochers', 'rocher', 'pentes', 'alpage', 'alpages', 'truites', 'eau calme',
    'eau lisse',
  ]),
  ...cues('mountain-lake', 1, ['pierres', 'heron', 'cygnes', 'canards', 'aigle', 'marmottes', 'air pur']),

  // La neige
  ...names('snow', 3, [
    'banquise', 'toundra', 'pole nord', 'station de ski', 'piste de ski', 'pistes de ski', 'igloo', 'enneige',
    'enneigee', 'enneiges', 'enneigees',
  ]),
  ...names('snow', 4, [
    'paysage enneige', 'sous la neige', 'neige fraiche', 'lac gele', 'village enneige', 'montagne enneigee',
    'montagnes enneigees', 'sommets enneiges', 'foret enneigee',
  ]),
  // Snow lying on the trees is not snow falling: these name the place and no weather (an empty weather keeps
  // the phrase's own "neige" from counting as snowfall).
  ...(['couvert de neige', 'couverts de neige', 'couverte de neige', 'couvertes de neige'] as const).map(
    (t) => [t, { biome: { snow: 4 }, place: 'snow', weather: {} }] as const,
  ),
  ...cues('snow', 1.5, [
    'gele', 'gelee', 'geles', 'givre', 'flocons', 'flocon', 'ski', 'luge', 'bonhomme de neige', 'raquettes',
    'stalactites', 'hivernal', 'hivernale', 'poudreuse', 'congere', 'congeres', 'poudrerie', 'glacier',
    'glaciers', 'glacon', 'glacons',
  ]),
  ...cues('snow', 1, ['froid', 'froide', 'glacial', 'glaciale', 'bonnet', 'moufles', 'echarpe', 'laine', 'rennes']),

  // Le jardin
  ...names('garden', 3, [
    'jardins', 'potager', 'roseraie', 'serre', 'square', 'tonnelle', 'jardin public', 'terrasse',
    'jardinet',
  ]),
  ...names('garden', 4, [
    'jardin japonais', 'jardin zen', 'jardin fleuri', 'jardin secret', 'jardin botanique', 'jardin d hiver',
    'jardin anglais', 'jardin de cure',
  ]),
  ...cues('garden', 1.5, [
    'rosiers', 'rosier', 'tulipes', 'pivoines', 'hortensias', 'glycine', 'jasmin', 'chevrefeuille',
    'massifs de fleurs', 'parterre', 'parterres', 'fontaine', 'bassin', 'carpes', 'carpes koi', 'pelouse',
    'gazon', 'arrosoir', 'tomates', 'basilic', 'legumes', 'herbes aromatiques', 'petales', 'pommiers',
    'arbres fruitiers', 'cerisiers en fleurs', 'cerisiers', 'pergola', 'nains de jardin',
  ]),
  // "Rose" alone is mostly the colour in French ("un ciel rose"); the English lexicon reads it as the flower.
  // This takes back the garden weight the English entry gives, and keeps its colour. "Des roses", "rosiers" and
  // "roseraie" still name the garden.
  ['rose', { biome: { garden: -1.5 }, colour: '#e2a9b4' }],
  ['roses', { colour: '#e2a9b4' }],

  // Le désert
  ...names('desert', 3, ['deserts', 'erg', 'mer de sable', 'desert de sable']),
  ...cues('desert', 1.5, [
    'chameau', 'chameaux', 'dromadaire', 'dromadaires', 'caravane', 'aride', 'arides', 'touaregs', 'mirage',
    'scorpion', 'lezard', 'lezards', 'secheresse', 'bedouins', 'nomades', 'sable a perte de vue',
  ]),

  // Sous l'eau
  ...names('underwater', 3, [
    'sous marin', 'sous marins', 'fonds marins', 'recifs', 'recif corallien', 'fond de la mer', 'fond de l ocean',
    'grands fonds', 'sous les vagues', 'sous la surface',
  ]),
  ...cues('underwater', 2, [
    'coraux', 'corail', 'plongee', 'plonger', 'plonge', 'plongeur', 'plongeuse', 'tuba', 'masque et tuba',
    'meduses', 'meduse', 'tortue', 'tortues', 'tortue de mer', 'dauphins', 'dauphin', 'baleine', 'baleines',
    'hippocampe', 'hippocampes', 'raie', 'raies', 'poulpe', 'pieuvre', 'anemones', 'bulles', 'algues',
  ]),
  ...cues('underwater', 1.5, [
    'poisson', 'poissons colores', 'banc de poissons', 'etoile de mer', 'oursin', 'oursins', 'profondeurs',
  ]),
  ...cues('underwater', 0.5, ['nager', 'nage', 'je nage', 'flotter', 'flotte']),

  // Le ciel de nuit
  ...names('night-sky', 3, [
    'ciel de nuit', 'ciel nocturne', 'galaxie', 'galaxies', 'cosmos', 'univers', 'espace', 'constellations',
    'constellation', 'nebuleuse', 'ciel plein d etoiles', 'nuit etoilee',
  ]),
  ...names('night-sky', 4, [
    'etoiles filantes', 'etoile filante', 'pluie d etoiles', 'aurores boreales', 'ciel etoile',
  ]),
  ...cues('night-sky', 1.5, [
    'etoile', 'planetes', 'planete', 'comete', 'cometes', 'meteores', 'clair de lune', 'telescope',
    'a la belle etoile', 'sous les etoiles', 'pleine lune',
  ]),

  // La chambre, le salon, la cuisine
  ...names('cozy-room', 3, [
    'chambre', 'salon', 'cuisine', 'bibliotheque', 'grenier', 'maison', 'mansarde', 'coin lecture', 'veranda',
  ]),
  ...names('cozy-room', 4, [
    'chambre douillette', 'piece chaleureuse', 'coin de la cheminee', 'devant la cheminee', 'pres de la cheminee',
    'salle de sejour',
  ]),
  // As strong as a name: by the fire, inside.
  ...cues('cozy-room', 4, ['au coin du feu', 'coin du feu', 'pres du feu', 'devant le feu']),
  ...cues('cozy-room', 2, ['piece', 'canape', 'fauteuil', 'plaid', 'couette', 'lit', 'a l interieur']),
  ...cues('cozy-room', 1.5, [
    'coussins', 'coussin', 'tapis', 'etagere', 'etageres', 'livres', 'livre', 'lampe', 'bouilloire',
    'tasse de the', 'tasse', 'the', 'tisane', 'chocolat chaud', 'poele', 'four', 'fenetre', 'rideaux',
    'cheminee', 'feu de cheminee', 'parquet', 'chat qui ronronne', 'ronronne', 'tricot', 'pantoufles', 'soupe',
    'crepes', 'gateau', 'au chaud', 'bien au chaud',
  ]),
  ...cues('cozy-room', 1, ['grand mere', 'mamie', 'grands parents', 'grand pere', 'papi', 'table', 'chaise']),

  // La rivière, la vallée
  ...names('river-valley', 3, [
    'vallees', 'vallon', 'vallons', 'gorges', 'canal', 'berge', 'berges', 'cascades', 'chute d eau',
    'chutes d eau', 'ravin',
  ]),
  ...names('river-valley', 4, [
    'au bord de la riviere', 'bord de la riviere', 'au bord du ruisseau', 'bord du ruisseau', 'bord d un ruisseau',
    'au fil de l eau', 'le long de la riviere', 'bord du fleuve', 'bords de loire', 'bords de seine',
    'bord de l eau',
  ]),
  ...cues('river-valley', 2, ['rivieres', 'ruisseau', 'ruisseaux', 'fleuve', 'torrent', 'torrents']),
  ...cues('river-valley', 1.5, [
    'peniche', 'peniches', 'rapides', 'moulin', 'ecluse', 'loutre', 'loutres', 'martin pecheur',
  ]),
]

// prettier-ignore
const SKY: readonly LexiconEntry[] = [
  ...times('dawn', 3, [
    'lever du jour', 'petit jour', 'petit matin', 'point du jour', 'a l aurore', 'aux aurores', 'levant',
    'soleil levant', 'lever de soleil', 'premieres lueurs', 'tot le matin', 'de bon matin',
  ], 'at dawn'),
  ...times('morning', 3, ['matins', 'matinees', 'au matin', 'ce matin', 'matinale'], 'in the morning'),
  ...times('morning', 1, ['rosee', 'petit dejeuner', 'cafe du matin', 'au reveil'], 'in the morning'),
  ...times('midday', 3, [
    'en plein midi', 'heure du dejeuner', 'soleil au zenith', 'zenith', 'plein soleil de midi', 'midi pile',
  ], 'at midday'),
  ...times('afternoon', 3, [
    'apres midis', 'debut d apres midi', 'debut de l apres midi', 'milieu d apres midi', 'l aprem', 'aprem',
  ], 'in the afternoon'),
  ...times('afternoon', 1, ['journee d ete', 'sieste', 'gouter'], 'in the afternoon'),
  ...times('golden-hour', 3, [
    'fin d apres midi', 'fin de l apres midi', 'fin de journee', 'couchant', 'couchers de soleil',
    'heure doree', 'lumiere doree', 'soleil qui se couche', 'soleil se couche', 'lumiere du soir',
    'soleil du soir', 'coucher du soleil',
  ], 'at sunset'),
  ...times('dusk', 3, [
    'tombee de la nuit', 'tombee du jour', 'la nuit tombe', 'entre chien et loup', 'heure bleue', 'soirs',
    'soirees', 'le soir', 'ce soir', 'en soiree',
  ], 'at dusk'),
  ...times('night', 3, [
    'la nuit', 'nuits', 'minuit', 'nuit noire', 'nuit etoilee', 'clair de lune', 'nocturne', 'pleine lune',
    'etoile filante', 'etoiles filantes', 'a la belle etoile', 'sous les etoiles', 'en pleine nuit',
  ], 'at night'),
  ...times('night', 1.5, ['lucioles', 'chouettes', 'hibou', 'hiboux'], 'at night'),
  // The night sky's own names say it is night (the English lexicon gives them a place but no hour).
  ...times('night', 3, ['voie lactee', 'ciel etoile', 'aurores boreales', 'aurore boreale', 'etoile'], 'at night'),

  ...weathers('clear', 2, [
    'ciel bleu', 'ciel degage', 'grand soleil', 'plein soleil', 'ensoleillee', 'ensoleilles', 'ensoleillees',
    'beau temps', 'il fait beau', 'pas un nuage', 'pas un seul nuage', 'ciel sans nuages', 'ciel pur',
  ]),
  ...weathers('cloudy', 2, [
    'nuage', 'nuageuse', 'ciel couvert', 'temps couvert', 'ciel gris', 'temps gris', 'fait gris', 'grisaille',
    'ciel nuageux',
  ]),
  ...weathers('fog', 3, [
    'brumes', 'brumeuse', 'brumeuses', 'embrume', 'embrumee', 'nappes de brouillard', 'brouillards', 'vapeur',
    'dans la brume', 'de la brume',
  ]),
  ...weathers('rain', 3, [
    'pluies', 'pluvieux', 'pluvieuse', 'il pleut', 'il pleuvait', 'pleuvait', 'pleuvoir', 'averse', 'averses',
    'bruine', 'il bruine', 'bruinait', 'crachin', 'gouttes de pluie', 'sous la pluie', 'drache', 'il drache',
    'drachait', 'il mouille', 'flaques', 'parapluie', 'ondee', 'ondees', 'jour de pluie', 'dimanche de pluie',
  ]),
  ...weathers('snow', 3, [
    'il neige', 'il neigeait', 'neigeait', 'flocons', 'flocons de neige', 'chute de neige', 'chutes de neige',
    'poudrerie', 'neige tombe', 'la neige tombe',
  ]),
  ...weathers('snow', 3, ['tempete de neige']),
  ...weathers('storm', 2, ['tempete de neige']),
  ...weathers('wind', 3, [
    'venteux', 'venteuse', 'du vent', 'rafales', 'rafale', 'bourrasque', 'bourrasques', 'mistral',
    'tramontane', 'coup de vent', 'dans le vent',
  ]),
  ...weathers('wind', 1, ['se balancent', 'bruissement', 'bruissent']),
  ...weathers('storm', 4, [
    'orages', 'orageux', 'orageuse', 'eclairs', 'tonnerre', 'tempetes', 'ouragan', 'foudre',
  ]),
]

// prettier-ignore
const MOTIFS: readonly LexiconEntry[] = [
  ...motif('waves', ['vague', 'houle', 'ressac']),
  ...motif('palm trees', ['palmier', 'cocotier', 'cocotiers']),
  ...motif('stars', ['etoile', 'etoiles filantes', 'etoile filante', 'constellations', 'voie lactee']),
  ...motif('flowers', [
    'fleur', 'coquelicots', 'tulipes', 'marguerites', 'paquerettes', 'lavande', 'tournesols', 'pivoines',
    'hortensias', 'glycine', 'jasmin', 'pissenlits', 'fleuri', 'fleurie', 'fleuris', 'fleuries', 'petales',
    'rosiers', 'lilas', 'orchidees', 'bouquet',
  ]),
  ...motif('birds', [
    'oiseau', 'mouettes', 'mouette', 'goelands', 'hirondelles', 'cygnes', 'canards', 'heron', 'hibou', 'hiboux',
    'chouette', 'aigle', 'chant des oiseaux', 'merle', 'rossignol',
  ]),
  ...motif('boats', ['voilier', 'voiliers', 'barque', 'canoe', 'kayak', 'peniche', 'peniches', 'voiles']),
  ...motif('moon', ['pleine lune', 'clair de lune', 'croissant de lune']),
  ...motif('clouds', ['nuage']),
  ...motif('trees', [
    'arbre', 'pins', 'chenes', 'sapins', 'bouleaux', 'oliviers', 'platanes', 'erables', 'saules',
    'saule pleureur',
  ]),
  ...motif('mountains', ['sommet', 'sommets', 'alpes', 'collines', 'cimes', 'pyrenees']),
  ...motif('lake', ['lacs', 'etangs']),
  ...motif('river', ['ruisseau', 'fleuve', 'cascade', 'torrent', 'chute d eau']),
  ...motif('fish', ['poisson', 'carpes', 'truites', 'banc de poissons']),
  ...motif('snowflakes', ['flocons', 'flocon', 'flocons de neige']),
  ...motif('lanterns', ['lanternes', 'lampions', 'guirlandes', 'guirlande lumineuse']),
  ...motif('aurora', ['aurores boreales']),
  ...motif('coral', ['corail', 'coraux', 'recifs']),
  ...motif('shells', ['coquillages', 'coquillage']),
  ...motif('butterflies', ['papillon']),
  ...motif('deer', ['cerf', 'biche', 'chevreuil', 'faon']),
  ...motif('path', ['sentier', 'sentiers', 'allee']),
  ...motif('cabin', ['cabane', 'chalet', 'hutte', 'refuge']),
  ...motif('bridge', ['passerelle']),
  ...motif('rocks', ['rochers', 'galets', 'pierres', 'rocher']),
  ...motif('whales', ['baleine', 'baleines', 'dauphins', 'dauphin', 'orque']),
  ...motif('turtles', ['tortue', 'tortues']),
  ...motif('jellyfish', ['meduse', 'meduses']),
  ...motif('bubbles', ['bulles']),
  ...motif('kelp', ['algues']),
  ...motif('planets', ['planete', 'planetes']),
  ...motif('candles', ['bougie', 'chandelles']),
  ...motif('grass', ['herbes', 'hautes herbes', 'roseaux', 'pelouse']),
  ...motif('leaves', ['feuilles mortes', 'feuillage']),
  ...motif('hammock', ['hamac']),
  ...motif('pier', ['ponton', 'jetee', 'quai']),
]

/** Colours, with the same soft values as the English table. */
// prettier-ignore
const COLOURS: Record<string, string> = {
  rouges: '#c97b6e', roses: '#e6b3bd', orange: '#e8a472', jaunes: '#eed68a', bleue: '#8aaed0', bleus: '#8aaed0',
  bleues: '#8aaed0', verte: '#93b58c', verts: '#93b58c', vertes: '#93b58c', violet: '#ab93c9', violette: '#ab93c9',
  mauve: '#bda0b6', lilas: '#c8b5dc', blanche: '#eeebe4', blancs: '#eeebe4', blanches: '#eeebe4', noire: '#4d5160',
  grise: '#a6aab0', dore: '#e5c27a', doree: '#e5c27a', dores: '#e5c27a', dorees: '#e5c27a', argent: '#c9ccd3',
  argente: '#c9ccd3', argentee: '#c9ccd3', turquoise: '#7cc4c0', corail: '#ec9f8a', beige: '#e6d6ba',
  creme: '#f1e6cf', ocre: '#d0a35c', marron: '#a9876b', brun: '#a9876b', brune: '#a9876b', ivoire: '#f2ecdc',
  emeraude: '#6fae8f', saphir: '#6f8cbf', indigo: '#6f74a8', azur: '#9cc3e0', cuivre: '#c58b66',
  bronze: '#b8925f', pastel: '#e5d3e6', ambre: '#e3b063', abricot: '#f0bb8e', saumon: '#eba68f',
  menthe: '#b5dcc4', olive: '#a3a673', sable: '#e3cfa6', miel: '#e2b66f', perle: '#e9e4dc', fuchsia: '#c98bb4',
  'bleu ciel': '#a9cbe3', 'bleu marine': '#5d7096', 'vert d eau': '#b5dcc4', 'rouge sang': '#c97b6e',
}

/** Feelings: [valence, arousal], and a colour for some, as in the English table. */
// prettier-ignore
const FEELINGS: Record<string, readonly [number, number, string?]> = {
  serein: [0.7, -0.8, '#b9d0d6'], sereine: [0.7, -0.8, '#b9d0d6'], serenite: [0.7, -0.8, '#b9d0d6'],
  tranquille: [0.7, -0.8, '#b3cdd1'], tranquillite: [0.7, -0.8, '#b3cdd1'], paix: [0.7, -0.8, '#b7cfc4'],
  en_paix: [0.7, -0.8, '#b7cfc4'], apaise: [0.7, -0.7, '#b7cfc4'], apaisee: [0.7, -0.7, '#b7cfc4'],
  apaisant: [0.7, -0.7, '#b7cfc4'], apaisante: [0.7, -0.7, '#b7cfc4'], silence: [0.5, -0.8],
  silencieux: [0.5, -0.7, '#c4cdd3'], silencieuse: [0.5, -0.7, '#c4cdd3'], detendu: [0.7, -0.7, '#bcd3c0'],
  detendue: [0.7, -0.7, '#bcd3c0'], relaxant: [0.7, -0.7, '#bcd3c0'], reposant: [0.6, -0.7],
  reposante: [0.6, -0.7], repos: [0.6, -0.7], securite: [0.8, -0.6, '#d9c8a9'], protege: [0.7, -0.5],
  protegee: [0.7, -0.5], chaleureux: [0.6, -0.2, '#e8c39e'], chaleureuse: [0.6, -0.2, '#e8c39e'],
  douillet: [0.7, -0.5, '#e2bc9a'], douillette: [0.7, -0.5, '#e2bc9a'], confortable: [0.7, -0.5],
  content: [0.7, -0.4], contente: [0.7, -0.4], joie: [0.9, 0.5, '#f0cf7c'], joyeux: [0.9, 0.5, '#f0cf7c'],
  joyeuse: [0.9, 0.5, '#f0cf7c'], gai: [0.8, 0.4, '#f2d98e'], gaie: [0.8, 0.4, '#f2d98e'],
  libre: [0.7, 0.1, '#b9d6e6'], liberte: [0.7, 0.1, '#b9d6e6'], leger: [0.5, -0.2], legere: [0.5, -0.2],
  legerete: [0.5, -0.2], espoir: [0.7, 0.1, '#f1dca6'], reconnaissant: [0.8, -0.2],
  reconnaissante: [0.8, -0.2], amour: [0.8, 0.1, '#eab6b9'], aime: [0.9, 0.0, '#eab6b9'],
  aimee: [0.9, 0.0, '#eab6b9'], tendre: [0.7, -0.4, '#ecc6c4'], tendresse: [0.7, -0.4, '#ecc6c4'],
  reveur: [0.5, -0.5, '#cdbfdf'], reveuse: [0.5, -0.5, '#cdbfdf'], magique: [0.7, 0.3, '#c9b8e0'],
  emerveillement: [0.7, 0.3, '#c4c0e6'], frais: [0.6, 0.0, '#bfe0d0'], fraiche: [0.6, 0.0, '#bfe0d0'],
  beau: [0.8, 0.1], belle: [0.8, 0.1], magnifique: [0.8, 0.2], nostalgique: [0.2, -0.3, '#d9c3ad'],
  nostalgie: [0.2, -0.3, '#d9c3ad'], melancolie: [-0.3, -0.4, '#a9b3c4'], melancolique: [-0.3, -0.4, '#a9b3c4'],
  tristesse: [-0.6, -0.3, '#9fb0c4'], seul: [-0.2, -0.3], seule: [-0.2, -0.3], solitude: [-0.4, -0.3, '#a8b2c2'],
  vide: [-0.4, -0.4], fatigue: [-0.2, -0.6, '#b8b8c4'], fatiguee: [-0.2, -0.6, '#b8b8c4'], epuise: [-0.4, -0.5],
  epuisee: [-0.4, -0.5], anxieux: [-0.6, 0.7, '#b7c2c9'], anxieuse: [-0.6, 0.7, '#b7c2c9'],
  angoisse: [-0.7, 0.7, '#b7c2c9'], angoissee: [-0.7, 0.7, '#b7c2c9'], inquiet: [-0.5, 0.5],
  inquiete: [-0.5, 0.5], stresse: [-0.6, 0.7], stressee: [-0.6, 0.7], peur: [-0.7, 0.7], effraye: [-0.7, 0.8],
  effrayee: [-0.7, 0.8], panique: [-0.8, 0.9], tendu: [-0.5, 0.6], tendue: [-0.5, 0.6], colere: [-0.7, 0.8],
  lourd: [-0.4, -0.2], lourde: [-0.4, -0.2], sombre: [-0.2, 0.0], doucement: [0.6, -0.6],
  lentement: [0.4, -0.6], respirer: [0.5, -0.6], tranquillement: [0.6, -0.7],
}

const colourEntries: LexiconEntry[] = Object.entries(COLOURS).map(([w, colour]) => [w, { colour }] as const)
const feelingEntries: LexiconEntry[] = Object.entries(FEELINGS).map(
  ([w, [v, a, colour]]) =>
    [w.replace(/_/g, ' '), { mood: [v, a] as const, ...(colour ? { colour } : {}) }] as const,
)

export const WORDS_FR: InterpretWords = {
  entries: [...PLACES, ...SKY, ...MOTIFS, ...colourEntries, ...feelingEntries],
}
