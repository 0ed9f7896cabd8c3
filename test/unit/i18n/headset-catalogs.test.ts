// The headset's words in every language: complete, with the same placeholders and plural forms, drawable by the
// shipped font, and not English left in by mistake.
import { describe, expect, it } from 'vitest'
import { HEADSET_CATALOGS } from '../../../src/shared/i18n/headset-catalogs'
import { HEADSET_EN } from '../../../src/shared/i18n/headset-en'
import type { Messages } from '../../../src/shared/i18n/catalog'
import { LANGUAGES, type SupportedLanguage } from '../../../src/shared/safety/language'
import { checkCatalogs } from './catalog-checks'

/** Words that are the same in another language (a name, "OK", "VR" in German). */
const SAME_AS_ENGLISH = new Set(['OK', 'VR'])

async function all(): Promise<Record<SupportedLanguage, Messages>> {
  const out = {} as Record<SupportedLanguage, Messages>
  for (const lang of LANGUAGES) out[lang] = await HEADSET_CATALOGS[lang]()
  return out
}

describe('the headset catalogues', () => {
  it('are complete in every language', async () => {
    checkCatalogs(await all())
  })

  it('are written in each language, not English left over', async () => {
    const catalogs = await all()
    for (const lang of LANGUAGES.filter((l) => l !== 'en')) {
      const same = Object.entries(catalogs[lang]).filter(
        ([k, v]) => v === HEADSET_EN[k as keyof typeof HEADSET_EN] && !SAME_AS_ENGLISH.has(v),
      )
      expect(
        same.map(([k]) => k),
        lang,
      ).toEqual([])
    }
  })
})
