import { describe, expect, it } from 'vitest'
import { breathingWords } from '../../src/shared/exercises/scripts'
import { EXERCISE_IDS, parseExerciseStart } from '../../src/shared/exercises/schema'
import { HEADSET_CATALOGS } from '../../src/shared/i18n/headset-catalogs'
import { LANGUAGES } from '../../src/shared/safety/language'

/** Hands, controllers, a pulse: in each language the words a desktop could not keep. */
const DEVICE_WORDS =
  /\b(hands?|controllers?|pulse|manos?|mandos?|pulso|mains?|manettes?|vibr\w*|Hände|Puls)\b/i

describe('breathing words', () => {
  it('promise nothing a desktop cannot give (no hands, no controllers), in any language', async () => {
    for (const lang of LANGUAGES) {
      const messages = await HEADSET_CATALOGS[lang]()
      for (const id of EXERCISE_IDS.filter((x) => x.startsWith('breathing'))) {
        const parsed = parseExerciseStart({ id })
        if (!parsed.ok) throw new Error(parsed.problem)
        const { intro, close } = breathingWords(parsed.start)
        for (const [key] of [...intro, ...close]) {
          const line = messages[key]
          expect(line, `${lang} ${id}: ${key}`).toBeTypeOf('string')
          expect(line, `${lang} ${id}: ${line}`).not.toMatch(DEVICE_WORDS)
        }
      }
    }
  })
})
