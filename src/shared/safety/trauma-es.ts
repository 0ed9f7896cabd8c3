import type { TraumaWords } from './lang-types'

/**
 * Spanish trauma words, as people in Spain and Latin America name these things: nouns with their plurals and
 * genders, verbs in the persons and tenses a memory is told in ("se ahogó", "me pegaba", "la quemaron"), and
 * the everyday phrases around them. Diacritics are stripped, so "ahogó" and "ahogo" are the same word here.
 * The es words already in the English lists (violencia, pelea, arma, sangre, guerra, muerte …) are not repeated.
 * Spanish builds no compounds, so there are no `heads`.
 */
// prettier-ignore
export const TRAUMA_ES: TraumaWords = {
  held: {
    violence: [
      'violento', 'violenta', 'violentos', 'violentas', 'violentamente', 'peleas', 'pelearon', 'peleando',
      'agresion', 'agresiones', 'agresor', 'agresores', 'agredido', 'agredida', 'agredieron', 'agredio', 'ataque',
      'ataques', 'atacaron', 'atacado', 'atacada', 'atacaba', 'me ataco', 'asesinatos', 'asesino', 'asesina',
      'asesinos', 'asesinado', 'asesinada', 'asesinados', 'asesinaron', 'asesinar', 'mataron', 'mato', 'matan',
      'mataba', 'matando', 'matado', 'matarlo', 'matarla', 'matarlos', 'matarme', 'matarnos', 'matarte', 'matar',
      'lo mata', 'la mata', 'nos mata', 'le mata', 'apunalado', 'apunalada', 'apunalaron', 'apunalo', 'punalada',
      'punaladas', 'navajazo', 'navajazos', 'acuchillado', 'acuchillada', 'acuchillaron', 'estrangulo',
      'estrangulado', 'estrangulada', 'estrangularon', 'estrangular', 'tortura', 'torturas', 'torturado',
      'torturada', 'torturaron', 'secuestro', 'secuestros', 'secuestrado', 'secuestrada', 'secuestraron',
      'secuestradores', 'rehen', 'rehenes', 'masacre', 'masacres', 'matanza', 'matanzas', 'tiroteo', 'tiroteos',
      'balacera', 'balaceras', 'balearon', 'baleado', 'baleada', 'terrorista', 'terroristas', 'terrorismo',
      'atentado', 'atentados', 'disturbios', 'atraco', 'atracaron', 'me atracaron', 'asalto', 'asaltaron',
      'me asaltaron', 'me robaron', 'amenazo', 'amenazaron', 'amenazaba', 'amenazado', 'amenazada',
      'me amenazo', 'me amenaza', 'sicario', 'sicarios', 'linchamiento', 'golpiza', 'paliza', 'palizas', 'golpe',
      'golpes', 'a golpes', 'golpeo', 'golpeaba', 'golpeaban', 'golpearon', 'golpeado', 'golpeada', 'golpeando',
      'punetazo', 'punetazos', 'patadas', 'a patadas', 'bofetada', 'bofetadas', 'bofeton', 'cachetada',
      'cachetadas', 'me pego', 'me pega', 'me pegan', 'me pegaba', 'me pegaban', 'me pegaron', 'me ha pegado',
      'me han pegado', 'le pego', 'le pega', 'le pegaba', 'le pegaron', 'nos pega', 'nos pegaba', 'nos pegaban',
      'te pego', 'te pegaba', 'la pegaba', 'lo pegaba', 'pegandole', 'pegandome', 'pegandonos', 'pegandoles',
      'pegarle', 'se pegaron', 'se pegaban', 'desaparecidos', 'me persigue', 'me perseguia',
    ],
    weapons: [
      'pistolas', 'revolver', 'revolveres', 'escopeta', 'escopetas', 'fusiles', 'metralleta', 'metralletas',
      'ametralladora', 'ametralladoras', 'cuchillos', 'navaja', 'navajas', 'machetes', 'bala', 'balas', 'balazo',
      'balazos', 'disparo', 'disparos', 'disparar', 'dispararon', 'disparando', 'disparaban', 'dispara',
      'me dispararon', 'le dispararon', 'tiro', 'tiros', 'a tiros', 'municion', 'municiones', 'arma blanca',
      'armas blancas', 'arma de fuego', 'armas de fuego', 'espada', 'espadas', 'gatillo', 'pistolero',
      'pistoleros', 'granada de mano', 'granadas de mano', 'armado', 'armados', 'hombres armados',
    ],
    blood: [
      'sangrando', 'sangraba', 'sangro', 'sangrar', 'sangraban', 'sangrienta', 'sangriento', 'sangrientos',
      'sangrientas', 'ensangrentado', 'ensangrentada', 'ensangrentados', 'charco de sangre', 'herida', 'heridas',
      'herido', 'heridos', 'lesiones', 'lesionado', 'lesionada', 'desangrarse', 'desangrando', 'desangro',
      'hemorragia', 'sangre',
    ],
    war: [
      'guerras', 'posguerra', 'guerrilla', 'guerrillas', 'guerrilleros', 'guerrillero', 'ejercito', 'ejercitos',
      'militar', 'militares', 'milicia', 'milicias', 'milicianos', 'combate', 'combates', 'batalla', 'batallas',
      'campo de batalla', 'trinchera', 'trincheras', 'tropas', 'invasion', 'invadieron', 'francotirador',
      'francotiradores', 'guerra civil', 'zona de guerra', 'conflicto armado', 'campo de concentracion',
      'campos de concentracion', 'refugio antiaereo', 'sirenas antiaereas', 'frente de batalla',
    ],
    explosions: [
      'explosiones', 'explotar', 'exploto', 'explotaron', 'explotando', 'estallo', 'estallaron', 'estallido',
      'estallidos', 'bombas', 'bombazo', 'coche bomba', 'bombardeo', 'bombardeos', 'bombardearon', 'bombardeaban',
      'bombardeado', 'bombardeada', 'detonacion', 'detonaciones', 'detono', 'mina antipersona',
      'minas antipersona', 'minas terrestres', 'misil', 'misiles', 'metralla', 'onda expansiva', 'granadas',
    ],
    'fire-and-smoke': [
      'fuegos', 'incendios', 'incendiaron', 'incendiado', 'incendiada', 'incendio forestal', 'humareda', 'llamas',
      'en llamas', 'las llamas', 'llamarada', 'llamaradas', 'ardiendo', 'ardia', 'ardio', 'arder', 'quemaron',
      'quemado', 'quemada', 'quemados', 'quemadas', 'quemandose', 'quemando', 'quemo', 'se quemo', 'se quemaba',
      'se quema', 'se quemaron', 'me queme', 'calcinado', 'calcinada', 'calcinados', 'carbonizado',
      'carbonizada', 'carbonizados', 'quemaduras', 'quemadura', 'bomberos',
    ],
    accidents: [
      'accidentes', 'accidente de coche', 'accidente de trafico', 'choque', 'choques', 'chocamos', 'choco',
      'chocaron', 'se estrello', 'se estrellaron', 'nos estrellamos', 'estrellamos', 'estrellaron', 'se estrella',
      'atropello', 'atropellaron', 'atropellado', 'atropellada', 'atropellar', 'me atropello', 'volco', 'volcamos',
      'volcaron', 'choque frontal', 'ambulancia', 'ambulancias', 'se cayo por', 'se despeno', 'despenado',
      'despenada', 'derrumbe', 'se derrumbo', 'terremoto', 'terremotos', 'sismo', 'tsunami', 'avalancha', 'alud',
      'sobredosis', 'descarrilo', 'descarrilamiento',
    ],
    abuse: [
      'abusos', 'abusaba', 'abusaban', 'abusaron', 'abusado', 'abusada', 'abusador', 'abusadores', 'abusar',
      'abuso sexual', 'maltratos', 'maltratador', 'maltrataba', 'maltratada', 'maltratado', 'maltratadores',
      'malos tratos', 'violacion', 'violaciones', 'violaron', 'violo', 'violador', 'violadores', 'violada',
      'violado', 'acoso', 'acosaba', 'acosador', 'acosadores', 'acosada', 'acosado', 'bullying', 'manoseaba',
      'me manoseaba', 'me tocaba por', 'tocamientos', 'me encerraba', 'me encerraban', 'me encerraron',
      'pederasta', 'pedofilo', 'incesto', 'trata de personas', 'violencia de genero', 'violencia domestica',
      'violencia machista', 'me obligaba', 'me obligaban',
    ],
    drowning: [
      'ahogada', 'ahogados', 'ahogadas', 'se ahogo', 'se ahogaba', 'se ahogaron', 'me ahogaba', 'me ahogo',
      'ahogandome', 'ahogandose', 'ahogarme', 'ahogamiento', 'no podia respirar', 'no puedo respirar',
      'me arrastro la corriente', 'la corriente me arrastro', 'arrastrado por la corriente',
      'arrastrada por la corriente', 'se lo llevo la corriente', 'se la llevo la corriente', 'me hundia',
    ],
    'death-and-loss': [
      'muertos', 'muertas', 'murio', 'murieron', 'morir', 'morirse', 'muere', 'mueren', 'muero', 'me muero',
      'moria', 'morian', 'fallecio', 'fallecieron', 'fallecimiento', 'fallecido', 'fallecida', 'se murio',
      'se nos fue', 'perdi a mi', 'perdi a mis', 'perdimos a mi', 'perdimos a nuestro', 'perdimos a nuestra',
      'perdio a su', 'entierro', 'enterrado', 'enterrada', 'enterraron', 'cementerio', 'cementerios', 'camposanto',
      'tumba', 'tumbas', 'ataud', 'feretro', 'cadaver', 'cadaveres', 'velatorio', 'tanatorio', 'luto', 'viuda',
      'viudo', 'huerfano', 'huerfana', 'suicidio', 'se suicido', 'se quito la vida', 'aborto',
      'aborto espontaneo', 'perdi el bebe', 'perdi al bebe', 'nacio muerto', 'nacio muerta', 'difunto',
      'difunta', 'esquela', 'moribundo', 'moribunda', 'sus cenizas', 'las cenizas de',
    ],
  },
  soft: {
    'fire-and-smoke': [
      'hoguera', 'hogueras', 'fogata', 'fogatas', 'chimenea encendida', 'fuego de la chimenea',
      'fuego en la chimenea', 'fuego de chimenea', 'junto al fuego', 'al lado del fuego', 'frente al fuego',
      'delante del fuego', 'alrededor del fuego', 'al calor del fuego', 'luz del fuego', 'lumbre', 'brasas',
      'rescoldos', 'candela', 'humo de la chimenea', 'hogueras de san juan', 'estufa de lena',
    ],
    explosions: ['petardos', 'petardo', 'traca', 'mascleta', 'castillo de fuegos', 'cohetes', 'fuegos artificiales'],
    'death-and-loss': ['hojas muertas', 'hojas secas y muertas'],
    blood: ['luna de sangre', 'rojo sangre'],
    accidents: ['naufragio', 'barco hundido'],
    war: ['tanque', 'tanques'],
  },
  benign: [
    // the idioms of delight and tiredness
    'me muero de ganas', 'me muero de risa', 'me muero de sueno', 'me muero de hambre', 'me muero de frio',
    'me muero de calor', 'me muero de amor', 'me muero de envidia', 'me muero de verguenza', 'me muero por',
    'me muero del susto', 'muero de ganas', 'se muere de ganas', 'se muere por', 'muere de ganas',
    'muerto de hambre', 'muerta de hambre', 'muerto de cansancio', 'muerta de cansancio', 'muerto de sueno',
    'muerta de sueno', 'muerto de risa', 'muerta de risa', 'muertos de risa', 'muertas de risa', 'muerto de frio',
    'muerta de frio', 'muertos de frio', 'muerto de calor', 'muerta de calor', 'murio de risa', 'vista de muerte',
    'vistas de muerte', 'estaba de muerte', 'esta de muerte', 'queda de muerte', 'quedaba de muerte',
    'susto de muerte',
    'mar muerto', 'naturaleza muerta', 'punto muerto', 'tiempo muerto', 'horas muertas', 'matar el tiempo',
    'mataria por', 'me mata la', 'me mata el', 'te mata la',
    // blows that are weather, luck or suddenness
    'de golpe', 'golpe de viento', 'golpes de viento', 'golpe de calor', 'golpe de suerte', 'golpe de mar',
    'golpes de mar', 'de un golpe', 'el sol pega', 'sol pega', 'me pega el sol', 'el sol me pega',
    'el sol me pegaba', 'me pego un bano', 'me pegue un bano', 'pegarme un bano', 'me pego un susto',
    // others
    'a tiro de piedra', 'tiro con arco', 'pez espada', 'pasarlo bomba', 'lo pasamos bomba', 'lo pase bomba',
    'lo pasaba bomba', 'lo pasabamos bomba', 'bomba de agua', 'fuego lento', 'a fuego lento', 'cielo estrellado',
    'noche estrellada', 'te llamas', 'como te llamas', 'me llamas', 'si me llamas', 'llamas y alpacas',
    'alpacas y llamas', 'llamas pastando', 'las llamas pastan', 'quemado del trabajo', 'quemada del trabajo',
    'ahogarse en un vaso de agua', 'ahogo en un vaso de agua', 'ahoga en un vaso de agua', 'choque cultural',
    'naranja sanguina', 'quemado por el sol', 'quemada por el sol', 'ataque de risa', 'ataque de panico',
    'ataques de panico', 'ataque de ansiedad', 'ataques de ansiedad', 'se tumba', 'te tumbas', 'muere el dia',
    'el dia muere', 'herida de amor', 'sangre fria de un lagarto', 'la muerte de risa',
  ],
  // Ordinary Spanish that an English list would hold: "grave" is a deep sound or a serious matter here.
  falseFriends: ['grave', 'granate'],
}
