import type { TraumaWords } from './lang-types'

/**
 * French trauma words, as people in France, Belgium, Switzerland and Québec name these things: nouns with their
 * plurals and genders, verbs in the persons and tenses a memory is told in ("il me frappait", "s'est noyé",
 * "on s'est fait agresser"), and the everyday phrases around them. Diacritics are stripped and elisions split
 * ("l'incendie" → "l incendie", "m'a frappée" → "m a frappee"). The fr words already in the English lists
 * (meurtre, bagarre, couteau, arme, feu, incendie, fumee, guerre, soldat, bombe, mort, deuil, noyade …) are not
 * repeated. French builds no compounds, so there are no `heads`.
 *
 * Words that are mostly ordinary in French are held only in the phrases that make them traumatic: "tombe" is
 * also "falls" (la neige tombe), so only "la tombe", "sa tombe" hold; "coup" is in "coup de soleil", so only
 * "coups" and the phrases of blows hold; "char" is a car in Québec and a sand yacht on the beach, so it is soft.
 * Every list is read in every text, so French words that are also ordinary English words are held only in their
 * French phrases: "crash" (of the waves), "racket", "frappe" (an iced coffee).
 */
// prettier-ignore
export const TRAUMA_FR: TraumaWords = {
  held: {
    violence: [
      'violences', 'violente', 'violents', 'violentes', 'violemment', 'violences conjugales', 'agression',
      'agressions', 'agresse', 'agressee', 'agresses', 'agressees', 'agresser', 'agressait', 'agresseur',
      'agresseurs', 'agressif', 'agressive', 'bagarres', 'se battaient', 'se sont battus', 'battu', 'battue',
      'battus', 'battues', 'me bat', 'me battait', 'nous battait', 'la battait', 'le battait', 'les battait',
      'me battre', 'femme battue', 'enfant battu', 'frapper', 'frappait', 'frappaient', 'frappee', 'il frappe', 'elle frappe', 'la frappe', 'le frappe', 'les frappe', 'te frappe', 'on frappe',
      'frappes', 'me frappe', 'me frappait', 'm a frappe', 'm a frappee', 'nous frappait', 'la frappait',
      'le frappait', 'se faire frapper', 'coups', 'roue de coups', 'coup de poing', 'coups de poing',
      'coup de pied', 'coups de pied', 'coup de couteau', 'coups de couteau', 'tabasse', 'tabassee', 'tabasses',
      'tabasser', 'tabassait', 'tabassage', 'cogne', 'cognait', 'cogner', 'gifle', 'gifles', 'giflait',
      'giflee', 'gifler', 'claques', 'meurtres', 'meurtrier', 'meurtriere', 'meurtriers', 'assassinat',
      'assassinats', 'assassine', 'assassinee', 'assassines', 'assassiner', 'assassin', 'assassins', 'tuer',
      'tue', 'tuee', 'tues', 'tuees', 'tuait', 'tuaient', 'a tue', 'ont tue', 'tuerie', 'tueries', 'tueur',
      'tueurs', 'massacres', 'massacre', 'massacree', 'massacres', 'poignarde', 'poignardee', 'poignarder',
      'egorge', 'egorgee', 'egorger', 'etrangle', 'etranglee', 'etrangler', 'etranglait', 'torture',
      'tortures', 'torturee', 'torturer', 'torturait', 'kidnappe', 'kidnappee', 'kidnapping', 'enlevement',
      'otage', 'otages', 'prise d otages', 'attentat', 'attentats', 'terroriste', 'terroristes', 'terrorisme',
      'emeute', 'emeutes', 'menace', 'menaces', 'menacee', 'menacait', 'menacer', 'm a menace', 'm a menacee',
      'braquage', 'braquer', 'fait braquer', 'braques', 'braquees', 'fonce dans la foule', 'fonce sur la foule', 'foncer dans la foule', 'braquages', 'braque', 'cambriolage', 'cambriole', 'cambriolee', 'lynchage', 'fusillade',
      'fusillades', 'se faire agresser', 'fait agresser', 'fait tabasser', 'fait frapper', 'rackette', 'rackettee',
      'sequestre', 'sequestree', 'sequestration', 'brutalite', 'brutalites', 'guet apens',
    ],
    weapons: [
      'couteaux', 'fusils', 'pistolet', 'pistolets', 'revolver', 'revolvers', 'flingue', 'flingues',
      'mitraillette', 'mitraillettes', 'mitrailleuse', 'mitrailleuses', 'kalachnikov', 'kalach', 'munitions',
      'poignard', 'poignards', 'machette', 'machettes', 'sabre', 'epee', 'epees', 'baionnette', 'arme a feu',
      'armes a feu', 'arme blanche', 'armes blanches', 'tirs', 'tir', 'coup de feu', 'coups de feu',
      'coups de fusil', 'coup de fusil', 'coups de canon', 'tireur', 'tireurs', 'tireur d elite', 'fusil d assaut',
      'balle perdue', 'balles perdues', 'une balle dans', 'balles de fusil', 'tiraient', 'tirait', 'ont tire',
      'a tire sur', 'tire dessus', 'tirer dessus', 'tirait dessus', 'tiraient dessus', 'arme d un', 'armes d un', 'braquee',
      'gachette', 'canon sur la tempe',
    ],
    blood: [
      'sang', 'sanglants', 'sanglantes', 'saigne', 'saignait', 'saigner', 'saignement', 'saignements',
      'saignaient', 'ensanglante', 'ensanglantee', 'ensanglantes', 'blesse', 'blessee', 'blesses', 'blessees',
      'blessure', 'blessures', 'plaie', 'plaies', 'hemorragie', 'mutile', 'mutilee', 'mutiles', 'mare de sang',
      'flaque de sang', 'couvert de sang', 'couverte de sang', 'tache de sang', 'taches de sang',
    ],
    war: [
      'guerres', 'militaire', 'militaires', 'armee', 'armees', 'bataille', 'batailles', 'champ de bataille',
      'combats', 'combattants', 'combattre', 'tranchees', 'tranchee', 'invasion', 
      'debarquement', 'au front', 'deportation', 'deporte', 'deportes', 'deportee', 'camp de concentration',
      'camps de concentration', 'genocide', 'char d assaut', 'chars d assaut', 'raid aerien', 'raids aeriens',
      'frappe aerienne', 'frappes aeriennes', 'bombardiers', 'sirenes d alerte', 'occupation allemande',
      'snipers', 'militaires armes', 'soldate', 'soldates', 'milice', 'milices', 'casques bleus',
      'guerre civile', 'guerre mondiale', 'zone de guerre', 'couvre feu',
    ],
    explosions: [
      'explosions', 'explose', 'explosee', 'exploses', 'exploser', 'explosait', 'bombes', 'bombardement',
      'bombardements', 'bombarde', 'bombardee', 'bombardes', 'bombardees', 'bombarder', 'bombardaient', 'grenades', 'obus', 'grenade a main', 'grenades a main', 'une grenade a', 'lance une grenade', 'grenade lacrymogene',
      'mine antipersonnel', 'mines antipersonnel', 'sauter sur une mine', 'champ de mines', 'detonation',
      'detonations', 'deflagration', 'roquette', 'roquettes', 'kamikaze', 'explosif', 'explosifs',
      'voiture piegee', 'colis piege',
    ],
    'fire-and-smoke': [
      'incendies', 'feux', 'flammes', 'flamme', 'brule', 'brulee', 'brules', 'brulees', 'bruler', 'brulait',
      'brulaient', 'brulure', 'brulures', 'en feu', 'pris feu', 'prend feu', 'prenait feu', 'mettre le feu',
      'mis le feu', 'incendiee', 'incendiaire', 'incendie criminel', 'feu de foret', 'feux de foret',
      'brasier', 'carbonise', 'carbonisee', 'calcine', 'calcinee', 'calcines', 'fumees', 'enfume', 'enfumee',
      'maison en feu', 'immeuble en feu', 
    ],
    accidents: [
      'accidents', 'accidente', 'accidentee', 'accident de voiture', 'accident de la route', 'collision',
      'carambolage', 'percute', 'percutee', 'percutes', 'percutees', 'percuter', 'a percute', 'nous a percutes',
      'renverse par', 'renversee par', 'renverses par', 'fait renverser', 'sortie de route', 'fait des tonneaux', 'fait * tonneaux', 'chavire', 'chaviree', 'chavirer', 'chavirait', 'a chavire',
      'avalanche', 'avalanches', 'deraillement', 'deraille', 'eboulement', 'glissement de terrain', 'crash d avion', 'crash de avion', 's est crashe', 'avion s est ecrase',
      'ecrase', 'ecrasee', 's est ecrase', 'ambulance', 'ambulances', 'urgences', 'seisme', 'seismes',
      'tremblement de terre', 'inondation', 'inondations', 'fait une chute', 'chute mortelle',
    ],
    abuse: [
      'abuse de moi', 'abuse d elle', 'abuse de lui', 'abuse de nous', 'abuse de ma', 'abuse de mon', 'abusee',
      // The imperfect and the other persons, as a memory is told: "qui abusait de moi".
      'abusait de', 'abusaient de', 'a abuse de', 'ont abuse de', 'abuse sexuellement', 'abusee sexuellement',
      'abusait', 'abusaient',
      'abuses sexuels', 'abus sexuel', 'abus sexuels', 'viol', 'viols', 'violee', 'viole', 'violer', 'violait',
      'violeur', 'violeurs', 'agression sexuelle', 'agressions sexuelles', 'attouchements', 'attouche',
      'inceste', 'pedophile', 'pedophiles', 'pedophilie', 'harcelement', 'harcele', 'harcelee', 'harceles',
      'harcelait', 'harceler', 'harcelaient', 'harcelent', 'harcele', 'me harcelait', 'maltraite',
      'maltraitee', 'maltraites', 'maltraitait', 'maltraitances', 'maltraitaient', 'me touchait',
      'me touchaient', 'm a touchee', 'il me touche', 'me tripotait', 'pervers', 'emprise', 'enfermee',
      'm enfermait', 'nous enfermait', 'enfermait', 'humiliee', 'humiliations', 'prostitution forcee',
      'traite des', 'sevices', 'violences sexuelles',
    ],
    drowning: [
      'noyes', 'noyees', 'noyer', 'noyait', 'noyaient', 'se noyer', 'me noyer', 's est noye', 's est noyee',
      'noie', 'noient', 'noyades', 'plus respirer', 'pouvais plus respirer', 'pouvait plus respirer',
      'emporte par les vagues', 'emportee par les vagues', 'emporte par le courant', 'emportee par le courant',
      'emportes par le courant', 'aspire par le fond', 'naufrage', 'naufrages', 'a coule a pic', 'tsunami',
      'sous l eau sans pouvoir remonter', 'avalait de l eau',
    ],
    'death-and-loss': [
      'morts', 'mortes', 'mourir', 'meurt', 'meurs', 'mourait', 'mouraient', 'mourant', 'mourante', 'est mort',
      'est morte', 'sont morts', 'deces', 'decede', 'decedee', 'decedes', 'nous a quittes', 'nous a quitte',
      'nous a quittee', 'parti trop tot', 'partie trop tot', 'enterrement', 'enterrements', 'obseques',
      'funerailles', 'cimetiere', 'cimetieres', 'la tombe', 'sa tombe', 'une tombe', 'leur tombe', 'ma tombe',
      'tombes', 'tombeau', 'pierre tombale', 'cercueil', 'cercueils', 'cadavre', 'cadavres', 'corps sans vie', 'le corps de mon', 'le corps de ma', 'le corps de mes', 'son corps sans',
      'veuf', 'veuve', 'veuvage', 'orphelin', 'orpheline', 'orphelins', 'suicide', 'suicides', 'suicidaire',
      's est suicide', 's est suicidee', 's est tue', 's est tuee', 'fausse couche', 'mort ne', 'mort nee',
      'perdu mon *', 'perdu ma *', 'perdu notre *', 'perdu nos *', 'perdu son *',
      'perdu sa *', 'perdu mes *', 'perdu leur *', 'agonie', 'agonisant', 'endeuille', 'endeuillee', 'defunt',
      'defunte', 'disparu en mer', 'disparue en mer', 'la mort de', 'depuis sa mort', 'depuis la mort',
    ],
  },
  soft: {
    'fire-and-smoke': [
      'feux de camp', 'feu de cheminee', 'feux de cheminee', 'feu dans la cheminee', 'coin du feu',
      'pres du feu', 'devant le feu', 'autour du feu', 'feu crepite', 'feu qui crepite', 'flambee', 'bon feu',
      'petit feu', 'braises', 'flamme de la bougie', 'flammes des bougies', 'flamme d une bougie',
      'flamme des bougies', 'bougie qui brule', 'bougies qui brulent', 'bougie brule', 'encens qui brule', 'encens brule', 'fumee de la cheminee', 'fumee des cheminees', 'fumee du the', 'fumee du cafe',
      'feux de la saint jean', 'ciel en feu', 'feu de bois', 'poele a bois', 'barbecue', 'feu de joie',
    ],
    explosions: ['feu d artifice', 'feux d artifice', 'feu d artifices', 'feux d artifices', 'petards'],
    'death-and-loss': [
      'feuilles mortes', 'bois mort', 'branches mortes', 'eau morte', 'morte saison', 'saison morte',
      'arbre mort', 'arbres morts',
    ],
    blood: ['rouge sang', 'lune de sang'],
    war: ['char', 'chars', 'canon', 'canons'],
    accidents: ['epave', 'epaves'],
  },
  benign: [
    // Everyday idioms of dying, killing and blows.
    'nature morte', 'natures mortes', 'mer morte', 'point mort', 'temps mort', 'langue morte', 'mort de rire',
    'morte de rire', 'morts de rire', 'mortes de rire', 'mort de fatigue', 'morte de fatigue', 'mort de faim',
    'morte de faim', 'mort de froid', 'morte de froid', 'mourir de rire', 'mourir d ennui', 'a mourir',
    'meurs d envie', 'meurt d envie', 'meurs de faim', 'meurs de chaud', 'meurs de froid', 'meurs de soif',
    'est mort de rire', 'telephone est mort', 'batterie est morte', 'batterie morte', 'tuer le temps',
    'tue le temps', 'tuons le temps', 'tue a la tache', 'tue a le repeter', 'tue au travail', 'tue au boulot', 'tuerie ce', 'une tuerie',
    'coups de soleil', 'coups de vent', 'coups d oeil', 'coups de fil', 'coups de coeur', 'coups de main',
    'coups de foudre', 'coups de pinceau', 'coups de rame', 'coups de pagaie', 'coups de cloche',
    'tir a l arc', 'tir a la corde', 'menace de pluie', 'menace d orage', 'menace de neige',
    // Fire and heat that only warm.
    'coup de soleil', 'brule par le soleil', 'brulee par le soleil', 'brules par le soleil', 'creme brulee',
    'pot au feu', 'feu doux', 'a feu doux', 'feu rouge', 'feux rouges', 'feu vert', 'feux de signalisation',
    'feux de position', 'feux du couchant', 'feux du soleil', 'mille feux', 'de tous ses feux',
    // Things that only look like danger.
    'de la bombe', 'bombe de bain', 'bombe glacee', 'explosion de couleurs', 'explosion de saveurs',
    'explosion de joie', 'pur sang', 'pur sangs', 'sang froid', 'char a voile', 'chars a voile',
    'char de carnaval', 'chars de carnaval', 'bataille de boules de neige', 'bataille de polochons',
    'bataille d oreillers', 'bataille d eau', 'terrain accidente', 'se noyer dans un verre d eau',
    'noyer le poisson', 'noye dans la verdure', 'noyee dans la verdure', 'noye dans la brume',
    'noyee dans la brume', 'noyes dans la brume', 'perdu mes cles', 'perdu mon chemin', 'perdu ma route',
    'perdu la notion du temps', 'perdu mon telephone', 'perdu son chemin', 'frappe par la beaute',
    'frappee par la beaute', 'cafe frappe', 'en tenue de combat', 'combat de coqs', 'soleil cogne', 'ca me tue', 'chaleur va me tuer', 'chaleur me tue', 'vague me frappe', 'vagues me frappent', 'vent me frappe', 'pluie me frappe', 'soleil me frappe', 'embruns me frappent', 'il me touche le coeur', 'il me touche beaucoup', 'il me touche profondement', 'il me touche vraiment', 'il me touche tellement', 'me touche le coeur', 'soleil me brule', 'soleil brule', 'soleil qui brule', 'soleil nous brule',
    'soleil qui cogne', 'ecrase de chaleur', 'ecrasee de chaleur', 'ecrases de chaleur', 'sentiers battus',
    'sentier battu', 'chemins battus', 'chemin battu', 'terre battue', 'oeufs battus',
  ],
  // Ordinary French words another language's list holds: "grave" (serious, en), "bled" (a village, en), "punch"
  // (the drink, en), "grenade" (the fruit, en; the weapon's phrases are held above), "choqué" (shocked, es: a
  // crash), "choco" (chocolate, es: crashed), "mord" (bites, as a fish on the line, de: murder).
  falseFriends: ['grave', 'graves', 'bled', 'punch', 'grenade', 'choque', 'choques', 'choco', 'mord'],
}
