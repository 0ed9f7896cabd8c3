import { cues, motif, names, times, weathers, type InterpretWords, type LexiconEntry } from './effects'

/**
 * German words for the interpreter, written as people in Germany, Austria and Switzerland name their places
 * (Watt, Alm, Klamm, Schrebergarten, Stube). Diacritics are stripped by the tokenizer ("Küste" → "kuste"), and
 * the "ue" spelling people type without umlauts is listed for the common words. German has no stemming here, so
 * cases and plurals are listed; compounds the list does not know are read by their last part (`heads`:
 * "Kiefernwald" is a forest, "Sommerregen" rain). Compounds whose last part misleads are listed by name
 * ("Ostsee" is the sea, not a lake; "Wolkenmeer" is clouds, not the sea; "Tangwald" is under water).
 */

/** An adjective with its endings: "ruhig" → ruhig, ruhige, ruhigen, ruhiger, ruhiges, ruhigem. */
const inflect = (base: string): string[] => ['', 'e', 'en', 'er', 'es', 'em'].map((e) => base + e)

// prettier-ignore
const PLACES: readonly LexiconEntry[] = [
  // beach
  ...names('beach', 3, [
    'strand', 'strande', 'strandes', 'sandstrand', 'badestrand', 'kuste', 'kueste', 'kusten', 'bucht', 'buchten',
    'lagune', 'kustenlandschaft', 'dunenlandschaft', 'ostsee', 'nordsee', 'ostseestrand', 'nordseestrand', 'ostseekuste', 'nordseekuste', 'sudsee',
    'suedsee', 'hochsee', 'sylt', 'amrum', 'rugen', 'ruegen', 'usedom', 'fohr', 'norderney', 'juist', 'borkum',
    'karibik', 'watt', 'wattenmeer', 'sandbank', 'strandpromenade', 'mittelmeer', 'atlantik', 'adria', 'tote meer',
    'toten meer', 'totes meer', 'seebrucke', 'meeresufer', 'steilkuste', 'dunenstrand',
  ]),
  ...names('beach', 4, [
    'am meer', 'ans meer', 'an der see', 'an die see', 'an der kuste', 'an die kuste', 'am strand', 'weisser sand',
    'weissen sand', 'weisser strand', 'am ozean',
  ]),
  ...cues('beach', 2, ['meer', 'meeres', 'ozean', 'strandkorb', 'strandkorbe', 'strandhafer', 'insel', 'inseln'],
    ['waves']),
  ...cues('beach', 1.5, [
    'wellen', 'welle', 'brandung', 'gischt', 'ebbe', 'flut', 'muscheln', 'muschel', 'mowe', 'mowen', 'moewen',
    'palme', 'palmen', 'sandburg', 'leuchtturm', 'seehunde', 'robben', 'dunen', 'meeresrauschen', 'seeluft',
  ]),
  ...cues('beach', 1, [
    'salz', 'salzig', 'salzige', 'salzigen', 'salziger', 'treibholz', 'horizont', 'barfuss', 'krabben',
    'sonnencreme', 'handtuch', 'kiesel', 'hangematte', 'kokosnuss', 'hafen', 'kutter',
  ]),
  // forest
  ...names('forest', 3, [
    'wald', 'walder', 'waldern', 'waldes', 'waldchen', 'forst', 'hain', 'dschungel', 'urwald', 'regenwald',
    'tannenwald', 'nadelwald', 'laubwald', 'mischwald', 'buchenwald', 'kiefernwald', 'fichtenwald', 'eichenwald',
    'birkenwald', 'marchenwald', 'schwarzwald', 'herbstwald', 'bergwald', 'auwald', 'waldlandschaft',
  ]),
  ...names('forest', 4, ['im wald', 'in den wald', 'durch den wald', 'am waldrand', 'waldrand', 'waldlichtung']),
  ...cues('forest', 1.5, [
    'baume', 'baumen', 'baum', 'tannen', 'tanne', 'fichten', 'fichte', 'kiefern', 'eichen', 'eiche', 'buchen',
    'birken', 'birke', 'moos', 'moosig', 'moosige', 'moosigen', 'moosiger', 'farne', 'farnen', 'farn',
    'lichtung', 'baumkronen', 'stamme', 'unterholz', 'waldboden', 'pilze', 'pilzen', 'waldbrand',
  ], ['trees']),
  ...cues('forest', 1, [
    'blatter', 'blattern', 'laub', 'nadeln', 'tannennadeln', 'aste', 'zweige', 'wurzeln', 'eichhornchen', 'reh',
    'rehe', 'hirsch', 'specht', 'kauzchen', 'waldweg', 'pfad', 'zapfen', 'tannenzapfen', 'wandern',
  ]),
  // meadow
  ...names('meadow', 3, [
    'wiese', 'wiesen', 'weide', 'feld', 'felder', 'feldern', 'acker', 'heide', 'alm', 'almen', 'hugel', 'hugeln',
    'huegel', 'steppe', 'prarie', 'savanne', 'blumenwiese', 'kornfeld', 'weizenfeld', 'rapsfeld', 'lavendelfeld',
    'sonnenblumenfeld', 'mohnfeld', 'streuobstwiese', 'allgau', 'allgaeu', 'auf dem land', 'heidelandschaft', 'wiesenlandschaft',
    'hugellandschaft', 'moorlandschaft',
  ]),
  ...names('meadow', 4, ['lavendelfelder', 'sanfte hugel', 'grune hugel', 'auf der wiese', 'auf der weide']),
  ...cues('meadow', 1.5, [
    'gras', 'grases', 'grashalme', 'graser', 'wildblumen', 'klee', 'ganseblumchen', 'mohn', 'mohnblumen',
    'lowenzahn', 'butterblumen', 'heu', 'heuballen', 'weizen', 'korn', 'lavendel', 'schafe', 'kuhe', 'kuehe',
    'pferde', 'bauernhof', 'scheune', 'wollgras', 'weinberg', 'weinberge',
  ]),
  ...cues('meadow', 1, ['wacholder', 'schmetterlinge', 'bienen', 'picknick', 'drachen', 'zaun', 'hecken', 'glocken']),
  // mountain lake
  ...names('mountain-lake', 3, [
    'see', 'seen', 'bergsee', 'bergseen', 'teich', 'weiher', 'tumpel', 'berg', 'berge', 'bergen', 'berges',
    'gebirge', 'alpen', 'gipfel', 'stausee', 'baggersee', 'bodensee', 'konigssee', 'koenigssee', 'gardasee',
    'chiemsee', 'titisee', 'tegernsee', 'gletschersee', 'bergwelt', 'dolomiten', 'berghutte', 'berghuette',
    'berglandschaft', 'seenlandschaft',
  ]),
  ...names('mountain-lake', 4, ['am see', 'an den see', 'in den bergen', 'auf dem berg', 'seeufer', 'am seeufer']),
  ...cues('mountain-lake', 1.5, [
    'steg', 'bootssteg', 'ruderboot', 'kanu', 'kajak', 'spiegelung', 'spiegelt', 'spiegelglatt', 'grat', 'felsen',
    'fels', 'seerosen', 'enten', 'schwane', 'schwan', 'reiher', 'hutte', 'huette', 'bergluft', 'gipfelkreuz',
  ]),
  ...cues('mountain-lake', 1, ['wasser', 'ufer', 'klare luft']),
  ...cues('mountain-lake', 2, ['schweiz', 'sachsische schweiz']),
  // snow
  ...names('snow', 3, [
    'gletscher', 'tundra', 'arktis', 'antarktis', 'eisberg', 'eisberge', 'iglu', 'lappland', 'schneefeld',
    'schneefelder', 'polarkreis', 'nordpol', 'skipiste', 'eiswuste', 'eislandschaft',
  ]),
  ...names('snow', 4, [
    'schneelandschaft', 'winterlandschaft', 'zugefrorener see', 'zugefrorenen see', 'zugefrorene see',
    'verschneite landschaft', 'verschneiten landschaft', 'winterwunderland', 'tief verschneit',
  ]),
  ...cues('snow', 2, [
    'schnee', 'verschneit', 'verschneite', 'verschneiten', 'verschneiter', 'verschneites', 'pulverschnee',
    'neuschnee', 'schneeverweht', 'schneebedeckt', 'schneebedeckte', 'schneebedeckten',
  ]),
  ...cues('snow', 1.5, [
    'eis', 'zugefroren', 'frost', 'raureif', 'eiszapfen', 'schlitten', 'schlittenfahren', 'skifahren',
    'schneemann', 'pinguine', 'eisbar', 'eisbaren', 'winterlich', 'winterliche', 'eisig', 'eisige', 'eisigen',
  ]),
  ...cues('snow', 1, ['kalt', 'kalte', 'kalten', 'klirrend', 'handschuhe', 'schal', 'mutze']),
  // garden
  ...names('garden', 3, [
    'garten', 'gartens', 'park', 'parks', 'innenhof', 'rosengarten', 'schrebergarten', 'kleingarten',
    'gewachshaus', 'wintergarten', 'obstgarten', 'krautergarten', 'schlossgarten', 'terrasse', 'hinterhof',
    'vorgarten', 'stadtpark', 'schlosspark', 'kurpark',
  ]),
  ...names('garden', 4, ['botanischer garten', 'botanischen garten', 'japanischer garten', 'japanischen garten',
    'zen garten', 'im garten']),
  ...cues('garden', 2, ['koiteich', 'gartenteich']),
  ...cues('garden', 1.5, [
    'rosen', 'tulpen', 'pfingstrosen', 'lilien', 'hortensien', 'beet', 'beete', 'blumenbeet', 'blumenbeete',
    'springbrunnen', 'brunnen', 'laube', 'pergola', 'hecke', 'gartenbank', 'krauter', 'gemuse', 'tomaten', 'rasen',
    'vogeltranke', 'kirschbaume', 'kirschbaumen', 'kirschblute', 'kirschbluten', 'apfelbaume', 'apfelbaumen',
    'obstbaume', 'flieder', 'jasmin', 'glyzinie', 'gartenzwerg', 'blumen', 'blumentopfe', 'pflanzen',
  ]),
  ...cues('garden', 1, ['schaukel', 'statue', 'bank', 'sonnenblumen', 'gieskanne']),
  // desert
  ...names('desert', 3, ['wuste', 'wueste', 'wusten', 'wustenlandschaft', 'sahara', 'oase', 'canyon', 'sandwuste', 'steinwuste']),
  ...names('desert', 4, ['sanddunen', 'sanddune', 'in der wuste']),
  ...cues('desert', 1.5, [
    'kaktus', 'kakteen', 'kamel', 'kamele', 'karawane', 'trocken', 'trockene', 'durr', 'durre', 'sandstein',
    'skorpion', 'eidechse', 'fata morgana', 'beduinen', 'dunen',
  ]),
  ...cues('desert', 1, ['sand', 'heiss', 'heisse', 'heissen', 'hitze', 'weite', 'ocker']),
  // underwater
  ...names('underwater', 3, [
    'unterwasser', 'riff', 'riffe', 'meeresgrund', 'meeresboden', 'tangwald', 'kelpwald', 'tiefsee',
    'unterwasserwelt',
  ]),
  ...names('underwater', 4, ['unter wasser', 'korallenriff', 'korallenriffe', 'unter der oberflache',
    'unter den wellen', 'unter dem meer', 'am meeresgrund', 'auf dem meeresgrund']),
  ...cues('underwater', 2, [
    'korallen', 'koralle', 'tauchen', 'tauche', 'taucht', 'taucher', 'schnorcheln', 'schnorchel', 'qualle',
    'quallen', 'seepferdchen', 'schildkrote', 'schildkroten', 'meeresschildkrote', 'delfin', 'delfine',
    'delfinen', 'delphin', 'delphine', 'wal', 'wale', 'walen', 'mantarochen', 'anemonen', 'seetang', 'tang',
    'algen', 'schwimme mit', 'schwimmen mit', 'luftblasen', 'fischschwarm', 'abtauchen',
  ]),
  ...cues('underwater', 1.5, ['fische', 'fisch', 'tintenfisch', 'seestern', 'schwarm']),
  ...cues('underwater', 1, ['fischen', 'blasen']),
  ...cues('underwater', 0.5, ['schwimme', 'schwimmen', 'schweben', 'treiben', 'treibe', 'sonnenstrahlen']),
  // night sky
  ...names('night-sky', 3, [
    'sternenhimmel', 'nachthimmel', 'milchstrasse', 'galaxie', 'galaxien', 'weltall', 'universum', 'kosmos',
    'nordlichter', 'nordlicht', 'polarlichter', 'polarlicht', 'sternbild', 'sternbilder', 'sternennacht',
    'weltraum', 'sternenzelt',
  ]),
  ...names('night-sky', 4, ['himmel voller sterne', 'unter den sternen', 'sternklare nacht', 'sternklaren nacht',
    'im weltall']),
  ...cues('night-sky', 1.5, [
    'sterne', 'sternen', 'stern', 'sternschnuppe', 'sternschnuppen', 'mond', 'vollmond', 'mondlicht',
    'mondschein', 'planeten', 'planet', 'komet', 'teleskop', 'sternwarte', 'funkeln', 'funkelnde', 'funkelnden',
  ]),
  // cosy room
  ...names('cozy-room', 3, [
    'zimmer', 'wohnzimmer', 'schlafzimmer', 'kinderzimmer', 'stube', 'wohnstube', 'kuche', 'kueche', 'wohnkuche',
    'bibliothek', 'dachboden', 'dachstube', 'leseecke', 'cafe', 'kaffeehaus', 'kaminzimmer', 'bauernstube',
  ]),
  ...cues('cozy-room', 4, ['vor dem kamin', 'am kamin', 'am kachelofen', 'vor dem ofen', 'am ofen']),
  ...cues('cozy-room', 2, ['drinnen', 'sofa', 'couch', 'sessel', 'ohrensessel', 'kamin', 'kachelofen',
    'kaminfeuer']),
  ...cues('cozy-room', 1.5, [
    'kissen', 'decke', 'wolldecke', 'kuscheldecke', 'teppich', 'bucherregal', 'bucher', 'lampe', 'stehlampe',
    'kerzenlicht', 'teekanne', 'tasse', 'kakao', 'ofen', 'herd', 'backen', 'brot', 'kuchen', 'platzchen',
    'fensterbank', 'vorhange', 'gardinen', 'dielen', 'holzdielen', 'eingekuschelt', 'kuscheln', 'hausschuhe',
    'stricken', 'schnurrt',
  ]),
  ...cues('cozy-room', 1, [
    'fenster', 'haus', 'wohnung', 'zuhause', 'daheim', 'oma', 'grossmutter', 'opa', 'grossvater', 'tisch',
    'stuhl', 'bett', 'kerzen', 'kerze', 'tee', 'katze',
  ]),
  // river valley
  ...names('river-valley', 3, [
    'tal', 'taler', 'talern', 'flusstal', 'wasserfall', 'wasserfalle', 'schlucht', 'klamm', 'kaskaden',
    'flussufer', 'bachufer', 'aue', 'auen', 'donau', 'rhein', 'elbe', 'mosel', 'isar', 'neckar', 'weser', 'saale',
    'flussaue', 'bachlauf', 'flusslandschaft', 'rheintal', 'moseltal', 'neckartal', 'donautal', 'elbtal', 'ahrtal',
    'inntal', 'altmuhltal', 'murgtal', 'saaletal', 'lahntal', 'taubertal', 'maintal',
  ]),
  ...cues('river-valley', 4, ['am fluss', 'am bach', 'an den fluss', 'am flussufer', 'entlang des flusses']),
  ...cues('river-valley', 2, ['fluss', 'flusse', 'flusses', 'bach', 'bache', 'baches', 'wildbach', 'flusschen']),
  ...cues('river-valley', 1.5, ['stromschnellen', 'gumpe', 'platschern', 'platschert', 'eisvogel', 'kiesbank',
    'otter']),
  ...cues('river-valley', 1, ['fliesst', 'fliessen', 'rauschendem', 'rauschende', 'rauschenden']),
]

// prettier-ignore
const SKY: readonly LexiconEntry[] = [
  ...times('dawn', 3, [
    'morgendammerung', 'sonnenaufgang', 'sonnenaufgange', 'tagesanbruch', 'morgengrauen', 'fruh am morgen',
    'am fruhen morgen', 'fruhen morgen', 'fruhmorgens', 'in aller fruhe', 'erstes licht', 'ersten licht',
    'die sonne geht auf', 'sonne geht auf', 'geht die sonne auf', 'morgenrot', 'aufgehende sonne',
    'aufgehenden sonne',
  ], 'at dawn'),
  ...times('morning', 3, [
    'morgens', 'am morgen', 'vormittag', 'vormittags', 'am vormittag', 'heute morgen', 'fruhstuck', 'morgensonne',
    'morgenlicht', 'morgennebel', 'morgentau', 'in der fruh', 'jeden morgen',
  ], 'in the morning'),
  ...times('morning', 2, ['morgen'], 'in the morning'),
  ...times('morning', 1, ['tau', 'kaffee'], 'in the morning'),
  ...times('midday', 3, [
    'mittag', 'mittags', 'am mittag', 'mittagssonne', 'mittagshitze', 'mittagszeit', 'zur mittagszeit',
    'die sonne steht hoch', 'sonne steht hoch', 'mittagspause', 'um zwolf',
  ], 'at midday'),
  ...times('afternoon', 3, ['nachmittag', 'nachmittags', 'am nachmittag', 'nachmittagssonne'], 'in the afternoon'),
  ...times('afternoon', 1, ['sonnigen tag', 'sonniger tag', 'sommertag', 'tagsuber', 'kaffee und kuchen'],
    'in the afternoon'),
  ...times('golden-hour', 3, [
    'sonnenuntergang', 'sonnenuntergange', 'abendsonne', 'abendlicht', 'goldene stunde', 'goldenen stunde',
    'die sonne geht unter', 'sonne geht unter', 'geht die sonne unter', 'untergehende sonne',
    'untergehenden sonne', 'abendrot', 'spater nachmittag', 'spaten nachmittag', 'spaeten nachmittag',
  ], 'at sunset'),
  ...times('golden-hour', 1, ['golden', 'goldene', 'goldenen', 'goldenes', 'warmes licht', 'lange schatten'],
    'at sunset'),
  ...times('dusk', 3, [
    'abend', 'abends', 'am abend', 'dammerung', 'abenddammerung', 'blaue stunde', 'in der dammerung',
    'nach sonnenuntergang', 'sommerabend', 'winterabend', 'feierabend', 'abendstimmung',
  ], 'at dusk'),
  ...times('night', 3, [
    'nacht', 'nachts', 'nachte', 'mitternacht', 'in der nacht', 'bei nacht', 'mondlicht', 'mondschein',
    'sternenhimmel', 'sternklare nacht', 'sterne', 'sternen', 'nachthimmel', 'nordlichter', 'polarlichter',
    'milchstrasse', 'vollmond', 'im dunkeln', 'dunkelheit', 'sternennacht',
  ], 'at night'),
  ...times('night', 1.5, ['mond', 'gluhwurmchen', 'eule', 'eulen', 'kauzchen'], 'at night'),
  // weather
  ...weathers('clear', 2, [
    ...inflect('klar'), ...inflect('wolkenlos'), 'blauer himmel', 'blauem himmel', 'blauen himmel',
    'blauer himmel', ...inflect('sonnig'), 'sonnenschein', 'die sonne scheint', 'sonne scheint', 'strahlend',
    'heiter', 'windstill', 'windstille', 'strahlender sonnenschein', 'hell',
  ]),
  ...weathers('clear', 1, ['sonne']),
  ...weathers('cloudy', 2, [
    'wolken', 'wolke', 'wolkchen', 'wolkig', 'bewolkt', 'bewoelkt', 'grauer himmel', 'grauen himmel',
    'grauem himmel', 'grauen wolken', 'bedeckt', 'grau in grau', 'tief hangende wolken', 'meer aus wolken',
    'wolkenmeer', 'schafchenwolken', 'regenwolken', 'wolkendecke',
  ]),
  ...weathers('fog', 3, [
    'nebel', 'neblig', 'neblige', 'nebligen', 'nebliger', 'nebelig', 'dunst', 'dunstig', 'diesig', 'nebelschwaden',
    'morgennebel', 'bodennebel', 'fruhnebel', 'nebelmeer', 'nebelverhangen',
  ]),
  ...weathers('rain', 3, [
    'regen', 'regnet', 'regnete', 'regnen', 'regnerisch', 'regnerischen', 'regnerischer', 'verregnet',
    'verregneten', 'verregneter', 'verregnete', 'nieselregen', 'nieselt', 'nieseln', 'niesel', 'schauer',
    'regenschauer', 'platzregen', 'sommerregen', 'landregen', 'regentropfen', 'pfutzen', 'regenschirm',
    'wolkenbruch', 'es regnet', 'es nieselt', 'sanfter regen', 'sanftem regen',
  ]),
  ...weathers('rain', 1, ['tropfen', 'prasseln']),
  ...weathers('snow', 3, [
    'schneit', 'schneite', 'schneien', 'schneefall', 'schneeflocken', 'schneeflocke', 'es schneit',
    'fallender schnee', 'schneegestober', 'graupel', 'schneeregen', 'flocken',
  ]),
  ...weathers('wind', 3, [
    'wind', 'windig', 'windige', 'windigen', 'boen', 'boig', 'leichter wind', 'leichte brise', 'luftchen',
    'ein hauch von wind', 'windspiel', 'weht im wind', 'im wind',
  ]),
  ...weathers('wind', 2, ['brise', 'weht', 'wehen', 'wehte']),
  ...weathers('storm', 4, [
    'sturm', 'sturme', 'sturmisch', 'stuermisch', 'sturmt', 'stuermt', 'sturmte', 'gewitter', 'donner', 'blitz', 'blitze', 'unwetter', 'orkan',
    'hurrikan', 'sandsturm', 'gewitterwolken', 'wetterleuchten', 'sommergewitter',
  ]),
  ...weathers('snow', 3, ['schneesturm']),
  ...weathers('storm', 2, ['schneesturm']),
]

// prettier-ignore
const MOTIFS: readonly LexiconEntry[] = [
  ...motif('waves', ['wellen', 'welle', 'brandung', 'gischt']),
  ...motif('palm trees', ['palme', 'palmen']),
  ...motif('stars', ['sterne', 'sternen', 'stern', 'sternenhimmel', 'sternschnuppe', 'sternschnuppen', 'milchstrasse']),
  ...motif('flowers', [
    'blumen', 'blume', 'rosen', 'tulpen', 'mohn', 'mohnblumen', 'wildblumen', 'lavendel', 'sonnenblumen', 'bluten',
    'blute', 'ganseblumchen', 'flieder', 'lilien', 'seerosen', 'pfingstrosen', 'kirschbluten', 'lowenzahn', 'klee',
    'heidekraut', 'blumenmeer', 'blumenwiese',
  ]),
  ...motif('birds', [
    'vogel', 'vogeln', 'vogelgesang', 'mowe', 'mowen', 'moewen', 'kraniche', 'schwane', 'schwan', 'enten', 'reiher',
    'kauzchen', 'eule', 'eulen', 'lerche', 'amsel', 'spatzen', 'zugvogel', 'ganse', 'storch', 'storche',
  ]),
  ...motif('boats', ['boot', 'boote', 'booten', 'segelboot', 'segelboote', 'ruderboot', 'kanu', 'kajak', 'schiff',
    'fischerboot', 'gondel', 'kutter']),
  ...motif('moon', ['mond', 'vollmond', 'mondlicht', 'mondschein']),
  ...motif('sun', ['sonne', 'sonnenschein', 'sonnenaufgang', 'sonnenuntergang', 'morgensonne', 'abendsonne']),
  ...motif('clouds', ['wolken', 'wolke', 'schafchenwolken', 'wolkenmeer']),
  ...motif('trees', ['baume', 'baum', 'baumen', 'tannen', 'kiefern', 'eichen', 'birken', 'buchen', 'fichten',
    'wald', 'apfelbaume', 'linde', 'linden']),
  ...motif('mountains', ['berge', 'berg', 'bergen', 'gipfel', 'alpen', 'gebirge', 'hugel']),
  ...motif('lake', ['see', 'teich', 'weiher', 'bergsee']),
  ...motif('river', ['fluss', 'bach', 'wasserfall', 'wildbach']),
  ...motif('fish', ['fische', 'fisch', 'fischen', 'koi', 'fischschwarm', 'forellen']),
  ...motif('fireflies', ['gluhwurmchen', 'gluehwuermchen']),
  ...motif('snowflakes', ['schneeflocken', 'schneeflocke', 'schneefall']),
  ...motif('dunes', ['dunen', 'sanddunen']),
  ...motif('lanterns', ['laternen', 'laterne', 'lampions', 'lichterketten', 'lichterkette', 'lichtermeer']),
  ...motif('aurora', ['nordlichter', 'polarlichter', 'nordlicht', 'polarlicht']),
  ...motif('coral', ['korallen', 'koralle', 'korallenriff', 'riff']),
  ...motif('shells', ['muscheln', 'muschel']),
  ...motif('lighthouse', ['leuchtturm']),
  ...motif('cactus', ['kaktus', 'kakteen']),
  ...motif('butterflies', ['schmetterlinge', 'schmetterling']),
  ...motif('deer', ['reh', 'rehe', 'hirsch', 'hirsche']),
  ...motif('bench', ['bank', 'bankchen', 'gartenbank', 'parkbank']),
  ...motif('path', ['weg', 'pfad', 'waldweg', 'wanderweg']),
  ...motif('cabin', ['hutte', 'huette', 'berghutte', 'blockhutte', 'holzhutte']),
  ...motif('bridge', ['brucke', 'hangebrucke']),
  ...motif('rocks', ['felsen', 'steine', 'kiesel', 'fels']),
  ...motif('fountain', ['springbrunnen', 'brunnen']),
  ...motif('whales', ['wal', 'wale', 'delfine', 'delfinen', 'delphine', 'delfin']),
  ...motif('turtles', ['schildkrote', 'schildkroten', 'meeresschildkrote']),
  ...motif('jellyfish', ['qualle', 'quallen']),
  ...motif('bubbles', ['blasen', 'luftblasen']),
  ...motif('kelp', ['seetang', 'tang', 'tangwald', 'algen']),
  ...motif('planets', ['planeten', 'planet']),
  ...motif('candles', ['kerzen', 'kerze', 'kerzenlicht']),
  ...motif('grass', ['gras', 'graser', 'wollgras', 'schilf', 'strandhafer']),
  ...motif('leaves', ['blatter', 'laub', 'herbstlaub']),
  ...motif('rainbow', ['regenbogen']),
  ...motif('hammock', ['hangematte']),
  ...motif('pier', ['steg', 'bootssteg', 'seebrucke']),
]

/** Colours, with the same soft values as the English table. */
// prettier-ignore
const COLOURS: Record<string, string> = {
  rot: '#c97b6e', feuerrot: '#c9786a', rosa: '#e6b3bd', pink: '#e6b3bd', orange: '#e8a472', pfirsich: '#f0c4a4',
  gelb: '#eed68a', gold: '#e0bd6e', creme: '#f1e6cf', beige: '#e6d6ba', braun: '#a9876b', ocker: '#d0a35c',
  grun: '#93b58c', gruen: '#93b58c', salbei: '#a9bd9c', oliv: '#a3a673', smaragd: '#6fae8f', mint: '#b5dcc4',
  turkis: '#7cc4c0', tuerkis: '#7cc4c0', turkisblau: '#7cc4c0', blau: '#8aaed0', hellblau: '#a9cbe3',
  himmelblau: '#a9cbe3', dunkelblau: '#5d7096', lila: '#c8b5dc', violett: '#ab93c9', weiss: '#eeebe4',
  silber: '#c9ccd3', silbern: '#c9ccd3', grau: '#a6aab0', schwarz: '#4d5160', kupfer: '#c58b66',
}
const colourEntries: LexiconEntry[] = Object.entries(COLOURS).flatMap(([w, colour]) =>
  (w.endsWith('a') || w.endsWith('e') || w === 'mint' ? [w] : inflect(w)).map(
    (x) => [x, { colour }] as const,
  ),
)

/** Feelings: [valence, arousal] and the colour of the feeling, as in the English table. */
// prettier-ignore
const FEELINGS: Record<string, readonly [number, number, string?]> = {
  ruhig: [0.6, -0.8, '#a8c5c9'], ruhe: [0.6, -0.8, '#a8c5c9'], friedlich: [0.7, -0.8, '#b7cfc4'],
  frieden: [0.7, -0.8, '#b7cfc4'], gelassen: [0.7, -0.8, '#b3cdd1'], still: [0.4, -0.8], stille: [0.5, -0.8],
  leise: [0.5, -0.7, '#c4cdd3'], sanft: [0.6, -0.6, '#dcc9c0'], weich: [0.5, -0.6, '#e3d3cf'],
  langsam: [0.4, -0.6], entspannt: [0.7, -0.7, '#bcd3c0'], entspannend: [0.7, -0.7, '#bcd3c0'],
  geborgen: [0.8, -0.6, '#d9c8a9'], geborgenheit: [0.8, -0.6, '#d9c8a9'], sicher: [0.7, -0.5],
  warm: [0.6, -0.2, '#e8c39e'], warme: [0.6, -0.2, '#e8c39e'], warmen: [0.6, -0.2, '#e8c39e'],
  warmer: [0.6, -0.2, '#e8c39e'], warmes: [0.6, -0.2, '#e8c39e'], warmem: [0.6, -0.2, '#e8c39e'],
  gemutlich: [0.7, -0.5, '#e2bc9a'], gemuetlich: [0.7, -0.5, '#e2bc9a'],
  behaglich: [0.7, -0.5, '#e2bc9a'], wohlig: [0.7, -0.5], zufrieden: [0.7, -0.4], glucklich: [0.8, 0.3, '#efd68f'],
  gluecklich: [0.8, 0.3, '#efd68f'], freude: [0.9, 0.5, '#f0cf7c'], frohlich: [0.8, 0.4, '#f2d98e'],
  dankbar: [0.8, -0.2], geliebt: [0.9, 0.0, '#eab6b9'], liebe: [0.8, 0.1, '#eab6b9'], zart: [0.7, -0.4, '#ecc6c4'],
  vertraumt: [0.5, -0.5, '#cdbfdf'], magisch: [0.7, 0.3, '#c9b8e0'], frisch: [0.6, 0.0, '#bfe0d0'],
  leicht: [0.5, -0.2], wunderschon: [0.8, 0.1], herrlich: [0.8, 0.1], nostalgisch: [0.2, -0.3, '#d9c3ad'],
  wehmutig: [0.0, -0.4, '#c3c3d6'], traurig: [-0.6, -0.3, '#9fb0c4'], einsam: [-0.6, -0.3, '#a8b2c2'],
  allein: [-0.2, -0.3], leer: [-0.4, -0.4], mude: [-0.2, -0.6, '#b8b8c4'], erschopft: [-0.4, -0.5],
  schlafrig: [0.2, -0.8, '#c3bed6'], angstlich: [-0.6, 0.7, '#b7c2c9'], nervos: [-0.5, 0.6],
  unruhig: [-0.3, 0.6], gestresst: [-0.6, 0.7], wutend: [-0.7, 0.8], frei: [0.7, 0.1, '#b9d6e6'],
  freiheit: [0.7, 0.1, '#b9d6e6'], hoffnung: [0.7, 0.1, '#f1dca6'], hoffnungsvoll: [0.7, 0.1, '#f1dca6'],
  staunen: [0.7, 0.3, '#c4c0e6'], lebendig: [0.7, 0.4], kuhl: [0.3, -0.3], atmen: [0.5, -0.6],
}
const feelingEntries: LexiconEntry[] = Object.entries(FEELINGS).map(
  ([w, [v, a, colour]]) => [w, { mood: [v, a] as const, ...(colour ? { colour } : {}) }] as const,
)

// prettier-ignore
export const WORDS_DE: InterpretWords = {
  entries: [...PLACES, ...SKY, ...MOTIFS, ...colourEntries, ...feelingEntries],
  heads: [
    'see', 'seen', 'wald', 'walder', 'strand', 'meer', 'kuste', 'insel', 'wiese', 'wiesen', 'feld', 'felder',
    'weide', 'garten', 'park', 'berg', 'berge', 'gebirge', 'gipfel', 'teich', 'bach', 'schlucht', 'klamm', 'wuste',
    'zimmer', 'stube', 'kuche', 'schnee', 'nebel', 'regen', 'sturm', 'gewitter', 'wind', 'wolken', 'morgen',
    'nachmittag', 'abend', 'nacht', 'hutte', 'dunen',
  ],
}
