import { cues, motif, names, times, weathers, type LexiconEntry, type InterpretWords } from './effects'

/**
 * Spanish words for the interpreter, read with the English lexicon (which already has a few: playa, bosque …).
 * Inflections are listed (no stemming outside English): plural, gender, diminutives ("playita", "casita").
 */

/** Place names and cue words, as people in Spain and Latin America name them. */
// prettier-ignore
const PLACES: readonly LexiconEntry[] = [
  ...names('beach', 3, [
    'playas', 'playita', 'cala', 'calas', 'caleta', 'bahia', 'ensenada', 'litoral', 'malecon', 'chiringuito',
    'paseo maritimo', 'arenal', 'costas', 'isla tropical', 'islas', 'isla', 'laguna', 'playa',
  ]),
  ...names('beach', 4, [
    'orilla del mar', 'a la orilla del mar', 'junto al mar', 'frente al mar', 'al lado del mar',
    'arena blanca', 'isla desierta', 'casa de la playa',
  ]),
  ...cues('beach', 2, ['mar', 'oceano', 'el mar', 'mares'], ['waves']),
  ...cues('beach', 1.5, [
    'olas', 'ola', 'oleaje', 'marea', 'mareas', 'arena', 'palmeras', 'palmera', 'conchas', 'caracolas', 'gaviotas',
    'gaviota', 'espigon', 'muelle', 'toalla', 'sombrilla', 'castillo de arena', 'espuma', 'salitre', 'faro', 'rompeolas',
    'acantilados', 'baldosas de la costa', 'brisa marina', 'cangrejos', 'agua turquesa', 'agua salada', 'hamaca',
  ]),
  ...names('forest', 3, [
    'bosques', 'hayedo', 'robledal', 'pinar', 'pinares', 'alameda', 'arboleda', 'selvas', 'jungla', 'castanar',
    'encinar', 'abetal', 'bosque', 'selva', 'monte',
  ]),
  ...names('forest', 4, ['bosque de pinos', 'bosque de hayas', 'bosque encantado', 'bosque frondoso']),
  ...cues('forest', 1.5, [
    'pinos', 'pino', 'robles', 'roble', 'hayas', 'haya', 'abetos', 'abeto', 'castanos', 'castano', 'abedules',
    'abedul', 'helechos', 'helecho', 'musgo', 'troncos', 'tronco', 'secuoyas', 'eucaliptos', 'arboles', 'arbol',
    'sendero', 'senderos', 'pajaro carpintero', 'ardillas', 'ardilla', 'setas', 'hongos', 'ramas', 'copas de los arboles',
  ], ['trees']),
  ...cues('forest', 1, ['hojas', 'hojarasca', 'pinocha', 'bellotas', 'raices', 'sombra', 'ciervo', 'corzo', 'otono']),
  ...names('meadow', 3, [
    'prados', 'praderas', 'campos', 'colinas', 'colina', 'lomas', 'dehesa', 'dehesas', 'llanura', 'llanuras', 'pampa',
    'vega', 'campina', 'pastos', 'trigal', 'trigales', 'sabana', 'estepa', 'prado', 'pradera', 'campo',
  ]),
  ...names('meadow', 4, [
    'campos de lavanda', 'campo de lavanda', 'campo de girasoles', 'campos de girasoles', 'campos de trigo',
    'campo de trigo', 'campo abierto', 'colinas verdes', 'flores silvestres', 'campo de amapolas',
  ]),
  ...cues('meadow', 1.5, [
    'hierba', 'cesped', 'trebol', 'margaritas', 'amapolas', 'girasoles', 'trigo', 'cebada', 'lavanda', 'ovejas',
    'vacas', 'caballos', 'pastando', 'granja', 'establo', 'heno', 'paja', 'encinas', 'olivos', 'olivar', 'vinedos',
    'pasto',
  ]),
  ...cues('meadow', 1, ['mariposas', 'abejas', 'grillos', 'picnic', 'cometa', 'valla', 'verde', 'verdes', 'pueblo']),
  ...names('mountain-lake', 3, [
    'lagos', 'laguna de montana', 'embalse', 'pantano', 'ibon', 'ibones', 'montanas', 'montana', 'picos', 'pico',
    'cumbre', 'cumbres', 'cima', 'sierra', 'cordillera', 'pirineo', 'pirineos', 'andes', 'alpes', 'lago', 'estanque',
  ]),
  ...names('mountain-lake', 4, [
    'lago de montana', 'lago de alta montana', 'lago en calma', 'lago tranquilo', 'alta montana', 'picos de europa',
    'sierra nevada', 'orilla del lago', 'junto al lago',
  ]),
  ...cues('mountain-lake', 1.5, [
    'montes', 'riscos', 'acantilado', 'canoa', 'kayak', 'barca', 'reflejo', 'reflejos', 'refleja', 'reflejan', 'espejo',
    'piedras', 'rocas', 'granito', 'laderas', 'ladera', 'glaciares', 'agua quieta', 'trucha', 'truchas', 'refugio',
  ]),
  ...cues('mountain-lake', 1, ['agua', 'aguila', 'patos', 'cisnes', 'puente']),
  ...names('snow', 3, [
    'glaciar', 'nevada', 'nevadas', 'tundra', 'artico', 'artica', 'antartida', 'iceberg', 'paisaje nevado',
    'campo nevado', 'lago helado', 'polo norte',
  ]),
  ...names('snow', 4, ['cubierto de nieve', 'cubierta de nieve', 'nieve recien caida', 'todo nevado', 'manto de nieve']),
  ...cues('snow', 2, ['nevado', 'nevados', 'nevando', 'nieva', 'copos de nieve', 'copos']),
  ...cues('snow', 1.5, [
    'hielo', 'helado', 'helada', 'escarcha', 'invierno', 'invernal', 'trineo', 'esqui', 'esquiar', 'pinguinos',
    'muneco de nieve', 'carambanos', 'blanco', 'blanca', 'todo blanco', 'bufanda',
  ]),
  ...cues('snow', 1, ['frio', 'fria', 'helor', 'gelido', 'renos', 'chocolate caliente', 'lana']),
  ...names('garden', 3, [
    'jardin', 'jardincito', 'parques', 'huertos', 'huerta', 'vergel', 'invernadero', 'patio', 'patios', 'terraza',
    'terrazas', 'rosaleda', 'glorieta', 'carmen', 'alhambra', 'generalife', 'balcon',
  ]),
  ...names('garden', 4, [
    'jardin de rosas', 'jardin japones', 'jardin botanico', 'jardin secreto', 'patio andaluz', 'patio cordobes',
    'jardin de mi abuela', 'jardin zen', 'cerezos en flor',
  ]),
  ...cues('garden', 1.5, [
    'rosas', 'rosales', 'tulipanes', 'geranios', 'macetas', 'maceta', 'fuente', 'fuentes', 'carpas', 'setos', 'pergola',
    'buganvilla', 'jazmin', 'jazmines', 'glicinia', 'azahar', 'limonero', 'naranjos', 'tomateras', 'hortalizas',
    'banco', 'cerezos', 'cerezo', 'regadera', 'azulejos', 'hortensias', 'lirios', 'petalos', 'colibri', 'colibries',
    'flores', 'flor', 'en flor',
  ]),
  ...names('desert', 3, ['desierto', 'desiertos', 'dunas', 'duna', 'oasis', 'sahara', 'atacama', 'canon', 'canones']),
  ...names('desert', 4, ['dunas de arena', 'en medio del desierto', 'mar de dunas']),
  ...cues('desert', 1.5, ['cactus', 'camellos', 'camello', 'caravana', 'arido', 'arida', 'seco', 'seca', 'espejismo',
    'lagartija', 'lagartijas', 'escorpion', 'nomadas', 'arena roja']),
  ...cues('desert', 1, ['calor', 'tierra roja']),
  ...names('underwater', 3, [
    'bajo el agua', 'bajo el mar', 'fondo del mar', 'fondo marino', 'arrecife', 'arrecifes', 'bajo las olas',
    'en el fondo del mar', 'debajo del agua', 'debajo del mar',
  ]),
  ...names('underwater', 4, ['arrecife de coral', 'bajo la superficie']),
  ...cues('underwater', 2, [
    'corales', 'coral', 'algas', 'medusas', 'medusa', 'bucear', 'buceando', 'buceo', 'submarinismo', 'snorkel',
    'tortugas marinas', 'tortuga marina', 'tortugas', 'delfines', 'delfin', 'ballenas', 'ballena', 'caballitos de mar',
    'burbujas', 'anemonas', 'rayos de luz',
  ]),
  ...cues('underwater', 1.5, ['peces', 'pez', 'peces de colores', 'banco de peces', 'pulpo', 'estrellas de mar']),
  ...cues('underwater', 0.5, ['flotar', 'flotando', 'nadar', 'nadando']),
  ...names('night-sky', 3, [
    'cielo estrellado', 'via lactea', 'galaxia', 'galaxias', 'universo', 'cosmos', 'espacio exterior', 'aurora boreal',
    'auroras boreales', 'constelaciones', 'constelacion', 'nebulosa', 'noche estrellada',
  ]),
  ...names('night-sky', 4, [
    'cielo lleno de estrellas', 'bajo las estrellas', 'estrellas fugaces', 'estrella fugaz', 'lluvia de estrellas',
    'perseidas', 'mirar las estrellas', 'cielo de noche',
  ]),
  ...cues('night-sky', 1.5, ['estrellas', 'estrella', 'luna', 'planetas', 'planeta', 'cometa', 'telescopio',
    'luna llena', 'infinito']),
  ...names('cozy-room', 3, [
    'salon', 'cocina', 'habitacion', 'dormitorio', 'cuarto', 'desvan', 'buhardilla', 'biblioteca', 'estudio',
    'rincon', 'sala de estar', 'cabana', 'casita', 'mi cuarto', 'mi habitacion',
  ]),
  ...names('cozy-room', 4, [
    'salon acogedor', 'habitacion acogedora', 'cuarto acogedor', 'en casa', 'rincon de lectura', 'junto a la chimenea',
    'al lado de la chimenea', 'frente a la chimenea', 'junto al fuego', 'al calor del fuego',
  ]),
  ...cues('cozy-room', 2, ['sofa', 'sillon', 'butaca', 'cama', 'chimenea', 'mecedora', 'dentro', 'casa']),
  ...cues('cozy-room', 1.5, [
    'cojines', 'cojin', 'mantas', 'manta', 'edredon', 'alfombra', 'estanteria', 'libros', 'lampara', 'velas', 'tetera',
    'taza', 'horno', 'bizcocho', 'pan recien hecho', 'cortinas', 'ventana', 'ventanas', 'tejado', 'gato', 'ronroneando',
    'estufa', 'brasero', 'mesa camilla', 'mesa', 'chocolate', 'cafe', 'leyendo', 'tejiendo', 'abuela', 'abuelo',
  ]),
  ...names('river-valley', 3, [
    'valle', 'valles', 'cascada', 'cascadas', 'catarata', 'cataratas', 'barranco', 'desfiladero', 'garganta',
    'ribera', 'rio abajo', 'vega del rio',
  ]),
  ...names('river-valley', 4, ['orilla del rio', 'a la orilla del rio', 'junto al rio', 'al lado del rio', 'valle del jerte', 'orilla del arroyo']),
  ...cues('river-valley', 2, ['rio', 'rios', 'arroyo', 'arroyos', 'riachuelo', 'el rio', 'corriente']),
  ...cues('river-valley', 1.5, ['rapidos', 'agua corriendo', 'agua que corre', 'nutria', 'martin pescador', 'poza',
    'pozas', 'molino']),
  // Spanish words that English entries would misread: "hay" is "there is", "mesa" a table, "sea" a verb
  // ("lo que sea"), "manta" a blanket, "dale" "go on". Their English weight is taken back here.
  ['hay', { biome: { meadow: -1.5 } }],
  ['mesa', { biome: { desert: -3 } }],
  ['manta', { biome: { underwater: -2 } }],
  ['sea', { biome: { beach: -2 } }],
  ['dale', { biome: { 'river-valley': -3 } }],
]

// prettier-ignore
const SKY: readonly LexiconEntry[] = [
  ...times('dawn', 3, ['al amanecer', 'amaneciendo', 'madrugada', 'al alba', 'salida del sol', 'sale el sol',
    'saliendo el sol', 'primera luz', 'primeras luces', 'aurora', 'al romper el dia'], 'at dawn'),
  ...times('morning', 3, ['por la manana', 'de manana', 'mananas', 'manana de', 'desayuno', 'desayunando',
    'mananita', 'temprano', 'rocio'], 'in the morning'),
  ...times('midday', 3, ['a mediodia', 'medio dia', 'hora de comer', 'sol de mediodia', 'la hora de la siesta',
    'sol en lo alto', 'pleno dia'], 'at midday'),
  ...times('afternoon', 3, ['por la tarde', 'tardes', 'una tarde', 'la tarde', 'de tarde', 'tarde de verano',
    'despues de comer', 'media tarde', 'tardecita'], 'in the afternoon'),
  ...times('golden-hour', 3, ['atardecer', 'al atardecer', 'atardeceres', 'puesta de sol', 'puestas de sol',
    'hora dorada', 'a la hora dorada', 'ocaso', 'se pone el sol', 'poniendose el sol', 'cae el sol',
    'ultima luz', 'luz dorada', 'caida del sol', 'caida de la tarde'], 'at sunset'),
  ...times('dusk', 3, ['anochecer', 'al anochecer', 'crepusculo', 'anocheciendo', 'oscurecer', 'al oscurecer',
    'al caer la noche', 'hora azul', 'la tardecita', 'atardeciendo'], 'at dusk'),
  ...times('night', 3, ['noche', 'de noche', 'por la noche', 'noches', 'medianoche', 'nocturno', 'nocturna',
    'a oscuras', 'luz de la luna', 'luz de luna', 'claro de luna', 'estrellado', 'estrellada', 'luciernagas',
    'estrellas', 'luna llena', 'noche estrellada'], 'at night'),
  ...times('night', 1.5, ['luna', 'buho', 'lechuza', 'oscuridad'], 'at night'),
  ...weathers('clear', 2, ['despejado', 'cielo despejado', 'cielo azul', 'cielo limpio', 'sin una nube', 'soleado',
    'soleada', 'dia de sol', 'sol radiante', 'rayos de luz', 'rayos de sol', 'luminoso', 'luminosa', 'brillando', 'un sol']),
  ...weathers('cloudy', 2, ['nublado', 'nublada', 'nubes', 'nube', 'nuboso', 'encapotado', 'cielo gris', 'gris',
    'cielo nublado', 'nubarrones']),
  ...weathers('fog', 3, ['niebla', 'neblina', 'bruma', 'brumoso', 'brumosa', 'nubes bajas', 'calima',
    'neblinoso', 'con niebla', 'de niebla']),
  ...weathers('rain', 3, ['lluvia', 'llueve', 'lloviendo', 'llovia', 'llovizna', 'lloviznando', 'chubasco',
    'chubascos', 'aguacero', 'lluvioso', 'lluviosa', 'dia de lluvia', 'gotas de lluvia', 'charcos', 'paraguas',
    'despues de la lluvia', 'despues de llover', 'tierra mojada', 'chirimiri', 'orvallo', 'garua', 'llover']),
  ...weathers('snow', 3, ['nevando', 'nieva', 'nevada', 'nevadas', 'copos de nieve', 'nieve cayendo', 'cae la nieve',
    'ventisca', 'aguanieve', 'nieve recien caida', 'nevar']),
  ...weathers('snow', 1, ['nieve', 'nevado', 'nevados']),
  ...weathers('wind', 3, ['viento', 'ventoso', 'ventosa', 'vendaval', 'rafagas', 'golpes de viento',
    'golpe de viento', 'sopla el viento', 'hace viento', 'con viento', 'cometas']),
  ...weathers('wind', 2, ['brisa', 'brisa suave', 'brisa marina', 'airecito', 'se mueven con la brisa']),
  ...weathers('wind', 1, ['meciendose', 'se mecen', 'susurro de las hojas']),
  ...weathers('storm', 4, ['tormenta', 'tormentas', 'tormentoso', 'truenos', 'trueno', 'relampagos', 'relampago',
    'rayos', 'tempestad', 'huracan', 'temporal', 'tormenta electrica']),
]

// prettier-ignore
const MOTIFS: readonly LexiconEntry[] = [
  ...motif('waves', ['olas', 'ola', 'oleaje']),
  ...motif('palm trees', ['palmeras', 'palmera']),
  ...motif('stars', ['estrellas', 'estrella', 'estrellado', 'estrellada', 'estrellas fugaces', 'estrella fugaz']),
  ...motif('flowers', ['flores', 'flor', 'rosas', 'tulipanes', 'margaritas', 'amapolas', 'girasoles', 'lavanda',
    'geranios', 'jazmin', 'azahar', 'hortensias', 'lirios', 'petalos', 'flores silvestres', 'en flor', 'buganvilla']),
  ...motif('birds', ['pajaros', 'pajaro', 'gaviotas', 'gaviota', 'golondrinas', 'garza', 'garzas', 'aves', 'patos',
    'cisnes', 'aguila', 'buho', 'lechuza', 'colibri', 'pajaro carpintero', 'canto de los pajaros']),
  ...motif('boats', ['barco', 'barcos', 'barca', 'barcas', 'barquito', 'velero', 'veleros', 'canoa', 'kayak', 'bote']),
  ...motif('moon', ['luna', 'luna llena', 'luz de la luna', 'luz de luna', 'claro de luna']),
  ...motif('sun', ['sol', 'el sol', 'salida del sol', 'puesta de sol', 'luz del sol']),
  ...motif('clouds', ['nubes', 'nube']),
  ...motif('trees', ['arboles', 'arbol', 'pinos', 'robles', 'hayas', 'abetos', 'olivos', 'encinas', 'sauce',
    'sauces', 'castanos']),
  ...motif('mountains', ['montana', 'montanas', 'picos', 'cumbres', 'sierra', 'cordillera', 'colinas']),
  ...motif('lake', ['lago', 'laguna', 'estanque', 'ibon', 'embalse']),
  ...motif('river', ['rio', 'arroyo', 'riachuelo', 'cascada', 'catarata']),
  ...motif('fish', ['peces', 'pez', 'carpas', 'truchas', 'banco de peces']),
  ...motif('fireflies', ['luciernagas', 'luciernaga']),
  ...motif('snowflakes', ['copos de nieve', 'copos', 'nevando', 'nieve cayendo']),
  ...motif('dunes', ['dunas', 'duna']),
  ...motif('lanterns', ['farolillos', 'farolas', 'faroles', 'lucecitas', 'guirnaldas de luces']),
  ...motif('aurora', ['aurora boreal', 'auroras boreales']),
  ...motif('coral', ['coral', 'corales', 'arrecife', 'arrecife de coral']),
  ...motif('shells', ['conchas', 'caracolas']),
  ...motif('lighthouse', ['faro']),
  ...motif('cactus', ['cactus', 'chumberas']),
  ...motif('butterflies', ['mariposas', 'mariposa']),
  ...motif('deer', ['ciervo', 'ciervos', 'corzo', 'corzos', 'venado']),
  ...motif('bench', ['banco', 'bancos']),
  ...motif('path', ['sendero', 'senderos', 'camino', 'caminito', 'vereda']),
  ...motif('cabin', ['cabana', 'casita', 'refugio']),
  ...motif('bridge', ['puente', 'puentes', 'pasarela']),
  ...motif('rocks', ['rocas', 'piedras', 'piedritas', 'guijarros']),
  ...motif('fountain', ['fuente', 'fuentes']),
  ...motif('whales', ['ballena', 'ballenas', 'delfines', 'delfin', 'orcas']),
  ...motif('turtles', ['tortuga', 'tortugas', 'tortugas marinas']),
  ...motif('jellyfish', ['medusas', 'medusa']),
  ...motif('bubbles', ['burbujas']),
  ...motif('kelp', ['algas']),
  ...motif('planets', ['planetas', 'planeta']),
  ...motif('candles', ['velas', 'vela', 'luz de las velas']),
  ...motif('grass', ['hierba', 'cesped', 'juncos', 'pasto']),
  ...motif('leaves', ['hojas', 'hojas secas', 'hojarasca']),
  ...motif('rainbow', ['arco iris', 'arcoiris']),
  ...motif('hammock', ['hamaca']),
  ...motif('pier', ['muelle', 'embarcadero', 'pantalan', 'espigon']),
]

/** Colours with the soft values of the English table. */
// prettier-ignore
const COLOURS: Record<string, string> = {
  rojo: '#c97b6e', roja: '#c97b6e', rojos: '#c97b6e', rosa: '#e6b3bd', rosado: '#e6b3bd', rosada: '#e6b3bd',
  naranja: '#e8a472', anaranjado: '#e8a472', melocoton: '#f0c4a4', coral: '#ec9f8a', salmon: '#eba68f',
  ambar: '#e3b063', dorado: '#e5c27a', dorada: '#e5c27a', dorados: '#e5c27a', doradas: '#e5c27a', oro: '#e0bd6e',
  amarillo: '#eed68a', amarilla: '#eed68a', amarillas: '#eed68a', amarillos: '#eed68a', limon: '#efe1a0',
  miel: '#e2b66f', mostaza: '#d2b25e', crema: '#f1e6cf', marfil: '#f2ecdc', beis: '#e6d6ba', arena: '#e3cfa6',
  marron: '#a9876b', ocre: '#d0a35c', terracota: '#c98a6b', verde: '#93b58c', verdes: '#93b58c',
  salvia: '#a9bd9c', oliva: '#a3a673', esmeralda: '#6fae8f', menta: '#b5dcc4', jade: '#7fb59c', musgo: '#8fa477',
  turquesa: '#7cc4c0', aguamarina: '#95d1d1', cian: '#8ccad3', azul: '#8aaed0', azules: '#8aaed0',
  'azul marino': '#5d7096', indigo: '#6f74a8', 'azul cielo': '#a9cbe3', celeste: '#a9cbe3', zafiro: '#6f8cbf',
  morado: '#a48bbf', morada: '#a48bbf', purpura: '#a48bbf', violeta: '#ab93c9', lila: '#c8b5dc', malva: '#bda0b6',
  blanco: '#eeebe4', blanca: '#eeebe4', plateado: '#c9ccd3', plata: '#c9ccd3', gris: '#a6aab0', grises: '#a6aab0',
  negro: '#4d5160', negra: '#4d5160', perla: '#e9e4dc', cobre: '#c58b66', bronce: '#b8925f', pastel: '#e5d3e6',
  pasteles: '#e5d3e6',
}

/** Feelings: [valence, arousal] and the colour of the feeling, as in the English table. */
// prettier-ignore
const FEELINGS: Record<string, readonly [number, number, string?]> = {
  tranquilos: [0.6, -0.8, '#a8c5c9'], tranquilas: [0.6, -0.8, '#a8c5c9'], tranquilidad: [0.7, -0.8, '#b7cfc4'],
  sereno: [0.7, -0.8, '#b9d0d6'], serena: [0.7, -0.8, '#b9d0d6'], serenidad: [0.7, -0.8, '#b9d0d6'],
  quieto: [0.4, -0.8], quieta: [0.4, -0.8], silencio: [0.5, -0.7, '#c4cdd3'], silencioso: [0.5, -0.7, '#c4cdd3'],
  silenciosa: [0.5, -0.7, '#c4cdd3'], suave: [0.5, -0.6, '#e3d3cf'], suaves: [0.5, -0.6, '#e3d3cf'],
  suavemente: [0.6, -0.6], despacio: [0.4, -0.6], lento: [0.4, -0.6], relajado: [0.7, -0.7, '#bcd3c0'],
  relajada: [0.7, -0.7, '#bcd3c0'], relajante: [0.7, -0.7, '#bcd3c0'], seguro: [0.8, -0.6, '#d9c8a9'],
  segura: [0.8, -0.6, '#d9c8a9'], a_salvo: [0.8, -0.6], calido: [0.6, -0.2, '#e8c39e'], calida: [0.6, -0.2, '#e8c39e'],
  calentito: [0.7, -0.5, '#e2bc9a'], calentita: [0.7, -0.5, '#e2bc9a'], acogedor: [0.7, -0.5, '#e2bc9a'],
  acogedora: [0.7, -0.5, '#e2bc9a'], comodo: [0.7, -0.5], comoda: [0.7, -0.5], contento: [0.7, -0.4],
  contenta: [0.7, -0.4], felicidad: [0.8, 0.3, '#efd68f'], alegre: [0.8, 0.4, '#f2d98e'], alegria: [0.9, 0.5, '#f0cf7c'],
  libre: [0.7, 0.1, '#b9d6e6'], libertad: [0.7, 0.1, '#b9d6e6'], esperanza: [0.7, 0.1, '#f1dca6'],
  agradecido: [0.8, -0.2], agradecida: [0.8, -0.2], amor: [0.8, 0.1, '#eab6b9'], carino: [0.8, 0.0, '#eab6b9'],
  ternura: [0.7, -0.4, '#ecc6c4'], magico: [0.7, 0.3, '#c9b8e0'], magica: [0.7, 0.3, '#c9b8e0'],
  fresco: [0.6, 0.0, '#bfe0d0'], fresquito: [0.6, 0.0, '#bfe0d0'], precioso: [0.8, 0.1], preciosa: [0.8, 0.1],
  bonito: [0.8, 0.0], bonita: [0.8, 0.0], nostalgia: [0.2, -0.3, '#d9c3ad'], melancolia: [-0.3, -0.4, '#a9b3c4'],
  tristeza: [-0.6, -0.3, '#9fb0c4'], sola: [-0.2, -0.3], soledad: [-0.6, -0.3, '#a8b2c2'],
  vacio: [-0.4, -0.4], vacia: [-0.4, -0.4], cansado: [-0.2, -0.6, '#b8b8c4'], cansada: [-0.2, -0.6, '#b8b8c4'],
  agotado: [-0.4, -0.5], agotada: [-0.4, -0.5], ansiedad: [-0.6, 0.7, '#b7c2c9'], ansioso: [-0.6, 0.7, '#b7c2c9'],
  ansiosa: [-0.6, 0.7, '#b7c2c9'], nervioso: [-0.5, 0.6], nerviosa: [-0.5, 0.6], miedo: [-0.7, 0.7],
  asustado: [-0.7, 0.8], asustada: [-0.7, 0.8], panico: [-0.8, 0.9], estres: [-0.6, 0.6], agobiado: [-0.6, 0.7],
  agobiada: [-0.6, 0.7], enfadado: [-0.7, 0.8], enfadada: [-0.7, 0.8], rabia: [-0.7, 0.8], respirar: [0.5, -0.6],
  respirando: [0.5, -0.5], sin_prisa: [0.5, -0.6], descanso: [0.6, -0.7], descansar: [0.6, -0.7],
}

const colourEntries: LexiconEntry[] = Object.entries(COLOURS).map(([w, colour]) => [w, { colour }] as const)
const feelingEntries: LexiconEntry[] = Object.entries(FEELINGS).map(
  ([w, [v, a, colour]]) =>
    [w.replace(/_/g, ' '), { mood: [v, a] as const, ...(colour ? { colour } : {}) }] as const,
)

export const WORDS_ES: InterpretWords = {
  entries: [...PLACES, ...SKY, ...MOTIFS, ...colourEntries, ...feelingEntries],
}
