import type { RiskWords } from './lang-types'
import { END, any, notBefore } from './risk-slots'

/**
 * How people say it in German, as patterns over normalised text (lower case, umlauts stripped: "wäre" → "ware",
 * "Brücke" → "brucke", a comma is "."). German puts the verb last and the object and the little softening words
 * before it ("ich will mich einfach nur noch umbringen"), so the patterns anchor on the object and the verb and
 * let the softening words (FILL) sit in between. The shared normaliser reads "im" as English "i am", so "im" is
 * matched both ways. A negator inside a phrase ("ich will mich nicht umbringen") is the only capturing group.
 */

/** Softening words that may stand anywhere in a German phrase without changing it. */
// prettier-ignore
const FILL = `(?:${any(
  'einfach', 'echt', 'halt', 'eben', 'wirklich', 'nur', 'noch', 'mal', 'doch', 'ja', 'eh', 'schon', 'gerade',
  'irgendwie', 'manchmal', 'vielleicht', 'lieber', 'so', 'gern', 'gerne', 'am liebsten', 'jetzt', 'bald', 'heute',
  'wieder', 'endlich', 'auch', 'oft', 'ganz', 'uberhaupt', 'ueberhaupt', 'genau', 'total', 'sowieso', 'dann',
  'jedes mal', 'immer', 'immer wieder', 'standig', 'morgens', 'abends', 'nachts', 'heimlich', 'selbst',
  'gestern', 'letzte nacht', 'bestimmt', 'gleich',
)} )*`
/** A negator inside the phrase: the hit is marked negated, never dropped. */
const NEG = '(?:(nicht|nie|niemals|nicht mehr) )?'
const ICH = '(?:ich|i)'

/** "(ich) will", "möchte", "würde", "werde" …: the wish or intent before a German infinitive. */
// prettier-ignore
const WANT = any(
  'will', 'willst', 'wollte', 'mochte', 'moechte', 'mocht', 'wurde', 'wuerde', 'wurd', 'werde', 'werd', 'mag',
  'muss', 'sollte', 'konnte', 'koennte', 'kann', 'ware', 'waere', 'wunsche mir', 'wunschte',
)

// prettier-ignore
const PILLS = any(
  'tabletten', 'tablette', 'pillen', 'medikamente', 'medikamenten', 'schlaftabletten', 'schlafmittel',
  'beruhigungsmittel', 'antidepressiva', 'tavor', 'paracetamol', 'ibuprofen', 'insulin', 'diazepam', 'valium',
  'tramadol', 'opioide', 'tabl', 'benzos', 'lithium',
)
// prettier-ignore
const HIGH = any(
  'brucke', 'bruecke', 'autobahnbrucke', 'dach', 'hochhaus', 'balkon', 'fenster', 'klippe', 'klippen', 'felsen',
  'turm', 'parkhaus', 'staumauer', 'aussichtsturm', 'gebaude', 'haus', 'kirchturm', 'fernsehturm', 'abgrund',
)
// prettier-ignore
const VEHICLE = any(
  'zug', 'zuge', 'u bahn', 'ubahn', 's bahn', 'sbahn', 'bahn', 'lkw', 'laster', 'auto', 'bus', 'strassenbahn',
  'tram', 'ice', 'regionalbahn', 'gueterzug', 'guterzug',
)

/** People close to the client, as they name them. */
// prettier-ignore
const KIN = any(
  'mann', 'ehemann', 'ex', 'exmann', 'exfreund', 'exfreundin', 'freund', 'freundin', 'partner', 'partnerin',
  'vater', 'papa', 'stiefvater', 'stiefpapa', 'mutter', 'mama', 'stiefmutter', 'bruder', 'schwester', 'onkel',
  'tante', 'opa', 'oma', 'sohn', 'tochter', 'nachbar', 'nachbarin', 'chef', 'chefin', 'vermieter', 'zuhalter',
  'kollege', 'kollegin', 'frau', 'ehefrau', 'verlobter', 'verlobte', 'typ', 'kerl', 'lehrer', 'lehrerin', 'kind',
  'kinder', 'baby', 'mitschuler', 'mitschulerin', 'stiefsohn', 'stieftochter', 'schwiegervater', 'schwiegermutter',
  'arsch', 'arschloch', 'wichser', 'penner',
)
const POSS = any(
  'mein',
  'meine',
  'meinen',
  'meinem',
  'meiner',
  'sein',
  'seine',
  'seinen',
  'seinem',
  'seiner',
  'ihr',
  'ihre',
  'ihren',
  'ihrem',
  'ihrer',
  'unser',
  'unsere',
  'unseren',
  'unserem',
  'der',
  'die',
  'den',
  'dem',
  'diesen',
  'diese',
  'dieser',
  'diesem',
  'dieses',
  'das',
)

/** Someone else, as the object of harm ("ihn", "meinen Chef", "den" as people say it). */
const OTHERS = any(
  '(?:die|sie|euch|ihn|die da) alle',
  'ihn',
  'sie',
  'die',
  'den',
  'der',
  'dich',
  'euch',
  'jemanden',
  'jemand',
  'alle',
  'ihm',
  'ihr',
  'ihnen',
  'dir',
  'leute',
  'menschen',
  `${POSS} (?:[^ .]+ )?${KIN}`,
)
/** Someone else, as the one who threatens ("er", "mein Ex", "der Freund meiner Mutter"). */
const THEM = any('er', 'sie', 'man', 'jemand', 'der', `${POSS} (?:[^ .]+ )?${KIN}`)
/** The client or those in their care, as the object of a threat. */
// prettier-ignore
const ME = any(
  'mich', 'uns', 'mir', 'die kinder', 'meine kinder', 'mein kind', 'meinen sohn', 'meine tochter', 'das baby',
  'unser kind', 'unsere kinder', 'meinen hund', 'meine mutter', 'meine mama', 'uns alle', 'mich und die kinder',
)

/** Ways of killing oneself, as an infinitive after "mich" ("mich umbringen", "mich zu erhängen"). */
// prettier-ignore
const KILL_SELF = any(
  'umbringen', 'umzubringen', 'umbringe', 'umgebracht', 'toten', 'zu toten', 'tote', 'selbst toten',
  'selbst umbringen', 'erhangen', 'zu erhangen', 'erhange', 'aufhangen', 'aufzuhangen', 'aufhange', 'aufknupfen',
  'erschiessen', 'zu erschiessen', 'erschiesse', 'vergiften', 'zu vergiften', 'vergifte', 'ertranken',
  'zu ertranken', 'ertranke', 'vergasen', 'zu vergasen', 'anzunden', 'anzuzunden', 'totfahren',
  'kaputt machen', 'vom leben verabschieden', 'abmurksen',
)
const HANG_SHOOT = any(
  'erhangen',
  'zu erhangen',
  'erhange',
  'aufhangen',
  'aufzuhangen',
  'aufhange',
  'aufknupfen',
  'erschiessen',
  'zu erschiessen',
  'erschiesse',
  'vergiften',
  'zu vergiften',
  'vergifte',
  'ertranken',
  'zu ertranken',
  'ertranke',
  'vergasen',
  'zu vergasen',
  'anzunden',
  'anzuzunden',
)
/** A threat said of "mich": the matcher reads these as danger, so the suicidal pattern leaves them alone. */
const THREAT_BEFORE = `(?<!(?:^| )(?:(?:gedroht|droht|drohte|angedroht|geschworen)(?: \\.)?|(?:er|sie|man|jemand|${KIN})(?: [^ .]+){0,2}) )`

// prettier-ignore
const SUICIDAL = [
  '(?:suizid|selbstmord|freitod|suicid)[a-z]*|lebensmude[a-z]*|lebensmuede[a-z]*',
  `${THREAT_BEFORE}mich ${FILL}${NEG}${FILL}${KILL_SELF}`,
  `(?:bring|bringe|brachte) mich ${FILL}um(?:${END}| ${any('wenn', 'falls', 'sobald', 'weil', 'dann', 'irgendwann',
    'heute', 'morgen', 'bald', 'jetzt')})`,
  `(?:mir|mich|sich) ${FILL}das leben ${FILL}(?:zu )?(?:nehmen|genommen|nehme)|(?:nehme|nehm|nahm) mir ${FILL}das leben`,
  `nicht mehr ${FILL}(?:${any('leben', 'weiterleben', 'da sein', 'hier sein', 'existieren', 'aufwachen',
    'am leben sein', 'aufwache', 'leben will', 'leben mochte', 'am leben', 'atmen')})${notBefore('wie', 'als', 'so',
    'mit', 'in', 'i am', 'im', 'an', 'bei', 'ohne', 'zu', 'von', 'wegen')}`,
  `nie ${FILL}(?:mehr |wieder )+(?:aufwachen|aufwache|aufzuwachen)`,
  // A wish across the comma German writes before its clause: "ich wünschte, ich würde morgen nicht aufwachen".
  `(?:wunschte|wunsche|hoffe|mochte)(?: mir)?(?: \\.)? (?:dass )?ich (?:[^ .]+ ){0,4}?(?:nicht|nie) (?:mehr |wieder )?${
    ''}(?:aufwachen|aufwache|aufzuwachen|aufwachte)`,
  `${any('kein', 'keine', 'keinen', 'null')} ${any('bock', 'lust', 'kraft', 'sinn', 'grund', 'mut', 'hoffnung',
    'energie', 'willen')} mehr ${FILL}(?:${any('auf', 'zu', 'zum', 'im', 'i am', 'in', 'fur', 'fuer')} )?(?:${any('das',
    'dieses', 'mein', 'meinem', 'dem', 'diesem')} )?${any('leben', 'weiterleben', 'weiter zu leben', 'zu leben',
    'weiterzuleben', 'existieren', 'zu existieren', 'dasein', 'leben zu')}`,
  `keinen (?:sinn|grund) mehr (?:${any('in', 'im', 'i am', 'fur', 'zum')} )?(?:${any('meinem', 'dem', 'diesem',
    'mein')} )?${any('leben', 'weiterleben', 'weiterzuleben', 'zu leben', 'weiter zu leben')}`,
  `(?:sehe|seh|sah) ${FILL}keinen (?:sinn|ausweg|grund) mehr${END}|(?:sehe|seh) keinen ausweg mehr`,
  `(?:das |mein )?leben (?:hat|macht|ergibt) ${FILL}keinen sinn(?: mehr)?`,
  `${WANT} (?:ich )?${FILL}${NEG}${FILL}sterben${notBefore('vor', 'fur', 'fuer', 'an', 'im', 'i am', 'in', 'mit',
    'wie', 'als', 'lassen')}`,
  `sterben ${any('will', 'mochte', 'moechte', 'wollte', 'wurde', 'werde', 'mag')}`,
  `${any('ware', 'waere', 'wurde', 'wuerde', 'war')} (?:ich )?${FILL}(?:${any('tot', 'nicht mehr da',
    'nicht mehr am leben', 'nie geboren', 'nicht geboren', 'lieber tot', 'besser tot', 'tot sein')})${END}`,
  `${ICH} ${FILL}(?:ware|waere) ${FILL}(?:tot|nie geboren|nicht mehr da)`,
  `${ICH} ${FILL}nicht mehr (?:da|hier|am leben) (?:ware|waere|bin|sei|wurde)`,
  `tot sein ${any('will', 'mochte', 'moechte', 'wollte')}|${WANT} (?:ich )?${FILL}tot sein`,
  `(?:nie|niemals|gar nicht) geboren (?:werden|worden|sein)`,
  `(?:mach|mache|machen|machte) ${FILL}schluss mit ${any('allem', 'dem leben', 'meinem leben', 'mir', 'allem hier')}|${
    ''}schluss machen mit ${any('allem', 'dem leben', 'meinem leben', 'mir')}`,
  `${any('allem', 'meinem leben', 'dem ganzen', 'dem leben')} ${FILL}ein ende ${any('setzen', 'machen', 'bereiten',
    'zu setzen', 'zu machen', 'zu bereiten', 'setze', 'mache', 'bereite')}`,
  `${WANT} ${FILL}(?:es|alles) ${FILL}beenden${END}|mein leben (?:zu )?beenden|mein leben beende`,
  `besser dran ohne mich|ohne mich ${FILL}besser dran|ohne mich (?:${any('ware', 'waere', 'waren', 'waeren', 'ist',
    'wird')}) ${FILL}(?:alles |es |alle |die welt )?${FILL}(?:besser|leichter|einfacher)|besser ohne mich`,
  `(?:bin|ware|waere) ${FILL}(?:eine |ne )(?:last|belastung)(?:${END}| ${any('fur', 'fuer', 'fur alle', 'fur meine')})|${
    ''}falle ${FILL}${any('allen', 'euch', 'meiner familie', 'dir', 'jedem', 'allen nur', 'meinen eltern')} ${FILL}zur last`,
  `(?:niemand|keiner|kein mensch|keine sau) ${FILL}(?:wurde|wuerde|wird) ${FILL}mich ${FILL}vermissen|${
    ''}mich ${FILL}(?:wurde|wuerde|wird) ${FILL}(?:niemand|keiner) ${FILL}vermissen`,
  'abschiedsbrief(?:e|en)?|abschiedsnachricht(?:en)?|abschiedsvideo|abschiedsworte',
  `(?:wozu|wofur|wofuer|warum) ${FILL}(?:${any('weiterleben', 'leben', 'am leben bleiben', 'weitermachen')})${END}|${
    ''}warum lebe ich ${FILL}(?:noch|uberhaupt)`,
  `zu ${any('meinem', 'meiner', 'meinen')} (?:[^ .]+ ){1,2}?in den himmel|${WANT} (?:ich )?${FILL}in den himmel${END}`,
  `${ICH} ${FILL}(?:fur|fuer) immer ${FILL}${any('verschwinden', 'verschwinde', 'weg sein', 'einschlafen', 'schlafen',
    'weg')}`,
  `${WANT} (?:ich )?${FILL}verschwinden${END}`,
  `(?:ich )?kann ${FILL}nicht mehr${END}|${any('will', 'mag')} ${FILL}nicht mehr${END}`,
  `(?:will|mochte|moechte|wunsche mir|wunschte) (?:\\. )?dass ${any('alles', 'es', 'das alles', 'der schmerz',
    'alles endlich')} ${FILL}(?:aufhort|aufhoert|endet|vorbei ist)${notBefore('zu')}`,
  `(?:einschlafen|schlafen) und ${FILL}(?:nie|nicht) ${FILL}(?:mehr |wieder )*(?:aufwachen|aufzuwachen)`,
  `(?:halte|halt|ertrage|ertrag) ${FILL}${any('das', 'es', 'das alles', 'dieses leben', 'mein leben', 'den schmerz',
    'das leben')} ${FILL}nicht mehr(?: aus)?${END}`,
  `(?:hat|macht|ergibt) ${FILL}alles ${FILL}keinen sinn mehr|alles (?:hat|macht|ergibt) ${FILL}keinen sinn mehr|${
    ''}nichts (?:hat|macht|ergibt) ${FILL}(?:mehr )?sinn${END}`,
  `(?:mude|muede|satt) (?:vom|von dem|des) lebens?|(?:habe|hab|bin) ${FILL}das leben ${FILL}satt`,
  `${any('leben', 'alles', 'dasein')} (?:ist|wirkt|scheint) ${FILL}(?:sinnlos|hoffnungslos|bedeutungslos|${
    ''}nicht (?:mehr )?lebenswert)|nicht (?:mehr )?lebenswert`,
  `${any('will', 'mochte', 'moechte', 'wurde', 'wuerde')} ${FILL}(?:weg ${FILL}(?:fur|fuer) immer|(?:fur|fuer) immer weg)`,
  `(?:kann|will|mag|mochte|moechte) ${FILL}nicht ${FILL}(?:weiterleben|weiter leben|leben)${notBefore('wie', 'als',
    'mit', 'in', 'i am', 'im', 'an', 'bei', 'ohne', 'von', 'wegen')}`,
  `bin ich ${FILL}nicht mehr (?:da|hier|am leben)${END}|${ICH} ${FILL}(?:tot|nie geboren|nicht mehr da) (?:ware|waere)`,
  `(?:schnauze|nase) ${FILL}voll (?:vom|von dem|von meinem) leben|mein leben ist ${FILL}vorbei${END}`,
  `(?:niemand|keiner|kein mensch) ${FILL}(?:wurde|wuerde|wird) ${FILL}es ${FILL}(?:merken|bemerken|auffallen) (?:\\. )?${
    ''}wenn ich`,
  `(?:denke|denk|dachte) ${FILL}(?:daran|dran|druber|daruber) ${FILL}(?:\\. )?(?:${any('zu sterben',
    'tot zu sein', 'mich umzubringen', 'nicht mehr da zu sein', 'nicht mehr zu leben', 'nicht mehr aufzuwachen')})`,
]

// prettier-ignore
const PLAN = [
  `${PILLS} ${FILL}${any('gesammelt', 'gehortet', 'gebunkert', 'gespart', 'aufgespart', 'versteckt',
    'zusammengesammelt', 'zur seite gelegt', 'beiseite gelegt', 'gezahlt', 'bereitgelegt', 'bereit gelegt')}`,
  `${any('sammle', 'sammel', 'sammeln', 'horte', 'horten', 'bunkere', 'bunker', 'spare')} ${FILL}(?:[^ .]+ ){0,2}?${PILLS}`,
  `${any('alle', 'die ganze packung', 'eine ganze packung', 'ganze packung', 'eine handvoll', 'zu viele',
    'die ganzen', 'packungsweise', 'eine packung')} (?:${any('meine', 'meiner', 'die', 'der', 'von den', 'von meinen',
    'seine', 'ihre')} )?(?:[^ .]+ )?${PILLS}`,
  `${PILLS} ${FILL}auf einmal`,
  'uberdosis|ueberdosis|uberdosieren|uberdosiert|(?:todliche|toedliche|todlichen) (?:dosis|menge)',
  `wie ${any('viele', 'viel')} ${PILLS}|wieviele ${PILLS}`,
  `(?:${any('von der', 'von einer', 'vom', 'von dem', 'von einem', 'aus dem', 'aus einem', 'von meinem')} )(?:[^ .]+ )?${
    HIGH} ${FILL}(?:zu )?${any('springen', 'springe', 'spring', 'sturzen', 'zu sturzen', 'sturze', 'werfen',
    'zu werfen', 'runterspringen', 'hinunterspringen', 'runter springen', 'runterzuspringen', 'runterzusturzen',
    'gesprungen')}${END}`,
  `${any('springe', 'spring', 'springen', 'sturze', 'sturz', 'werfe', 'werf')} (?:mich )?${FILL}${any('von der',
    'vom', 'von dem', 'von einer', 'von einem', 'aus dem')} (?:[^ .]+ )?${HIGH}${notBefore('in', 'ins', 'i am', 'im',
    'auf die matte', 'und schwimme')}`,
  `(?:da |dort |hier )?(?:runterspringen|runter springen|hinunterspringen|runterzuspringen)${END}`,
  `vor (?:${any('den', 'einen', 'die', 'eine', 'das', 'ein')} )${VEHICLE}(?: zu)? ${any('werfen', 'zu werfen',
    'springen', 'zu springen', 'laufen', 'zu laufen', 'legen', 'zu legen', 'werfe', 'springe', 'gesprungen',
    'geworfen', 'stellen')}`,
  `(?:werfe|werf|werfen|lege|leg|legen|springe|spring|stelle) ${FILL}mich ${FILL}vor ${any('den', 'einen', 'die',
    'eine', 'das', 'ein')} ${VEHICLE}`,
  `(?:mich )?(?:auf|uber) die (?:gleise|schienen) ${FILL}(?:legen|zu legen|lege|gelegt)`,
  `${THREAT_BEFORE}mich ${FILL}${NEG}${FILL}${HANG_SHOOT}`,
  `${any('strick', 'seil', 'schlinge', 'galgen', 'kabel')} ${FILL}${any('besorgt', 'gekauft', 'geknupft', 'geknotet',
    'vorbereitet', 'bereit', 'aufgehangt', 'versteckt', 'holen', 'besorgen', 'kaufen', 'zu besorgen', 'zu kaufen')}`,
  `${any('strick', 'seil', 'schlinge', 'kabel', 'gurtel')} (?:${any('um', 'an')}) (?:den |meinen )hals`,
  `(?:habe|hab|hatte|besorge|besorgt|kaufe|gekauft) ${FILL}(?:${any('eine', 'ne', 'die', 'meine', 'einen', 'ein',
    'seine', 'papas', 'die von papa')} )?${any('waffe', 'pistole', 'gewehr', 'knarre', 'schusswaffe', 'strick',
    'rasierklingen')}${notBefore('fur den', 'fur die', 'fur das', 'zum jagen', 'im verein')}`,
  `(?:weiss|weis|wusste) ${FILL}(?:\\. )?${any('wie', 'wo', 'wann', 'womit')} ich ${FILL}(?:es|mich|mir das leben) ${
    FILL}${any('machen', 'mache', 'tun', 'tue', 'umbringe', 'umbringen', 'nehme', 'nehmen', 'erhange',
    'beende', 'beenden')}`,
  `(?:werde|will|mache|mach) (?:es|das) ${FILL}${any('heute nacht', 'heute abend', 'morgen', 'bald', 'jetzt',
    'am wochenende')} ${FILL}(?:tun|machen)${END}`,
  `(?:[1-9][0-9]+|zwanzig|dreissig|vierzig|funfzig|hundert) ${PILLS}`,
  `(?:stell|stelle|lege|leg|setze|setz) mich ${FILL}(?:auf|uber|vor) (?:die |das )?(?:gleise|gleis|schienen)`,
  `(?:einen |nen |den )?plan ${FILL}(?:\\. )?${any('wie', 'wann', 'wo')} ich (?:es|mich|mir)`,
  `(?:habe|hab) ${FILL}(?:einen|nen) plan(?: \\.)?$`,
  `schmerzlos(?:e|en|er)? ${any('sterben', 'methode', 'tod', 'weg')}|wie man sich ${any('umbringt', 'totet',
    'erhangt', 'das leben nimmt')}|wie bringt man sich um`,
  `pulsadern? ${FILL}(?:aufschneiden|aufgeschnitten|aufzuschneiden|aufschlitzen|aufgeschlitzt|schneiden|geschnitten)|${
    ''}(?:schneide|schneid|schlitze) ${FILL}mir ${FILL}die pulsadern?`,
  `(?:${any('gegen', 'in')} ${any('einen baum', 'den baum', 'die wand', 'eine wand', 'die mauer', 'eine mauer',
    'einen bruckenpfeiler', 'den gegenverkehr', 'einen lkw')}) ${FILL}(?:${any('fahren', 'zu fahren', 'rasen',
    'lenken', 'steuern', 'fahre', 'rase')})${END}`,
]

// prettier-ignore
const SELF_HARM = [
  `(?:ritze|ritz|ritzt|ritzte) ${FILL}(?:mich|mir|wieder|seit|heimlich|taglich|jeden)`,
  `(?:mich|mir) (?:[^ .]+ ){0,4}?(?:geritzt|ritzen|zu ritzen|aufgeritzt|ritze)`,
  `(?:${any('das', 'mit dem', 'vom', 'beim', 'zum', 'ans', 'an das')}) ritzen|ritzen ${any('wieder', 'aufhoren',
    'angefangen', 'aufgehort')}|ritzer(?:in)?`,
  'selbstverletz[a-z]*|svv|sich selbst verletzen|selbst verletzen|selbstschadigung|selbst schadigen',
  `(?:schneide|schneid|schnitt|schneiden|aufschneiden|ritze) ${FILL}mir ${FILL}(?:in |die |den |meine |meinen )*${
    any('arme', 'arm', 'unterarme', 'unterarm', 'handgelenke', 'handgelenk', 'beine', 'bein', 'oberschenkel', 'haut',
      'bauch', 'hufte', 'huften')}`,
  `mir ${FILL}(?:in )?(?:die |den |meine |meinen )${any('arme', 'arm', 'unterarme', 'unterarm', 'handgelenke',
    'handgelenk', 'beine', 'oberschenkel', 'haut', 'bauch')} ${FILL}(?:geschnitten|schneiden|geritzt|zu schneiden|${
    ''}verbrannt|zu verbrennen|verbrennen)`,
  `mich ${FILL}geschnitten (?:\\. )?${any('absichtlich', 'mit absicht', 'extra', 'wieder', 'um', 'weil', 'damit')}|${
    ''}mich ${FILL}(?:absichtlich|mit absicht|extra|bewusst) (?:[^ .]+ ){0,2}?${any('geschnitten', 'verbrannt',
    'verletzt', 'geschlagen', 'gekratzt', 'geritzt')}`,
  `(?:schneide|schneid) ${FILL}mich${END}|(?:schneide|schneid) mich ${any('wieder', 'seit', 'jeden', 'heimlich',
    'damit', 'um', 'weil', 'wenn')}`,
  `(?:verbrenne|verbrenn|verbrannte) ${FILL}mich${notBefore('in der sonne', 'an', 'am', 'beim', 'bei', 'i am', 'im',
    'standig am', 'immer am')}`,
  `mich ${FILL}mit ${any('zigaretten', 'kippen', 'einem feuerzeug', 'dem feuerzeug', 'feuerzeug', 'heissem wasser',
    'dem bugeleisen', 'einer zigarette')} ${FILL}(?:verbrannt|verbrennen|gebrannt)`,
  `${any('zigaretten', 'zigarette', 'kippen', 'kippe')} (?:auf|an) ${any('meiner', 'meinem', 'der', 'dem', 'meinen')} ${
    any('haut', 'arm', 'armen', 'hand', 'handen', 'bein', 'beinen')} ${FILL}(?:ausdrucken|ausgedruckt|ausdrucke|ausgemacht)`,
  `(?:mir|mich) ${FILL}(?:selbst )?${NEG}${FILL}${any('wehtun', 'weh tun', 'wehzutun', 'weh zu tun', 'weh getan',
    'wehgetan', 'verletzen', 'zu verletzen', 'verletze', 'schaden', 'zu schaden', 'bestrafen', 'zu bestrafen',
    'wehtue', 'weh tue', 'selbst verletzt')}${notBefore('beim', 'bei', 'am', 'i am', 'im')}`,
  `(?:tue|tu|tat) ${FILL}mir ${FILL}(?:selbst )?weh`,
  `mich ${FILL}(?:selbst )?geschnitten|mich ${FILL}(?:selbst )?verbrannt${END}`,
  `(?:hau|haue|schlage|schlag|boxe) ${FILL}mir ${FILL}(?:selbst )?${any('ins gesicht', 'in den bauch', 'auf den kopf',
    'gegen den kopf')}|(?:schlage|schlag|haue|hau) mich ${FILL}selbst`,
  `verletze ${FILL}mich (?:selbst|absichtlich)|verletze mich${END}`,
  `${any('schlage', 'schlag', 'schlug', 'haue', 'hau', 'knalle', 'knall', 'schlagen', 'hammere')} ${FILL}(?:mir )?${
    any('meinen', 'meinem', 'den', 'mein')} kopf ${FILL}(?:gegen|an) ${any('die', 'eine', 'den', 'der')} ${
    any('wand', 'mauer', 'tur', 'tisch', 'boden', 'spiegel')}`,
  'kopf gegen die wand (?:geschlagen|schlagen|gehauen|hauen|geknallt)',
  `(?:kratze|kratz|kratzte|kratzen) ${FILL}(?:mich|mir die haut|meine haut) ${FILL}(?:\\. )?(?:bis|blutig)|${
    ''}(?:mich|mir die haut) ${FILL}blutig ${FILL}(?:gekratzt|kratzen|kratze)`,
  `(?:ruckfall|rueckfall|ruckfallig|rueckfaellig) (?:[^ .]+ ){0,3}?${any('svv', 'ritzen', 'selbstverletzung',
    'schneiden', 'sh')}`,
  `(?:hungere|hunger|hungern) mich ${FILL}(?:aus|zu tode|runter)`,
  `${any('klinge', 'klingen', 'rasierklinge', 'rasierklingen', 'scherbe', 'scherben')} ${FILL}(?:auf|an|uber|in) ${
    any('meine', 'meinen', 'meiner', 'die', 'den')} ${any('haut', 'arme', 'arm', 'handgelenk', 'handgelenke', 'beine',
    'oberschenkel')}`,
  `${any('rasierklingen', 'klingen', 'rasierklinge')} ${FILL}(?:versteckt|gekauft|besorgt|gesammelt)`,
]

/** Harm said of someone else: "umbringen", "abstechen", "wehtun" … */
// prettier-ignore
const HARM = any(
  'umbringen', 'toten', 'abstechen', 'erstechen', 'erschiessen', 'abknallen', 'erwurgen', 'erschlagen',
  'totschlagen', 'kaltmachen', 'kalt machen', 'verprugeln', 'zusammenschlagen', 'wehtun', 'weh tun', 'etwas antun',
  'was antun', 'antun', 'vergiften', 'verletzen', 'umlegen', 'abmurksen', 'ertranken', 'erdrosseln', 'schlagen',
  'die fresse polieren', 'kaputtschlagen', 'umzubringen', 'zu toten', 'abzustechen', 'wehzutun',
)
const OTHERS_DAT = any('ihm', 'ihr', 'ihnen', 'dir', 'euch', 'jemandem', `${POSS} (?:[^ .]+ )?${KIN}`)

// prettier-ignore
const HARM_TO_OTHERS = [
  `${WANT} (?:ich )?${FILL}${OTHERS} ${FILL}${NEG}${FILL}${HARM}`,
  `(?:dass|das) ich ${FILL}${OTHERS} ${FILL}${HARM}`,
  `${any('stech', 'steche', 'knall', 'knalle', 'bring', 'bringe', 'schlag', 'schlage', 'mach', 'mache', 'leg',
    'lege')} ${FILL}${OTHERS} ${FILL}${any('ab', 'um', 'tot', 'kalt', 'zusammen', 'platt')}(?:${END}| ${any('wenn',
    'falls', 'sobald', 'weil', 'dann', 'irgendwann', 'eines tages', 'ich schwore', 'ehrlich')})`,
  `${OTHERS_DAT} ${FILL}(?:${any('etwas', 'was', 'irgendwas', 'was schlimmes', 'etwas schlimmes', 'etwas an')} )${
    FILL}(?:antue|antun|anzutun|antun konnte|angetan)`,
  `${OTHERS_DAT} ${FILL}${any('wehtun', 'weh tun', 'wehzutun', 'weh zu tun', 'wehtue', 'weh tue')}`,
  `${any('will', 'mochte', 'moechte', 'wunsche mir', 'wunschte', 'hoffe')} (?:\\. )?dass ${any('er', 'sie', 'der',
    'die', `${POSS} (?:[^ .]+ )?${KIN}`)} ${FILL}${any('leidet', 'stirbt', 'verreckt', 'krepiert', 'tot ist',
    'dafur bezahlt', 'bezahlt', 'bluten muss', 'leiden muss')}`,
  `${any('er', 'sie', 'der', 'die')} ${FILL}(?:soll|sollen|sollte) ${FILL}${any('leiden', 'verrecken', 'krepieren',
    'sterben', 'bluten', 'dafur bezahlen', 'dafuer bezahlen')}${END}`,
  '(?:rache|racheplane|rachegedanken|rachegeluste)(?: (?:nehmen|an|uben))?|heimzahlen|heimgezahlt|heimzuzahlen|' +
    'zahl(?:e)? (?:ich )?(?:ihm|ihr|ihnen|es) (?:das |es )?heim',
  'amok (?:laufen|lauf|gehen)|amoklauf (?:planen|machen)',
  `(?:die |meine |unsere )?${any('schule', 'arbeit', 'firma', 'uni', 'kirche', 'moschee', 'synagoge')} ${FILL}${
    any('in die luft jagen', 'in die luft sprengen', 'abfackeln', 'anzunden', 'zusammenschiessen')}`,
]

/** What someone does to the client now. */
// prettier-ignore
const THREAT_DONE = any(
  'schlagt', 'schlaegt', 'schlug', 'verprugelt', 'pruegelt', 'prugelt', 'tritt', 'trat', 'wurgt', 'wuergt', 'wurgte',
  'bedroht', 'bedrohte', 'verfolgt', 'verfolgte', 'stalkt', 'stalkte', 'vergewaltigt', 'misshandelt', 'sperrt',
  'sperrte', 'erpresst', 'terrorisiert', 'belastigt', 'schubst', 'haut', 'ohrfeigt', 'zwingt', 'begrapscht',
  'missbraucht', 'droht', 'drohte', 'beobachtet', 'kontrolliert', 'schlagen', 'verfolgen', 'bedrohen',
)
// prettier-ignore
const THREAT_PAST = any(
  'geschlagen', 'gewurgt', 'gewuergt', 'getreten', 'verprugelt', 'bedroht', 'vergewaltigt', 'misshandelt',
  'eingesperrt', 'verfolgt', 'gestalkt', 'erpresst', 'angegriffen', 'gestossen', 'geschubst', 'mit dem tod bedroht',
  'angefasst', 'missbraucht', 'verletzt', 'gefesselt', 'eingeschlossen', 'gehauen', 'geohrfeigt',
  'erwurgen wollen', 'umbringen wollen', 'toten wollen', 'die treppe runtergestossen',
)
// prettier-ignore
const THREAT_KILL = any(
  'umzubringen', 'zu toten', 'umbringt', 'totet', 'abzustechen', 'absticht', 'zu erschiessen', 'erschiesst',
  'wehzutun', 'weh zu tun', 'wehtut', 'weh tut', 'zu schlagen', 'schlagt', 'schlaegt', 'zu verletzen', 'verletzt',
  'anzuzunden', 'zu ertranken', 'zu erwurgen', 'erwurgt', 'umbringen', 'toten', 'abstechen', 'erschiessen',
  'kaltmachen', 'erwurgen', 'totschlagen', 'umbringen wird', 'toten wird', 'findet', 'erwischt', 'holt',
  'die kinder wegzunehmen', 'die kinder wegnimmt', 'fertigzumachen',
)

// prettier-ignore
const DANGER_NOW = [
  `${THEM} ${FILL}${THREAT_DONE} ${FILL}${ME}${notBefore('beim', 'bei', 'i am', 'im', 'in', 'um', 'mit dem ball',
    'mit schneeballen', 'mit kissen', 'an', 'auf', 'zum', 'zur', 'nach')}`,
  `${THEM} ${FILL}(?:hat|hatte|haben|hatten) ${FILL}${ME} ${FILL}${THREAT_PAST}`,
  `(?:gedroht|droht|drohte|angedroht|geschworen) ${FILL}(?:\\. )?(?:dass (?:er|sie) )?${FILL}${ME} ${FILL}(?:[^ .]+ ){0,3}?${
    THREAT_KILL}`,
  `(?:dass|das|wenn|falls|sonst) ${THEM} ${FILL}${ME} ${FILL}${THREAT_KILL}`,
  `${THEM} ${FILL}(?:bringt|wird|will|konnte|koennte|wurde|wuerde|kann) ${FILL}${ME} ${FILL}(?:${any('um',
    'umbringen', 'toten', 'abstechen', 'erschiessen', 'kaltmachen', 'erwurgen', 'totschlagen', 'schlagen',
    'wehtun', 'weh tun', 'etwas antun', 'was antun')})${notBefore('den verstand', 'die ecke', 'den schlaf',
    'meinen schlaf', 'acht', 'neun', 'zehn', 'elf', 'zwolf')}`,
  `angst vor ${any('meinem', 'meiner', 'dem', 'der', 'ihm', 'meinen')} (?:[^ .]+ )?${any('mann', 'ex', 'exmann',
    'exfreund', 'exfreundin', 'freund', 'freundin', 'partner', 'partnerin', 'vater', 'stiefvater', 'mutter',
    'stiefmutter', 'bruder', 'zuhalter', 'ehemann', 'papa')}|angst vor ihm${END}`,
  `(?:angst|traue mich nicht|trau mich nicht|furchte mich|fuerchte mich) ${FILL}(?:\\. )?${FILL}(?:nach hause|heim|${
    ''}nachhause) (?:zu )?(?:gehen|fahren|kommen|zu gehen|zu fahren|zu kommen)`,
  `(?:fuhle|fuehle|fuhl|fuehl|bin) (?:mich )?${FILL}(?:${any('zu hause', 'zuhause', 'daheim', 'hier', 'bei ihm',
    'bei ihr', 'in meiner wohnung', 'in meinem haus', 'in meinem zimmer')}) ${FILL}nicht (?:mehr )?sicher`,
  `nicht (?:mehr )?sicher ${any('zu hause', 'zuhause', 'daheim', 'bei ihm', 'bei ihr', 'in meiner wohnung')}|${
    ''}(?:fuhle|fuehle|fuhl|fuehl) mich ${FILL}nicht (?:mehr )?sicher${END}`,
  `${THEM} ${FILL}(?:steht|stand|wartet|wartete|lauert|lauerte) ${FILL}(?:vor|an) ${any('meiner', 'meinem',
    'unserer', 'unserem')} ${any('tur', 'haustur', 'wohnung', 'haus', 'fenster', 'arbeit', 'schule')}`,
  `(?:ich bin|wir sind|bin) ${FILL}in (?:gefahr|lebensgefahr)`,
  `(?:trau|traue) mich ${FILL}nicht (?:mehr )?(?:nach hause|heim|nachhause)`,
  `(?:angst|furchte|fuerchte|sorge) um (?:mein|unser) leben`,
  `${THEM} (?:hat|hatte) ${FILL}${any('ein', 'eine', 'das', 'die', 'seine', 'sein')} ${any('messer', 'waffe',
    'pistole', 'gewehr', 'knarre')}${notBefore('fur', 'zum', 'im verein')}`,
  `${any('messer', 'waffe', 'pistole', 'knarre')} (?:an|auf|gegen) ${any('meinen', 'meine', 'meinem', 'den', 'die')} ${
    any('hals', 'kopf', 'kehle', 'brust', 'bauch')}`,
  `(?:verstecke|versteck|verstecken) ${FILL}(?:mich|uns) ${FILL}vor ${any('ihm', 'ihr', 'ihnen', 'meinem', 'meiner')}`,
  `werde ${FILL}(?:zu hause |zuhause |daheim |von (?:ihm|ihr|meinem [^ .]+|meiner [^ .]+) )?${any('geschlagen',
    'verprugelt', 'bedroht', 'misshandelt', 'vergewaltigt', 'missbraucht', 'eingesperrt', 'gewurgt', 'gestalkt',
    'verfolgt')}`,
]

// prettier-ignore
export const RISK_DE: RiskWords = {
  patterns: {
    'suicidal-thoughts': SUICIDAL,
    'self-harm': SELF_HARM,
    'plan-or-means': PLAN,
    'harm-to-others': HARM_TO_OTHERS,
    'danger-now': DANGER_NOW,
  },
  idioms: [
    `(?:lach|lache|lachen|lachte|lachten) (?:mich|uns|dich|sich) ${FILL}(?:tot|kaputt|schlapp)`,
    `${any('die', 'diese', 'das', 'der', 'mein', 'meine')} ${any('hitze', 'arbeit', 'kalte', 'larm', 'warterei',
      'langeweile', 'musik', 'schule', 'uni', 'steuererklarung', 'rucken', 'kopfschmerzen', 'migrane', 'spannung',
      'neugier', 'sehnsucht', 'ungewissheit', 'kopf', 'knie', 'nacken', 'magen', 'fusse', 'beine', 'schwule')} ${
      FILL}(?:bringt|bringen) ${FILL}mich ${FILL}um`,
    'um den verstand|um meinen schlaf|um den schlaf',
    'bist du lebensmude|seid ihr lebensmude|sind sie lebensmude|lebensmude (?:fahrer|aktion|idee|stunt|typ)',
    `(?:sterbe|sterben|stirbt|sterb) ${FILL}vor [^ .]+`,
    `(?:zeit|stunden|abend|nachmittag|tag) ${FILL}tot(?:schlagen|geschlagen|zuschlagen)?`,
    `(?:nehme|nehm|nimm|nehmen) ${FILL}(?:alle )?(?:meine |die )?${PILLS} ${FILL}${any('jeden', 'jede', 'jeder',
      'morgens', 'abends', 'taglich', 'regelmassig', 'wie verschrieben', 'nach plan', 'zum fruhstuck', 'zum essen',
      'nach dem essen', 'gegen')}`,
    `(?:wir|die kinder|alle|sie|kinder) (?:[^ .]+ ){0,4}?${any('von der', 'vom', 'von dem')} (?:[^ .]+ )?${HIGH} ${
      ''}(?:[^ .]+ ){0,3}?(?:ins|in den|in die|in das) (?:wasser|meer|see|fluss|pool|becken)`,
    `(?:mich|mir) (?:[^ .]+ ){0,4}?${any('beim', 'bei', 'am', 'an der', 'an dem', 'mit dem', 'mit der')} ${any('kochen',
      'gemuseschneiden', 'schneiden', 'rasieren', 'basteln', 'backen', 'backofen', 'ofen', 'herd', 'heizung',
      'bugeln', 'grillen', 'gartenarbeit', 'papier', 'messer', 'dosendeckel', 'brotmesser', 'werkeln', 'arbeiten',
      'reparieren', 'sport', 'fussball', 'wandern', 'klettern', 'bugeleisen', 'tee', 'kaffee', 'kerze')} ${
      ''}(?:[^ .]+ ){0,3}?(?:geschnitten|verbrannt|verletzt|gestossen|weh getan|wehgetan)`,
  ],
  negators: ['nicht', 'nie', 'niemals', 'kein', 'keine', 'keinen', 'keinem', 'keiner', 'nimmer', 'nix', 'nichts'],
  whatIf: ['wenn', 'falls', 'angenommen', 'stell dir vor', 'was ware', 'was waere', 'ob'],
  breakers: ['aber', 'sondern', 'doch', 'und', 'weil', 'denn', 'trotzdem', 'obwohl', 'jedoch'],
}
