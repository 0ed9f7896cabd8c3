import type { RiskWords } from './lang-types'
import { END, any, notBefore } from './risk-slots'

/**
 * Spanish risk patterns, over text made by `risk-normalise.ts` (lower case, no accents, "." for every break). Spanish
 * leaves the subject out ("me pega" is "he hits me"), puts the pronoun before or after the verb ("me quiero morir",
 * "quiero morirme"), and people text "q", "kiero", "xq". Spanish also kills and dies for delight ("me muero de
 * ganas", "mataría por un café"): those are in `idioms`, and "morir" never counts when "de" or "por" follows.
 */

/** A wish, intent or plan in front of an infinitive: "quiero", "tengo ganas de", "voy a", "estoy pensando en". */
// prettier-ignore
const WANT = any(
  'quiero', 'kiero', 'qiero', 'kero', 'quisiera', 'kisiera', 'queria', 'me gustaria', 'deseo', 'necesito',
  'tengo ganas de', 'ganas de', 'me dan ganas de', 'me entran ganas de', 'prefiero', 'preferiria', 'voy a', 'iba a',
  'pienso', 'estoy pensando en', 'he pensado en', 'pense en', 'pienso en', 'pensando en', 'intente', 'he intentado',
  'intento', 'planeo', 'estoy por', 'a punto de', 'decidi', 'he decidido', 'deberia', 'tendria que', 'ojala pudiera',
  'podria', 'seria mejor', 'mejor', 'solo quiero', 'lo unico que quiero es',
)
/** What follows "morir" when it is a figure of speech: "morir de risa", "morirme por un café". */
const DIE_OF = ['de', 'del', 'por', 'en el intento', 'a gusto']
/** Where or how, after "no quiero vivir": "no quiero vivir en la ciudad" is about a place. */
// prettier-ignore
const LIVE_WHERE = [
  'en', 'con', 'cerca', 'lejos', 'junto', 'de', 'al', 'a', 'sola', 'solo', 'juntos', 'alli', 'ahi', 'aqui', 'fuera',
  'sin', 'para',
]
/** Ordinary things to cut or to hurt oneself doing. */
// prettier-ignore
const CUT_ORDINARY = [
  'el pelo', 'la melena', 'las unas', 'el flequillo', 'la barba', 'el cabello', 'un poco', 'un trozo', 'un pedazo',
  'una rebanada', 'una porcion', 'cocinando', 'pelando', 'afeitandome', 'con el papel', 'con un papel',
]
// prettier-ignore
const HURT_ORDINARY = [
  'en el', 'en la', 'en los', 'en las', 'en un', 'en una', 'jugando', 'al', 'sin querer', 'corriendo',
  'entrenando', 'esquiando', 'bailando', 'cayendome',
]
// prettier-ignore
const PILLS = any(
  'pastillas', 'pastis', 'pildoras', 'medicamentos', 'medicinas', 'antidepresivos', 'ansioliticos', 'somniferos',
  'pastillas para dormir', 'paracetamol', 'ibuprofeno', 'orfidal', 'lexatin', 'trankimazin', 'diazepam', 'valium',
  'lorazepam', 'alprazolam', 'tranquilizantes', 'insulina', 'clonazepam', 'rivotril', 'tafil', 'pastillas de \\S+',
)
// prettier-ignore
const HIGH = any(
  'puente', 'ventana', 'balcon', 'azotea', 'terraza', 'edificio', 'tejado', 'precipicio', 'acantilado', 'barranco',
  'tren', 'vias', 'via', 'vias del tren', 'via del tren', 'metro', 'autovia', 'autopista', 'viaducto', 'torre',
  'quinto piso', 'ultimo piso', 'coche', 'camion', 'un coche', 'un camion',
)
// prettier-ignore
const KIN = any(
  'marido', 'mujer', 'esposa', 'esposo', 'pareja', 'novio', 'novia', 'ex', 'exmarido', 'exmujer', 'expareja',
  'padre', 'madre', 'papa', 'mama', 'padrastro', 'madrastra', 'hermano', 'hermana', 'hermanos', 'tio', 'tia',
  'primo', 'prima', 'hijo', 'hija', 'hijos', 'hijas', 'bebe', 'nino', 'nina', 'ninos', 'ninas', 'crio', 'cria',
  'familia', 'jefe', 'jefa', 'vecino', 'vecina', 'vecinos', 'companero', 'companera', 'companeros', 'profesor',
  'profesora', 'suegro', 'suegra', 'abuelo', 'abuela', 'cunado', 'cunada', 'amigo', 'amiga', 'amigos', 'casero',
  'casera', 'tio ese', 'tipo', 'tipa',
)
/** Someone else, as the object of harm ("a mi ex", "al vecino", "a alguien"). */
const OTHERS = `(?:a |al ${KIN}|a (?:mi|mis|su|sus|tu|tus|ese|esa|el|la|los|las|nuestro|nuestra) ${KIN}|a ${any(
  'alguien',
  'todos',
  'todo el mundo',
  'el',
  'ella',
  'ellos',
  'ellas',
)})`
/** A negator inside the phrase ("nunca le haría daño a nadie"): the only capturing group. */
const NEG = '(?:(no|nunca|jamas) )?'
const HARM_DO = any(
  'matar',
  'apunalar',
  'estrangular',
  'envenenar',
  'disparar',
  'pegar',
  'atropellar',
  'ahogar',
  'acuchillar',
  'hacer dano',
  'hacerle dano',
  'hacerles dano',
  'pegarle un tiro',
  'pegarle una paliza',
  'darle una paliza',
  'darles una paliza',
  'rajar',
  'degollar',
  'reventar',
  'partirle la cara',
  'romperle la cara',
)
// prettier-ignore
const HARM_CLITIC = any(
  'matarlo', 'matarla', 'matarlos', 'matarlas', 'matarte', 'mataros', 'apunalarlo', 'apunalarla', 'apunalarte',
  'estrangularlo', 'estrangularla', 'estrangularte', 'envenenarlo', 'envenenarla', 'reventarlo', 'reventarla',
  'reventarte', 'dispararle', 'dispararles', 'pegarle', 'pegarles', 'pegarte', 'cargarmelo', 'cargarmela',
  'cargarmelos', 'cargarmelas', 'cargarte', 'liquidarlo', 'liquidarla', 'acuchillarlo', 'acuchillarla', 'ahogarlo',
  'ahogarla', 'atropellarlo', 'atropellarla', 'rajarlo', 'rajarla', 'degollarlo', 'degollarla',
  '(?:partirle|romperle|partirte|romperte|partirles) (?:la cara|la boca|las piernas|el cuello|la cabeza|la crisma)',
  'darle una paliza', 'darles una paliza', 'darte una paliza', 'hacerle dano', 'hacerles dano', 'hacerte dano',
)
// prettier-ignore
const HARM_LEAD = any(
  'voy a', 'vamos a', 'quiero', 'kiero', 'pienso', 'me dan ganas de', 'tengo ganas de', 'me entran ganas de',
  'ganas de', 'podria', 'seria capaz de', 'soy capaz de', 'estoy a punto de', 'juro que voy a', 'tengo que',
  'deberia', 'me gustaria', 'ojala pudiera', 'estoy por', 'acabare por', 'he pensado en', 'pienso en',
  'estoy pensando en', 'tengo miedo de', 'me da miedo',
)
/** What someone does to the client, said with the subject left out: "me pega", "nos amenaza". */
// prettier-ignore
const DONE_TO_ME = any(
  'pega', 'pegaba', 'pegan', 'pegaban', 'pego', 'pegaron', 'ha pegado', 'han pegado', 'ha vuelto a pegar',
  'vuelve a pegar', 'sigue pegando', 'esta pegando', 'amenaza', 'amenazo', 'amenazan', 'amenazaba', 'ha amenazado',
  'maltrata', 'maltrataba', 'viola', 'violaba', 'estrangula', 'ahoga', 'empuja', 'empujo', 'da palizas',
  'da golpes', 'dio una paliza', 'ha dado una paliza', 'pega palizas', 'tiene encerrada', 'tiene encerrado',
  'tiene encerrados', 'encierra', 'persigue', 'acosa', 'vigila', 'quita el movil', 'quito el movil',
  'insulta y me pega', 'grita y me pega', 'zarandea', 'tira del pelo', 'agarra del cuello',
)
/** After "me pega", "me persigue": the sun, a fright or a memory, not a person. */
// prettier-ignore
const DONE_ORDINARY = [
  'el sol', 'un susto', 'un grito', 'la gripe', 'el resfriado', 'un bano', 'una ducha', 'un chapuzon', 'una siesta',
  'un atracon', 'un madrugon', 'un paseo', 'un homenaje', 'un golpe', 'fuerte el sol', 'la cancion', 'el recuerdo',
  'la idea', 'la imagen', 'el pasado', 'la mala suerte', 'el olor', 'la musica', 'con todo', 'con la ropa',
]

// prettier-ignore
export const RISK_ES: RiskWords = {
  patterns: {
    'suicidal-thoughts': [
      `(?:me |te )?${WANT} (?:morir|morirme)${notBefore(...DIE_OF)}`,
      `me ${WANT} (?:matar|suicidar|morir)${notBefore(...DIE_OF, 'a', 'al', 'el tiempo')}`,
      `${WANT} (?:matarme|suicidarme|quitarme la vida|quitarme de en medio|acabar con mi vida|terminar con mi vida)`,
      'suicid(?:io|ios|arme|arse|arte|a|as|al|ales|o|ar|ando|andome|ado|ada)',
      '(?:quitarme|quitarse|me quito|me quite) (?:la vida|de en medio)',
      `(?:acabar|terminar|acabe|termine|acabo|termino) con (?:mi vida|mi sufrimiento|mi existencia)`,
      `${WANT} (?:acabar|terminar) con (?:todo|todo esto|esto|todo ya)${notBefore('el', 'la', 'los', 'las', 'lo',
        'de', 'que', 'tu', 'su')}`,
      `(?<=(?:^|\\. |yo |que |creo que |un dia |al final |cualquier dia |si sigo asi |o ) )me (?:mato|suicido)${
        notBefore('a', 'de', 'por', 'trabajando', 'a trabajar', 'estudiando', 'a estudiar', 'en el gimnasio')}`,
      `(?:por que|porque|xq|pq|x que|x q|por q|porq) no me (?:muero|mato|muera)`,
      `me muero ya${END}`,
      '(?:estaria|estarias|estariamos|estaria|seria|estaran|estarian) mejor (?:muert[oa]s?|sin mi)',
      `(?:mejor|mas felices|mas tranquil[oa]s|mas a gusto|bien) sin mi${END}`,
      `ojala (?:que )?(?:estuviera muert[oa]|me muriera|me muriese|me muera|me matara|me matase|me atropellara|${
        ''}me atropelle|me pasara algo|no despertara|no despertase|no me despierte|no despertar(?:me)?|${
        ''}no volver a despertar(?:me)?|no hubiera nacido|no existiera|${
        ''}no existiese|desapareciera|desapareciese|me toque morir)`,
      `(?:preferiria|prefiero) (?:estar )?(?:muert[oa]|no existir|no haber nacido|morir|morirme)`,
      `${WANT} estar (?:ya )?muert[oa]`,
      `no (?:quiero|kiero|kero|queria|quisiera|deseo) (?:seguir )?(?:vivir|viviendo)${notBefore(...LIVE_WHERE)}`,
      `no (?:quiero|kiero|kero|quisiera) (?:existir|seguir existiendo|seguir en este mundo|estar en este mundo|${
        ''}seguir con vida|volver a despertar(?:me)?)`,
      `no (?:quiero|kiero|kero|quisiera) seguir (?:aqui|asi)${notBefore('en', 'con', 'trabajando', 'esperando',
        'mucho', 'sentad[oa]', 'de pie')}`,
      `no (?:quiero|kiero|kero|quisiera) (?:despertar|despertarme|levantarme) (?:mas|nunca mas|nunca|manana|${
        ''}jamas)?${notBefore('temprano', 'pronto', 'tarde', 'a las', 'antes', 'con', 'de', 'por', 'manana temprano',
        'manana pronto', 'manana a', 'hoy', 'el', 'los', 'en')}`,
      `(?:no le veo|no tiene|no encuentro|no hay|ya no tiene|sin) (?:ningun )?(?:sentido|razon|motivo|razones|motivos) ${
        ''}(?:a |para |en |de )?(?:seguir viviendo|vivir|la vida|mi vida|seguir aqui|seguir adelante|existir|${
        ''}estar viv[oa]|seguir${END})`,
      `para que (?:seguir viviendo|vivir|seguir aqui|existir|seguir${END}|levantarme${END})`,
      `(?:cansad[oa]s?|hart[oa]s?) de (?:vivir|la vida|existir|estar viv[oa]|seguir viviendo)${notBefore(
        ...LIVE_WHERE)}`,
      `(?:cansad[oa]s?|hart[oa]s?) de todo${END}`,
      `(?:dejar|deje|dejo) de (?:existir|vivir|respirar)${notBefore('con', 'en', 'asi', 'de', 'para', 'por', 'a')}`,
      '(?:desaparecer|desaparecerme|esfumarme) (?:para siempre|del todo|de este mundo|del mapa para siempre)',
      `(?:me )?${WANT} (?:irme|ir|marcharme|largarme) (?:de este mundo|del mundo|de esta vida|al otro barrio)`,
      '(?:irme|estar|reunirme) con (?:mi|mis) \\S+ (?:al cielo|en el cielo)',
      `(?:dormir(?:me)?|quedarme dormid[oa]) y (?:no|nunca|ya no|no volver a) (?:despertar|despertarme)`,
      'no (?:despertar|despertarme) (?:nunca|jamas|nunca mas)',
      `nadie me (?:echaria|echara|va a echar|iba a echar|echaria nunca) de menos`,
      '(?:a nadie le|nadie le) (?:importaria|importara|importa) si (?:me muero|muriera|desapareciera|no estuviera|me mato)',
      `soy (?:una|un) (?:carga|estorbo)(?:${END}| para (?:todos|mi familia|mis padres|mis hijos|los demas|${
        ''}todo el mundo|ellos|mi pareja|mi madre|mi padre|vosotros|ustedes))`,
      '(?:carta|cartas|nota|notas|mensaje|mensajes) de (?:despedida|suicidio|adios)',
      `no vale la pena (?:vivir|seguir viviendo|la vida|estar viv[oa]|seguir asi|seguir${END})`,
      `(?:la vida|mi vida|vivir) no (?:vale la pena|tiene sentido|vale nada)`,
      `(?:pienso|pensar|pensando|pense|pensado) (?:mucho |todo el dia |a menudo |cada dia |siempre )?en ${any('morir',
        'morirme', 'matarme', 'mi (?:propia )?muerte', 'mi funeral', 'no despertar', 'desaparecer para siempre',
        'la muerte', 'dejar de existir')}`,
      `(?:quiero|kiero|necesito|ojala) (?:que )?(?:todo|esto|la vida|mi vida|el dolor) (?:se acabe|termine|acabe|${
        ''}se termine|se acabe ya)`,
      `no puedo seguir (?:asi|viviendo|viviendo asi|con (?:mi vida|esta vida|esto))${END}`,
      `(?:voy a|puedo|podria|tengo miedo de|miedo a|me da miedo) hacer (?:una tonteria|una locura|algo que no tiene ${
        ''}vuelta atras)`,
      '(?:he decidido|ya he decidido|decidi|tengo decidido) (?:hacerlo|matarme|suicidarme|acabar con todo|irme para siempre)',
    ],
    'self-harm': [
      `me (?:corto|corte|cortaba|cortare|he cortado|he vuelto a cortar|vuelvo a cortar|sigo cortando|estoy cortando)${
        notBefore(...CUT_ORDINARY)}`,
      `cortarme${notBefore(...CUT_ORDINARY)}`,
      `me (?:hago|hacia|haria|hare|he hecho|voy a hacer|estoy haciendo|sigo haciendo) dano${notBefore(...HURT_ORDINARY)}`,
      `(?:hacerme|haciendome) dano${notBefore(...HURT_ORDINARY)}`,
      'me hice dano (?:a proposito|aposta|adrede|queriendo)',
      'auto ?lesi[a-z]*',
      `me (?:quemo|queme|quemaba|he quemado) (?:con|los|las|el|la) ${any('cigarros?', 'cigarrillos?', 'mecheros?',
        'un mechero', 'el mechero', 'un cigarro', 'brazos', 'munecas', 'piernas', 'muslos', 'piel', 'brazo', 'muneca')}`,
      `quemarme (?:los brazos|las piernas|la piel|con (?:cigarros?|cigarrillos?|mecheros?|un mechero))`,
      '(?:cortes|cicatrices|marcas|quemaduras) (?:en|de) (?:los|las|mis) (?:brazos|munecas|muslos|piernas)',
      `me (?:doy|daba|di|pego|pegaba) (?:golpes|cabezazos|punetazos) (?:contra|en) (?:la|las|el|los) ${any('pared',
        'paredes', 'puerta', 'suelo', 'espejo', 'cabeza')}`,
      `(?:golpearme|pegarme) (?:la cabeza )?contra (?:la|las|el) (?:pared|paredes|puerta|suelo)`,
      'hasta (?:sangrar|hacerme sangre|que (?:me )?sangr[ae]|que sale sangre|que salga sangre)',
      `(?:cuchilla|cuchillas|navaja|cuter|hoja de afeitar|cristal) (?:en|sobre|contra) (?:mi piel|mis brazos|${
        ''}mis munecas|mis piernas|el brazo|la muneca)`,
      `(?:lastimarme|lastimandome)${notBefore(...HURT_ORDINARY, 'el', 'la', 'los', 'las')}`,
      `me lastimo (?:a proposito|aposta|adrede|${END})`,
      '(?:ganas|necesidad|impulso|impulsos) de (?:cortarme|quemarme|lastimarme|autolesionarme|golpearme|castigarme)',
    ],
    'plan-or-means': [
      `(?:juntando|juntar|junto|junte|acumulando|acumular|acumule|guardando|guardo|guarde|guardadas|guardados|${
        ''}escondiendo|escondo|escondidas|ahorrando|reuniendo|reuni|he reunido|he juntado|he guardado|tengo guardadas|${
        ''}tengo guardados|colecciono|almacenando|tengo escondidas) (?:muchas |unas |todas (?:las |mis )?|las |mis |${
        ''}bastantes |varias |suficientes )?${PILLS}`,
      `(?:tomarme|tomar|tomarmelas|tomarmelos|tragarme|tragarmelas|me tome|me tomo|me trague|me voy a tomar|${
        ''}beberme) (?:todas|todos|un bote|una caja|un blister|un frasco|el bote|la caja|muchas|un monton de|${
        ''}un punado de|el frasco|toda la caja|todo el bote|una caja entera|un bote entero)`,
      `(?:cuantas|cuantos) ${PILLS} (?:hacen falta|hace falta|necesito|se necesitan|para)`,
      'dosis (?:letal|mortal)|(?:dosis|cantidad) (?:que es )?(?:letal|mortal)',
      `(?:cuanto|cuanta|cuantas|cuantos) (?:\\S+ )?(?:hace falta|hacen falta|se necesita|se necesitan) para (?:morir|${
        ''}matarse|matarme|no despertar)`,
      `(?:tomar|tomarme|me tome|hacer|pensar en|intente|quiero|voy a tomar|he tomado) una sobredosis`,
      `(?:tirarme|lanzarme|arrojarme|aventarme|botarme|me (?:\\S+ ){0,2}?(?:tirar|lanzar|arrojar|tiro|tire|lanzo|${
        ''}arrojo|aviento)) (?:por|de|del|desde|a|al|bajo|delante de|debajo de) (?:el |la |un |una |los |las |lo )?${
        ''}(?:alto de |alto del |ultimo piso de |ultimo piso del )?(?:el |la |un |una )?${HIGH}`,
      '(?:la|una) cuerda (?:preparada|lista|comprada|atada|para (?:colgarme|ahorcarme))',
      '(?:ahorcarme|ahorcarse|me ahorco|me ahorcare|me (?:\\S+ ){1,2}?ahorcar)',
      `colgarme${notBefore('la', 'el', 'los', 'las', 'una', 'un', 'del telefono', 'al telefono', 'de', 'en')}`,
      '(?:pegarme|pegarse|me voy a pegar|me pego|me pegare) un tiro',
      '(?:cortarme|me corto|me voy a cortar|abrirme|me abro|me corte) las venas',
      `(?:tengo|he comprado|consegui|compre|he conseguido|guardo) (?:una|un|el|la) (?:pistola|arma|escopeta|revolver|${
        ''}veneno|matarratas)`,
      '(?:tomar|beber|beberme|tomarme|tragarme|me bebi|me tome) (?:lejia|veneno|matarratas|anticongelante)',
      'estrellarme (?:con el coche )?contra',
      `(?:he mirado|busque|buscando|busco|mire|he buscado|buscar) (?:en internet )?(?:como|formas de|maneras de|${
        ''}la forma de|metodos para|la manera de) (?:matarme|suicidarme|morir|quitarme la vida|no despertar|ahorcarme)`,
      `(?:tengo|ya tengo) (?:todo )?(?:planeado|pensado|decidido) (?:como|cuando|el dia) (?:hacerlo|matarme|morir|${
        ''}acabar|lo voy a hacer)`,
    ],
    'harm-to-others': [
      `${HARM_LEAD} ${NEG}${HARM_DO} ${OTHERS}`,
      `${HARM_LEAD} ${NEG}${HARM_CLITIC}${notBefore('de risa', 'a besos', 'a cosquillas', 'de un susto', 'a disgustos')}`,
      `(?:lo|la|los|las|le|les|te|os) ${NEG}(?:${HARM_LEAD}) (?:matar|partir la cara|romper la cara|apunalar|${
        ''}reventar|estrangular|hacer dano|dar una paliza|pegar un tiro|disparar|ahogar|atropellar|envenenar|liquidar|${
        ''}rajar|degollar)${notBefore('de risa', 'a besos', 'a cosquillas', 'de un susto', 'a disgustos')}`,
      `(?:quiero|deseo|ojala|me gustaria) que (?:\\S+ ){0,3}?(?:se muera|se muriera|muera|muriera|este muert[oa]|${
        ''}estuviera muert[oa]|sufra)${notBefore('de', 'del', 'por')}`,
      '(?:me voy a vengar|vengarme|me las va a pagar|me la va a pagar|me las van a pagar|me las vais a pagar|me las pagaran|lo va a pagar caro|la va a pagar caro)',
      '(?:poner una bomba|disparar a todos|matar a todos|matarlos a todos|liarme a tiros|entrar a tiros)',
    ],
    'danger-now': [
      `(?:me|nos) ${DONE_TO_ME}${notBefore(...DONE_ORDINARY)}`,
      `(?:me|nos) (?:va a|van a|quiere|quieren|ha dicho que va a|dice que va a|dijo que iba a|intento|${
        ''}ha intentado|trato de|amenaza con|amenazo con|ha amenazado con) (?:matar|pegar|hacer dano|violar|quemar|${
        ''}apunalar|ahogar|estrangular|dar una paliza|echar de casa)${notBefore('a disgustos', 'de un susto', 'de risa',
        'de aburrimiento', 'de pena', 'de hambre', 'a besos', 'a preguntas')}`,
      `amenaz[a-z]* con (?:matarme|matarnos|pegarme|hacerme dano|quemarme|echarme|matar a (?:mis|los|mi) \\S+|${
        ''}llevarse a (?:los|mis) (?:ninos|hijos|hijas|nenes)|quitarme a (?:los|mis) \\S+|matarse)`,
      `(?:tengo|me da|tenemos) (?:mucho )?miedo (?:de )?que (?:me|nos|le haga a (?:mis|los) \\S+) ${any('mate',
        'pegue', 'haga dano', 'encuentre', 'vuelva a pegar', 'viole', 'haga algo', 'queme', 'mate a')}`,
      `(?:tengo|me da) (?:mucho )?miedo (?:de )?(?:volver a casa|ir a casa|mi (?:marido|pareja|novio|ex|padre|madre|${
        ''}padrastro|novia|mujer|esposo|esposa)|el|ella|lo que (?:me )?(?:pueda|vaya a) hacer)`,
      `no me siento segur[oa] (?:en casa|con el|con ella|con mi \\S+|en mi casa|aqui|ahora|${END})`,
      '(?:temo|tengo miedo|tememos) por (?:mi|nuestra) vida',
      'estoy en peligro|estamos en peligro',
      `no me deja (?:salir|ver a|hablar con|usar el movil|trabajar|tener movil)`,
      `(?:me )?(?:puso|pone|ha puesto|saco|ha sacado|apunto|apunta) (?:un|el|una|la) (?:cuchillo|navaja|pistola|arma|${
        ''}escopeta) (?:en|contra|a) (?:mi|el|la) (?:cuello|garganta|cabeza|pecho|cara)`,
      'me (?:apunto|apunta|amenazo|amenaza) con (?:un|una|la|el) (?:pistola|arma|escopeta|cuchillo|navaja)',
      `(?:me esta|esta|me estan) esperando (?:fuera|afuera|en la puerta) (?:de casa|de mi casa|del trabajo)?${END}`,
    ],
  },
  idioms: [
    `(?:me |te |se |nos )?(?:muero|muere|morir|morirme|muriendo|muera|mueren|morimos) (?:de|por) ${any('ganas',
      'risa', 'sueno', 'hambre', 'frio', 'calor', 'amor', 'envidia', 'verguenza', 'pena', 'aburrimiento', 'asco',
      'nervios', 'susto', 'miedo', 'un cafe', 'una cerveza', 'un helado', 'verte', 'ir', 'volver', 'saber')}`,
    '(?:muert[oa]s?) de (?:hambre|cansancio|sueno|risa|frio|calor|miedo|aburrimiento|verguenza|envidia|sed|pena)',
    `(?:matar|mata|matan|mato|matando|matarme|me van a matar|me va a matar) ${any('el tiempo', 'el rato',
      'el gusanillo', 'a disgustos', 'de risa', 'de aburrimiento', 'de un susto', 'la curiosidad', 'el hambre')}`,
    'mataria por|matar por un|me mata (?:la|el) (?:curiosidad|espalda|intriga|calor|cuello|cabeza|sueno|hambre)',
    `me (?:corte|corto|queme|quemo|hice dano|lastime|hago dano) (?:cocinando|pelando|afeitandome|con el horno|${
      ''}con la plancha|con el aceite|con la sarten|con el cafe|con un papel|con el papel|sin querer|jugando|corriendo|${
      ''}entrenando|en la cocina|al caer|al caerme|en el trabajo|haciendo \\S+|con la olla|con el agua)`,
    '(?:el sol|la luz|el viento|el aire|la lluvia|el calor) (?:me|nos) (?:pega|pegaba|pegan|pego|da|daba)',
    '(?:nos )?tiramos (?:al agua|a la piscina|al mar|al rio)',
    'de muerte',
  ],
  negators: ['no', 'nunca', 'jamas', 'tampoco', 'ni'],
  whatIf: ['si', 'y si', 'imagina', 'imaginate', 'supongamos', 'suponte', 'por ejemplo si'],
  breakers: ['pero', 'aunque', 'sino', 'porque', 'y', 'mas', 'sin embargo'],
}
