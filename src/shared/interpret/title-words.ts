import type { SupportedLanguage } from '../safety/language'
import type { Biome, TimeOfDay } from '../spec'

type Other = Exclude<SupportedLanguage, 'en'>

/**
 * A painting's title in the language of its words: the place, and the time when the words named one ("Playa al
 * atardecer", "Bergsee bei Nacht"). Written per language as a title reads there, not assembled from English.
 */
// prettier-ignore
export const PLACE_TITLES: Readonly<Record<Other, Readonly<Record<Biome, string>>>> = {
  es: {
    beach: 'Playa', forest: 'Bosque', meadow: 'Pradera', 'mountain-lake': 'Lago de montaña',
    snow: 'Paisaje nevado', garden: 'Jardín', desert: 'Desierto', underwater: 'Bajo el mar',
    'night-sky': 'Cielo nocturno', 'cozy-room': 'Un rincón acogedor', 'river-valley': 'Valle del río',
    abstract: 'Un espacio tranquilo',
  },
  fr: {
    beach: 'Plage', forest: 'Forêt', meadow: 'Prairie', 'mountain-lake': 'Lac de montagne',
    snow: 'Paysage enneigé', garden: 'Jardin', desert: 'Désert', underwater: 'Sous la mer',
    'night-sky': 'Ciel étoilé', 'cozy-room': 'Un coin douillet', 'river-valley': 'Vallée de la rivière',
    abstract: 'Un espace calme',
  },
  de: {
    beach: 'Strand', forest: 'Wald', meadow: 'Wiese', 'mountain-lake': 'Bergsee', snow: 'Schneelandschaft',
    garden: 'Garten', desert: 'Wüste', underwater: 'Unter Wasser', 'night-sky': 'Nachthimmel',
    'cozy-room': 'Ein gemütlicher Raum', 'river-valley': 'Flusstal', abstract: 'Ein ruhiger Raum',
  },
}

// prettier-ignore
export const TIME_TITLES: Readonly<Record<Other, Readonly<Record<TimeOfDay, string>>>> = {
  es: {
    dawn: 'al amanecer', morning: 'por la mañana', midday: 'a mediodía', afternoon: 'por la tarde',
    'golden-hour': 'al atardecer', dusk: 'al anochecer', night: 'de noche',
  },
  fr: {
    dawn: 'à l’aube', morning: 'le matin', midday: 'à midi', afternoon: 'l’après-midi',
    'golden-hour': 'au coucher du soleil', dusk: 'au crépuscule', night: 'la nuit',
  },
  de: {
    dawn: 'im Morgengrauen', morning: 'am Morgen', midday: 'am Mittag', afternoon: 'am Nachmittag',
    'golden-hour': 'bei Sonnenuntergang', dusk: 'in der Dämmerung', night: 'bei Nacht',
  },
}

/** "Playa al atardecer": the place, and the time only when the words named one (and the place is not the night). */
export function titleIn(language: Other, biome: Biome, namedTime: TimeOfDay | undefined): string {
  const place = PLACE_TITLES[language][biome]
  const time =
    namedTime && !(biome === 'night-sky' && namedTime === 'night') ? TIME_TITLES[language][namedTime] : ''
  return time ? `${place} ${time}` : place
}
