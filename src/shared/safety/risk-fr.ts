import type { RiskWords } from './lang-types'
import { END, W, any, notBefore } from './risk-slots'

/*
 * French risk patterns, as people in France, Belgium, Switzerland and Québec say these things, including the way
 * they text ("jveux", "jvais", "chui", "lair"). The text is normalised first (risk-normalise.ts): lower case, no
 * diacritics, elisions spelled out ("j'ai" → "je ai", "m'endormir" → "me endormir", "qu'il" → "que il",
 * "jusqu'au" → "jusque au"), "quelqu'un" → "quelquun". A pattern may keep the "ne" of "je ne veux plus vivre"
 * inside it, so the negation that is part of the thought does not mark the hit as negated.
 */

/** "ne" before a verb, often dropped in speech ("je veux plus vivre"). */
const NE = '(?:ne )?'
/** Softening words between a verb and its object: "je veux juste mourir". */
const ADV = '(?:(?:juste|vraiment|tellement|trop|simplement|seulement|bien|franchement|carrement|tout) )*'

/** Medicines, as named at home. */
// prettier-ignore
const PILLS = any(
  'medicaments', 'medicament', 'medocs', 'medoc', 'cachets', 'cachet', 'comprimes', 'comprime', 'pilules', 'pilule',
  'somniferes', 'somnifere', 'anxiolytiques', 'antidepresseurs', 'calmants', 'doliprane', 'dolipranes',
  'paracetamol', 'xanax', 'lexomil', 'tramadol', 'morphine', 'insuline', 'lithium', 'benzos',
)
/** How much, when it is more than a dose: "toute la boîte de", "tous mes". */
// prettier-ignore
const MUCH = `(?:${any('toute la boite', 'toutes les boites', 'toute la plaquette', 'toutes les plaquettes',
  'tout le flacon', 'tout le tube', 'une boite', 'deux boites', 'une poignee', 'plein', 'trop', 'des dizaines',
  'la boite', 'les boites')} (?:de )?|(?:tous|toutes) (?:les|mes) )`
const TAKE = any(
  'avaler',
  'avale',
  'avalerai',
  'avalerais',
  'prendre',
  'prends',
  'prendrai',
  'prendrais',
  'pris',
  'ingurgiter',
  'gober',
  'bouffer',
  'vider',
)

/** People close to the client, as they name them. */
// prettier-ignore
const KIN = any(
  'mari', 'femme', 'conjoint', 'conjointe', 'compagnon', 'compagne', 'copain', 'copine', 'mec', 'meuf', 'ex',
  'chum', 'blonde', 'pere', 'mere', 'beau pere', 'belle mere', 'parrain', 'oncle', 'tante', 'cousin', 'cousine',
  'frere', 'soeur', 'demi frere', 'fils', 'fille', 'enfant', 'enfants', 'bebe', 'gamin', 'gamins', 'gosse', 'gosses',
  'petit', 'petite', 'famille', 'parents', 'patron', 'patronne', 'chef', 'collegue', 'collegues', 'voisin', 'voisine',
  'voisins', 'coloc', 'prof', 'professeur', 'grand pere', 'grand mere', 'papa', 'maman', 'fiance', 'fiancee',
)
const POSS = any(
  'mon',
  'ma',
  'mes',
  'son',
  'sa',
  'ses',
  'notre',
  'nos',
  'leur',
  'leurs',
  'le',
  'la',
  'les',
  'ce',
  'cette',
  'un',
  'une',
  'cet',
)

/** Someone else, as the object of harm: "le", "mon patron", "quelqu'un". */
const OTHERS = any(
  'quelquun',
  'tout le monde',
  'eux',
  'elle',
  'lui',
  `${POSS} (?:${W} )?${KIN}`,
  `${POSS} (?:type|mec|connard|salaud|con|conne|batard|pute|salope|fils de pute)`,
)
/** Someone else, as the one who threatens: "il", "mon ex", "le père de mes enfants". */
const THEM = any(
  'il',
  'elle',
  'ils',
  'elles',
  'on',
  `${POSS} (?:${W} )?${KIN}`,
  '(?:le|ce|un) (?:type|mec|homme)',
)

/** Verbs of harm done to someone, infinitive (after "je vais", "envie de"). */
// prettier-ignore
const HARM = any(
  'tuer', 'buter', 'crever', 'massacrer', 'etrangler', 'poignarder', 'frapper', 'cogner', 'tabasser', 'defoncer',
  'flinguer', 'planter', 'egorger', 'eclater', 'demolir', 'bruler', 'noyer', 'descendre', 'tirer dessus',
  'faire du mal', 'faire la peau', 'secouer', 'faire souffrir', 'etouffer', 'taper', 'massacrer', 'violer', 'trucider', 'zigouiller', 'saigner',
)
/** What a person does to the client, present and past tenses, after "me" ("il me frappe", "il me battait"). */
// prettier-ignore
const DONE_TO_ME = any(
  'frappe', 'frappait', 'frappent', 'bat', 'battait', 'battent', 'cogne', 'cognait', 'tape', 'tapait', 'gifle',
  'giflait', 'tabasse', 'tabassait', 'etrangle', 'etranglait', 'menace', 'menacait', 'menacent', 'viole', 'violait',
  'touche', 'touchait', 'harcele', 'harcelait', 'harcelent', 'enferme', 'enfermait', 'brutalise', 'maltraite',
  'maltraitait', 'fait du mal', 'faisait du mal', 'fait peur', 'terrorise', 'terrorisait', 'force', 'forcait',
  'pousse', 'poussait', 'secoue', 'secouait', 'insulte', 'insultait', 'traque', 'suit (?:partout|tous les|chaque|depuis|jusque|en voiture)', 'suivait partout',
  'attend devant', 'attendait devant', 'tue', 'tuera', 'tuerait', 'tient sous', 'sequestre', 'prend a la gorge',
  'tire les cheveux', 'tirait les cheveux', 'crache dessus', 'brule', 'brulait',
)
/** The same, in the past after "m'a" ("il m'a frappée"). */
// prettier-ignore
const DONE_PAST = any(
  'frappee?', 'battue?', 'giflee?', 'tabassee?', 'etranglee?', 'menacee?', 'violee?', 'touchee?', 'enfermee?',
  'poussee?', 'cognee?', 'blessee?', 'attachee?', 'brulee?', 'agressee?', 'tapee?', 'secouee?', 'sequestree?',
  'pris a la gorge', 'tire les cheveux', 'jetee? (?:par terre|contre|dans|dehors)', 'mis un couteau',
  'dit que il (?:allait|va|va aller) me tuer', 'mis une arme', 'braquee?', 'forcee?',
)

/** A third person: "il va me tuer" is a danger, not a thought of suicide. */
const NOT_SOMEONE_ELSE =
  '(?<!(?:il|elle|ils|elles|on|va|vont|veut|veulent|allait|allaient|voulait|voulaient|peut|pourrait|doit|' +
  'menace de|menacait de|menacent de|menacee de|a menace de|risque de|finir par|finira par|va finir par) )'

const DIE_OF = [
  'de rire',
  'de faim',
  'de soif',
  'de chaud',
  'de froid',
  'de honte',
  'de ennui',
  'de envie',
  'de plaisir',
  'de bonheur',
  'de fatigue',
  'de impatience',
  'de peur',
  'de sommeil',
  'de jalousie',
]
/** "disparaître sous la couette", "disparaître quelques jours": a rest, not an end. */
// prettier-ignore
const AWAY_FOR_A_WHILE = [
  'sous', 'dans (?:mon|ma|un|une|le|la|les|mes)', 'quelques', 'un (?:moment|peu|temps|week end|jour|mois|instant)',
  'une (?:semaine|journee|heure|minute|seconde|nuit|heure|petite)', 'le temps', 'en vacances', 'au bout du monde',
  'loin', 'a la campagne', 'du (?:boulot|travail|bureau)', 'de la (?:fete|soiree|photo)', 'pour (?:un|une|quelques)',
  'ce week end', 'cet ete', 'au soleil',
]
/** "ne plus vivre ici", "vivre avec lui": where or how, not whether. */
const LIVE_WHERE = [
  'ici',
  'la bas',
  'avec',
  'chez',
  'dans',
  'a',
  'en',
  'pres',
  'loin',
  'seule?',
  'sous',
  'au',
  'aux',
  'sur',
]

// prettier-ignore
const SUICIDAL: readonly string[] = [
  'suicidaires?|suicidee?|suicides|idees? suicidaires?|pensees? suicidaires?',
  `${NOT_SOMEONE_ELSE}me suicid(?:er|e|ee|erai|erais|ais|ait)`,
  `(?:une|des|ma|mes|deux|trois|fait|faire|fais|refaire|derniere|premiere) ts`,
  'tentatives? de suicide',
  `${NOT_SOMEONE_ELSE}me (?:tuer|flinguer|buter|supprimer|foutre en (?:le air|lair|l air))${notBefore('a', 'au', 'aux')}`,
  `(?:je|jme|chui) me (?:tue|tuerai|tuerais|flingue|supprime)${notBefore('a', 'au', 'aux', 'pour')}`,
  `me (?:fous|fout|suis foutue?) en (?:le air|lair|l air)`,
  `${any('envie', 'besoin', 'le desir', 'desir', 'hate', 'tentee?', 'tente', 'pret', 'prete')} de ${ADV}${any(
    'mourir', 'crever', 'en finir', 'partir pour (?:de bon|toujours)', 'ne plus (?:etre la|exister|vivre|me reveiller)',
    'plus (?:etre la|exister|vivre)', 'dormir pour toujours', 'ne jamais me reveiller')}${notBefore(...DIE_OF)}`,
  `${any('veux', 'jveux', 'voudrais', 'jvoudrais', 'veut', 'voulais', 'aimerais', 'prefererais', 'prefere',
    'souhaite', 'souhaiterais', 'vais', 'jvais', 'dois', 'devrais', 'pourrais', 'mieux vaut', 'vaudrait mieux',
    'prete? a', 'pret a', 'besoin de')} ${ADV}${any('mourir', 'crever', 'partir pour (?:de bon|toujours)',
    'mettre fin a (?:mes jours|ma vie|tout|mon existence|mes souffrances)', 'en terminer')}${notBefore(...DIE_OF)}`,
  `${any('veux', 'jveux', 'voudrais', 'jvoudrais', 'aimerais', 'envie de', 'besoin de')} ${ADV}disparaitre${
    notBefore(...AWAY_FOR_A_WHILE)}`,
  `(?:mettre|mets|mettrai|mettrais|mis) fin a (?:mes jours|ma vie|mon existence|tout ca|tout)`,
  `en finir(?:${END}| ${any('avec la vie', 'avec ma vie', 'avec tout', 'avec moi', 'avec cette vie', 'avec mes jours',
    'une bonne fois', 'pour de bon', 'pour toujours', 'ce soir', 'demain', 'maintenant', 'aujourdhui', 'vite',
    'une fois pour toutes')})`,
  `${NE}(?:veux|voulais|veut|jveux|voudrais|ai|peux|vois|sais) (?:plus|pas|jamais) ${any('vivre', 'exister',
    'continuer a vivre', 'etre en vie', 'rester en vie', 'survivre', 'continuer comme ca', 'tenir le coup',
    'voir demain', 'passer la nuit')}${notBefore(...LIVE_WHERE)}`,
  `(?:veux|voudrais|jveux|aimerais) ${NE}plus etre la${END}`,
  `${NE}(?:ai )?(?:plus|pas|aucune) envie de ${any('vivre', 'exister', 'continuer', 'etre en vie', 'rester en vie',
    'voir demain')}${notBefore(...LIVE_WHERE)}`,
  `${NE}(?:ai )?plus envie de me reveiller`,
  `${NE}(?:ai )?plus (?:la force|le courage|aucune force|la force ni le courage|la volonte)(?: de (?:vivre|continuer|me battre|tenir|exister)|${END})`,
  `(?:veux|voudrais|jveux|aimerais|envie de) ${NE}pas me reveiller (?:demain|ce matin|le matin|du tout|${END})`,
  `(?:voudrais|aimerais|prefererais|aurais prefere|aurais voulu) ${NE}(?:jamais|pas) (?:etre )?nee?`,
  `(?:veux|voudrais|aimerais|jveux|envie) que ${any('tout', 'ca', 'la vie', 'ma vie', 'tout ca', 'tout ce')} ${
    ''}(?:se )?(?:arrete|finisse|termine|cesse)`,
  `(?:veux|voudrais|jveux|aimerais|envie de|prefererais) ${NE}(?:plus|jamais|plus jamais) (?:me )?reveiller`,
  `(?:endormir|dormir|partir|fermer les yeux) (?:et |pour )?${NE}(?:plus jamais|jamais|plus) (?:me )?(?:reveiller|revenir|les rouvrir)`,
  `(?:me )?endormir pour (?:toujours|de bon|ne plus me reveiller|l eternite)`,
  `(?:fatiguee?|lasse?|marre|ras le bol|ras le cul) de ${any('vivre', 'la vie', 'exister', 'etre en vie', 'survivre',
    'me battre pour vivre')}`,
  `(?:idees|pensees) (?:noires|de mort|morbides)`,
  `(?:prefere|prefererais|preferais|aimerais|voudrais|veux|souhaite|souhaiterais|mieux vaut|vaudrait mieux|serais mieux|serait mieux) ${
    ''}(?:etre |que je sois |que je serais )?(?:morte?|morts|creve|crevee|plus la|six pieds sous terre|sous terre|${
    ''}plus de ce monde)`,
  `(?:simple|mieux|facile|heureux|heureuse|tranquilles?|soulages?|soulagees?) (?:pour ${W} (?:${W} )?)?si je ${
    ''}(?:etais|etait|suis|serais|netais) (?:plus (?:la|en vie|de ce monde)|pas la|morte?|partie?|jamais nee?)|${
    ''}si je (?:mourais|disparaissais|partais pour de bon)`,
  `si je (?:meurs|mourais|disparais|disparaissais|crevais|creve)${notBefore(...DIE_OF)}`,
  `personne ne (?:se en rendra|se en rendrait|remarquera|remarquerait|me regrettera|verra la difference|${
    ''}viendra a mon enterrement)`,
  `(?:^|\\. )de ${ADV}(?:mourir|crever|en finir)${notBefore(...DIE_OF)}`,
  `envie de tout (?:arreter|lacher|plaquer)${END}`,
  `me laisser (?:mourir|crever|deperir|eteindre)${notBefore('de rire')}`,
  `plus rien ne me (?:retient|rattache)(?: a la vie| ici| sur terre|${END})`,
  `(?:veux|voudrais|aimerais|envie de|vais|jvais|jveux) rejoindre (?:${W} ){1,3}?(?:qui est mort|qui est morte|${
    ''}qui sont morts|au ciel|la haut|au paradis|dans la mort|de le autre cote)`,
  `(?:serait|seraient|serais|seriez|sera|seront|vivrait|vivraient|serions|est|sont|irait|iraient) ${ADV}${any(
    'mieux', 'plus heureux', 'plus heureuse', 'plus heureuses', 'plus tranquilles?', 'soulages?', 'soulagees?',
    'mieux lotis')} sans moi`,
  `vie ne (?:vaut|valait) (?:plus|pas|plus rien|rien)`,
  `vie ne a (?:plus|pas|aucun) (?:de )?sens`,
  `(?:plus|aucune|pas) (?:de )?raisons? de vivre`,
  `a quoi bon ${any('vivre', 'continuer', 'me battre', 'rester en vie', 'exister', 'tout ca', 'se lever',
    'me lever le matin')}`,
  `(?:sert|servait) (?:plus )?a rien de (?:vivre|exister|rester en vie|continuer(?: a vivre| comme ca)?${END})`,
  `(?:vois|voit|y a|il y a|trouve) (?:pas|plus|aucune) (?:de )?issue${END}`,
  `(?:suis|etre) (?:un|une) (?:fardeau|poids mort|poids) pour`,
  `personne (?:ne )?(?:me regretterait|me regrettera|remarquerait|verrait la difference|se en rendrait compte)`,
  `pense (?:souvent |tout le temps |beaucoup )?(?:a la mort|a mourir|a en finir|a disparaitre|a me tuer)`,
  `(?:jamais|pas) ${NE}(?:voulu|demande a) naitre`,
  `aurais (?:du|mieux fait de) (?:jamais|pas) naitre`,
]

// prettier-ignore
const SELF_HARM: readonly string[] = [
  'scarifications?|automutil(?:ation|ations|e|er|ee|es)|auto mutilation|auto mutile',
  `${NOT_SOMEONE_ELSE}me (?:scarifie|scarifier|scarifiais|scarifies|suis scarifiee?|mutile|mutiler|mutilais|suis mutilee?)`,
  `me (?:suis )?(?:coupe|couper|coupais|coupee|tailladee?|taillader|tailladais|entaillee?|entailler|laceree?|lacerer|ouvre|ouvrir|ouverte?) ${
    ''}(?:les |la |le |mes |ma |mon |au |aux |a la )?${any('bras', 'avant bras', 'poignets?', 'veines', 'cuisses?',
    'jambes?', 'ventre', 'peau', 'hanches?', 'chevilles?', 'mains?')}`,
  `(?:ouvrir|ouvre|taillader|couper|trancher) les veines`,
  `(?:envie de|besoin de|veux|jveux|vais|jvais|recommence a|recommencer a|continue a|arrive pas a arreter de|arrete de|${
    ''}peux pas me empecher de|pense a) me (?:couper|scarifier|mutiler|bruler|griffer|taillader|faire du mal|${
    ''}blesser|taper|frapper|punir|faire saigner)${notBefore('a la', 'au', 'aux', 'en', 'avec le four', 'les cheveux',
    'du monde', 'de tout')}`,
  `me (?:couper|coupe|coupais|scarifie|mutile|taillade)${END}`,
  `(?:je |jme |chui )?me (?:fais|faisais) du mal`,
  `me suis faite? du mal${notBefore('au', 'a la', 'aux', 'en')}`,
  `(?:envie de|besoin de|veux|jveux|vais|pense a) me faire (?:du )?mal${notBefore('au', 'a la', 'aux', 'a le')}`,
  `me (?:brule|bruler|brulais|suis brulee?) (?:avec|a) (?:des |une |la |le |mes |un )?${any('cigarettes?', 'clopes?',
    'briquet', 'allumettes?', 'fer a repasser', 'lame', 'cuillere chauffee')}`,
  `me (?:griffe|griffer|gratte|gratter|mords|mordre|pince|pincer|griffais|grattais|frappe|tape) ${
    ''}(?:dessus |les bras |la peau |les cuisses )?jusque au sang`,
  `me (?:fais|faire|faisais) saigner`,
  `(?:je|jme) me (?:frappe|frappais)|me cogne la tete contre les murs`,
  `me (?:brule|bruler|brulais|suis brulee?) (?:les |la |le |mes |ma |mon )?${any('bras', 'poignets?', 'cuisses?',
    'jambes?', 'mains?', 'peau', 'ventre')}`,
  `(?:lame|lames|cutter|rasoir) (?:pour|sur) (?:me|mes|ma|mon) (?:couper|bras|poignets?|cuisses?|peau)`,
]

// prettier-ignore
const PLAN: readonly string[] = [
  `(?:mis|mets|garde|gardes|stocke|stockes|accumule|accumules|amasse|economise|cache|planque)e?s? ${
    ''}(?:des |mes |plein de |tous mes |toutes mes |les |de les )?${PILLS} de cote`,
  `(?:stocke|accumule|planque|cache|economise|amasse)e?s? (?:des |mes |plein de )?${PILLS}`,
  `${TAKE} ${MUCH}${PILLS}`,
  `${PILLS} (?:de un coup|en une fois|a la fois|avec de le alcool|avec de la vodka|avec du whisky)`,
  `combien de ${PILLS} (?:${W} ){0,4}?(?:mourir|en finir|me tuer|y passer|crever|overdose|ne pas me reveiller)`,
  'dose (?:mortelle|letale)|surdose|overdose|intoxication medicamenteuse',
  `(?:comment|facon de|moyen de|maniere de|moyens de) (?:mourir|me tuer|me suicider|en finir|me pendre|${
    ''}se suicider|se tuer|disparaitre sans douleur)`,
  `(?:achete|acheter|trouve|prepare|preparee|pris|prendre|garde|accroche|attache|noue|nouer|acheterai) ${
    ''}(?:une |la |ma |de la |un bout de )?corde${notBefore('a sauter', 'a linge', 'de', 'pour (?:le|la|les|mon|ma|mes|un|une)')}`,
  'corde au cou|noeud coulant|pendaison',
  `${NOT_SOMEONE_ELSE}me (?:pendre|pends|pendrai|pendrais|suis pendue?)${notBefore('a (?:son|ton|mon|leur|votre) cou', 'au cou')}`,
  `sauter ${any('du', 'de un', 'de une', 'de le', 'depuis le', 'depuis un', 'par dessus le', 'du haut du',
    'du haut de', 'de la', 'par la', 'sous')} ${any('pont', 'viaduc', 'falaise', 'toit', 'immeuble', 'balcon',
    'fenetre', 'train', 'metro', 'haut', 'vide', 'rer', 'tour', `${W} etage`, `${W} etages`)}`,
  'sauter dans le vide',
  `me (?:jeter|jette|jetterai|jetterais|jetais|lancer|balancer) ${any('par la fenetre', 'par le balcon',
    `sous (?:un|le|une|la|les) ${W}`, `du (?:haut|pont|toit|balcon|viaduc|${W} etage)`,
    `de (?:un|une|la|le) (?:pont|falaise|toit|immeuble|balcon|viaduc|tour)`, `du haut de ${W}`, 'dans le vide',
    'dans (?:la riviere|le fleuve|la seine|le canal|le lac|le ravin)', 'de le pont')}`,
  `(?:me |se )?defenestr(?:er|e|erai|erais|ation)`,
  `me (?:tirer|tire|tirerai|tirerais|mettre|mets|mettrai) une balle`,
  `(?:acheter|achete|trouve|trouver|acces a|choper|chope|procurer|procure|recuperer|recupere|sortir|sorti) ${
    ''}(?:une arme|un flingue|un pistolet|un fusil|un revolver|le fusil|le pistolet|le flingue)`,
  `(?:fusil|pistolet|flingue|arme|revolver) (?:${W} ){0,5}?(?:me en servir|me tirer|pour moi|sur moi|sur ma tempe)`,
  `(?:lettre|lettres|mot|message|messages) (?:de )?adieux?`,
  `(?:dire|dit|dis|ecrit|ecrire|fait) (?:mes )?adieux?${notBefore('a (?:la|cette|ce|mon|ma|mes) (?:ville|plage|maison|vacances|ete)')}`,
  `(?:vais|veux|envie de|pense a|aller) me noyer${notBefore('dans un verre', 'dans le travail', 'dans le boulot', 'sous')}`,
  `me (?:faire|laisser) (?:ecraser|renverser|percuter) (?:par|sous)`,
  `me (?:ouvrir|ouvre|trancher) les veines`,
  `(?:prendre|avaler|prends|avale) (?:des |mes |les |tous mes |toutes mes )?${PILLS} (?:et|pour) ${any('tout finir',
    'en finir', 'mourir', 'dormir pour toujours', 'ne plus me reveiller', 'partir', 'y passer', 'crever')}`,
  `assez (?:de ${W} )?pour (?:y passer|mourir|en finir|me tuer|crever)`,
  `me (?:mettre|allonger|coucher) sous (?:un|le|une|la|les) (?:train|metro|rer|voiture|camion|bus|tram|roues)`,
  `(?:ai|je ai|jai) (?:tout )?prevu (?:pour|ma|le jour|comment|de me)`,
  `(?:jeter|jette|lancer) sous (?:un |le |une |la )?(?:train|metro|rer|voiture|camion|bus|tram)`,
]

// prettier-ignore
const HARM_TO_OTHERS: readonly string[] = [
  `${any('envie de', 'vais', 'jvais', 'va', 'veux', 'jveux', 'voudrais', 'pourrais', 'pense a', 'capable de',
    'peur de', 'finir par', 'vais aller', 'aller', 'devrais', 'rever de', 'reve de')} ${ADV}${any('le', 'la', 'les',
    'lui', 'leur', 'te', 'vous', 'tous les', 'toutes les', 'les tous')} ${HARM}`,
  `${any('envie de', 'vais', 'jvais', 'veux', 'jveux', 'voudrais', 'pourrais', 'pense a', 'capable de', 'peur de',
    'finir par', 'devrais')} ${ADV}${HARM} ${OTHERS}`,
  `(?:vais|jvais|veux|envie de|vas|va) ${any('lui', 'leur', 'te', 'vous')} ${any('defoncer', 'casser', 'eclater',
    'peter', 'exploser', 'refaire', 'arracher', 'fracasser')} (?:la gueule|la tete|la figure|le crane|les dents|${
    ''}le portrait|les genoux)`,
  `(?:vais|jvais|veux|envie de) (?:lui|leur|te|vous) (?:faire du mal|faire payer|faire la peau|regler son compte|${
    ''}mettre un coup de couteau|planter un couteau|tirer dessus)`,
  `faire du mal a ${OTHERS}`,
  `(?:le|la|les) faire (?:souffrir|la peau)`,
  `(?:tuer|buter|massacrer|flinguer) (?:tout le monde|quelquun|des gens)`,
  `(?:ils|elles|il|elle) (?:vont|va) (?:le )?payer`,
]

// prettier-ignore
const DANGER_NOW: readonly string[] = [
  `${THEM} (?:${W} )?me ${DONE_TO_ME}`,
  `${THEM} me a ${DONE_PAST}`,
  `${THEM} nous (?:frappe|frappait|bat|battait|menace|menacait|enferme|enfermait|tape|tapait)`,
  `${any('va', 'vont', 'allait', 'allaient', 'veut', 'veulent', 'voulait', 'menace de', 'menacait de', 'menacent de',
    'a menace de', 'risque de', 'finira par', 'va finir par', 'a essaye de', 'essaye de', 'essaie de')} ${any('me',
    'nous')} ${any('tuer', 'buter', 'crever', 'frapper', 'defoncer', 'egorger', 'etrangler', 'tabasser', 'faire la peau',
    'descendre', 'flinguer', 'planter', 'violer', 'bruler', 'noyer', 'retrouver', 'faire du mal', 'enlever les enfants',
    'prendre les enfants')}`,
  `menace(?:nt|ait)? de (?:tuer|frapper|prendre|enlever|bruler|noyer|tabasser) ${any('les enfants', 'les petits',
    'mes enfants', 'nos enfants', 'mon fils', 'ma fille', 'le bebe', 'mon bebe', 'ma famille', 'ma mere', 'mes parents',
    'mon chien', 'mon chat', 'tout le monde')}`,
  `peur (?:que|de ce que) (?:${THEM}) (?:me|nous) (?:tue|tuent|frappe|frappent|batte|fasse du mal|retrouve|viole|${
    ''}etrangle|trouve)`,
  `peur (?:pour ma vie|de mourir sous ses coups|de rentrer chez moi|de rentrer a la maison|de lui|de mon mari|${
    ''}de mon copain|de mon ex|de mon pere|de ma mere)`,
  `${NE}(?:suis|me sens|sens|sommes|sont|est) (?:pas|plus) en securite`,
  `me (?:suit|suivait|traque|guette) (?:partout|jusque chez moi|en bas de chez moi)`,
  `(?:est|il est|ils sont) (?:devant|derriere) (?:la|ma) porte (?:${W} ){0,4}?(?:entrer|peur|frapper|defoncer|hurle)`,
  `(?:veut|veulent|essaie|essaye) de (?:entrer|defoncer la porte|forcer la porte)`,
  `(?:violences? conjugales?|femme battue|enfant battu)`,
  `au secours|aidez moi${END}|(?:appelez|appeler) la police`,
]

export const RISK_FR: RiskWords = {
  patterns: {
    'suicidal-thoughts': SUICIDAL,
    'self-harm': SELF_HARM,
    'plan-or-means': PLAN,
    'harm-to-others': HARM_TO_OTHERS,
    'danger-now': DANGER_NOW,
  },
  // prettier-ignore
  idioms: [
    `(?:meurs|meurt|mourir|mort|morte|morts|mortes|crever|creve|crevee|crevent|mourrais) ${any(...DIE_OF)}`,
    'a mourir (?:de rire|de ennui|de chaud)|chaleur a mourir|ennuyeux a mourir|ennuyeuse a mourir|beau a mourir',
    'me (?:tue|tuer|tues|tuais) (?:a la tache|a le repeter|a le dire|a te le dire|a vous le dire|a expliquer|a travailler|au travail|au boulot)',
    'tuer le temps',
    `me (?:suis )?(?:coupee?|brulee?|blessee?|faite? mal) (?:(?:${W} ){0,2})?(?:en (?:cuisinant|bricolant|jardinant|${
      ''}me rasant|coupant|epluchant|tombant|courant|faisant|cuisine)|avec (?:le|la|un|une) (?:four|fer a repasser|${
      ''}poele|casserole|couteau de cuisine|cafe|the|soupe|plat)|par accident|sans faire expres|au (?:dos|genou|pied|bras))`,
    'me brule (?:toujours |souvent |encore )?la langue',
    `(?:soleil|chaleur|sable|eau|the|cafe|soupe|vent|froid) (?:${W} )?me (?:brule|brulait|brulent)`,
    'me couper du monde|me faire couper les cheveux',
    'me couper (?:une part|un morceau|une tranche|un bout|les ongles|la frange|les cheveux)',
    'me (?:tape|tapait|tapent) (?:sur les nerfs|sur le systeme|dans la main|dans le dos|la discute|la causette)',
    'me touche (?:le coeur|beaucoup|profondement|vraiment|enormement|au coeur|tellement)',
    `(?:cette|ce|ces|la|le|les) (?:chaleur|boulot|travail|stress|fatigue|attente|froid|bruit|rando|marche|montee|${
      ''}cote|suspense|escaliers?|film|serie|musique|journee|semaine) (?:${W} )?(?:va|vont|finira par|allait) me tuer`,
    'sauter (?:au cou|de joie|le pas)|pendre (?:au|a son|a ton|a mon|a leur) cou',
    'me (?:jeter|jette) a le eau',
    'disparaitre sous (?:la|ma|une) couette',
    `(?:on|nous|ils|elles|les (?:enfants|copains|gamins|jeunes|potes)) (?:${W} ){0,2}?${any('sautait', 'sautaient',
      'sautions', 'saute', 'sautent', 'sautons', 'a saute', 'ont saute', 'avons saute', 'allait sauter')} (?:${W} ){1,5}?${
      ''}dans (?:la riviere|le lac|la mer|le canal|le eau|la piscine|les vagues|le fleuve)`,
    `(?:prends|prend|prendre|pris) tous mes ${PILLS} (?:le matin|le soir|chaque|tous les|avec|a heure)`,
    'corde a (?:sauter|linge)',
    'me noyer dans un verre de eau|noyer le poisson',
  ],
  negators: ['pas', 'jamais', 'ne', 'non', 'aucunement', 'nullement'],
  whatIf: ['si', 'et si', 'imagine', 'imaginons', 'supposons', 'admettons', 'au cas ou', 'hypothetiquement'],
  breakers: [
    'mais',
    'pourtant',
    'cependant',
    'sinon',
    'parce',
    'car',
    'donc',
    'alors',
    'et',
    'puis',
    'neanmoins',
  ],
}
