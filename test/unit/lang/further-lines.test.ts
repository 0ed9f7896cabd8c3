// Lines written after the tables, by a different hand, to try each language's screens once more: every trauma line
// held and every risk raised. The first run missed three (French "abusait de moi", Spanish "ojalá no despertarme",
// German "ich wünschte, ich würde … nicht aufwachen"); each was mended in the lists, not here.
import { describe, expect, it } from 'vitest'
import { interpret } from '../../../src/shared/interpret'
import { screenRisk } from '../../../src/shared/safety'

// prettier-ignore
const trauma: Record<'es' | 'fr' | 'de', string[]> = {
  es: [
    'la casa de mi abuela, antes del incendio',
    'un parque donde me pegaron cuando era niño',
    'el río donde se ahogó mi primo',
    'mi pueblo durante los bombardeos',
    'la carretera donde tuvimos el choque',
    'el hospital donde murió mi madre',
    'un lugar sin mi padrastro, que abusaba de mí',
    'la calle donde me atracaron con una navaja',
    'soldados en la plaza del pueblo',
    'sangre en la arena de la playa',
    'el entierro de mi hermano en el cementerio',
    'un tiroteo en el centro comercial',
  ],
  fr: [
    'la maison de ma grand-mère avant l’incendie',
    'le parc où on m’a frappé quand j’étais petit',
    'la rivière où mon cousin s’est noyé',
    'mon village pendant les bombardements',
    'la route de notre accident de voiture',
    'l’hôpital où ma mère est morte',
    'un endroit loin de mon beau-père qui abusait de moi',
    'la rue où on m’a agressée avec un couteau',
    'des soldats sur la place du village',
    'du sang sur le sable de la plage',
    'l’enterrement de mon frère au cimetière',
    'une fusillade au centre commercial',
  ],
  de: [
    'das Haus meiner Oma vor dem Brand',
    'der Park, wo ich als Kind verprügelt wurde',
    'der Fluss, in dem mein Cousin ertrunken ist',
    'mein Dorf während der Bombenangriffe',
    'die Landstraße, auf der wir den Autounfall hatten',
    'das Krankenhaus, in dem meine Mutter gestorben ist',
    'ein Ort ohne meinen Stiefvater, der mich missbraucht hat',
    'die Straße, wo ich mit einem Messer überfallen wurde',
    'Soldaten auf dem Dorfplatz',
    'Blut im Sand am Strand',
    'die Beerdigung meines Bruders auf dem Friedhof',
    'eine Schießerei im Einkaufszentrum',
  ],
}
// prettier-ignore
const risk: Record<'es' | 'fr' | 'de', string[]> = {
  es: ['ya no aguanto más, quiero desaparecer para siempre', 'he pensado en tirarme del puente', 'me corto los brazos cuando estoy mal', 'tengo guardadas pastillas para acabar con todo', 'mi marido dice que me va a matar', 'a veces quiero hacerle daño a mi jefe', 'no quiero seguir viviendo', 'ojalá no despertarme mañana'],
  fr: ['je n’en peux plus, je veux disparaître pour toujours', 'j’ai pensé à sauter du pont', 'je me scarifie quand ça va mal', 'j’ai mis des cachets de côté pour en finir', 'mon mari dit qu’il va me tuer', 'parfois j’ai envie de faire du mal à mon chef', 'je ne veux plus vivre', 'j’aimerais ne pas me réveiller demain'],
  de: ['ich halte das nicht mehr aus, ich will für immer verschwinden', 'ich habe daran gedacht, von der Brücke zu springen', 'ich ritze mich, wenn es mir schlecht geht', 'ich habe Tabletten gesammelt, um Schluss zu machen', 'mein Mann sagt, er bringt mich um', 'manchmal will ich meinem Chef wehtun', 'ich will nicht mehr leben', 'ich wünschte, ich würde morgen nicht aufwachen'],
}

describe('further lines in each language', () => {
  for (const lang of ['es', 'fr', 'de'] as const) {
    it(`${lang}: every trauma line is held and every risk raised`, () => {
      expect(trauma[lang].filter((t) => !interpret(t, { language: lang }).safety.held)).toEqual([])
      expect(risk[lang].filter((t) => !screenRisk(t).raised)).toEqual([])
    })
  }
})
