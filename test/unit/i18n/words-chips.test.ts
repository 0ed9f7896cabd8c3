// The word chips in every language: each place's chips make a sentence the interpreter reads as that place in the
// client's own language, and a sentence of several chips still reads as one calm description.
import { describe, expect, it } from 'vitest'
import { CHIP_GROUPS, describeChips } from '../../../src/shared/describe/chips'
import { HEADSET_CATALOGS } from '../../../src/shared/i18n/headset-catalogs'
import type { HeadsetKey } from '../../../src/shared/i18n/headset-en'
import { createTranslator } from '../../../src/shared/i18n/translate'
import { interpret } from '../../../src/shared/interpret'
import { LANGUAGES } from '../../../src/shared/safety/language'

const places = CHIP_GROUPS.find((g) => g.id === 'place')!.chips

describe.each(LANGUAGES)('the word chips in %s', (language) => {
  it.each(places.map((c) => [c.id, c] as const))('%s paints that place', async (_, c) => {
    const t = createTranslator<HeadsetKey>(language, await HEADSET_CATALOGS[language]())
    const words = describeChips([c.id], t)
    const spec = interpret(words, { language })
    expect(spec.biome, words).toBe(c.means?.place)
    expect(spec.safety.held, words).toBe(false)
  })

  it('joins a place, a time, the weather, things and feelings into one sentence', async () => {
    const t = createTranslator<HeadsetKey>(language, await HEADSET_CATALOGS[language]())
    const words = describeChips(
      ['place:garden', 'time:dusk', 'weather:gentle-rain', 'thing:birds', 'thing:flowers', 'feeling:calm'],
      t,
    )
    expect(words).not.toMatch(/\{\{|\}\}/)
    const spec = interpret(words, { language })
    expect(spec.biome, words).toBe('garden')
    expect(spec.safety.held, words).toBe(false)
    if (language === 'en')
      expect(words).toBe('a garden at dusk in gentle rain, with birds and flowers, feeling calm')
  })
})

describe.each(LANGUAGES)('the other chips in %s', (language) => {
  const others = CHIP_GROUPS.filter((g) => g.id !== 'place').flatMap((g) => g.chips)
  it.each(others.map((c) => [c.id, c] as const))('%s keeps the place picked', async (_, c) => {
    const t = createTranslator<HeadsetKey>(language, await HEADSET_CATALOGS[language]())
    const words = describeChips(['place:meadow', c.id], t)
    const spec = interpret(words, { language })
    expect(spec.biome, words).toBe('meadow')
    expect(spec.safety.held, words).toBe(false)
  })
})
