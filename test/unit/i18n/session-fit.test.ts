// The session part's VR text fits its buttons and panels in every language (the keypad, the SUDS scale, the comfort
// panel, the refine panel, the timeline's signs and the easels' cards). Measured as words-fit.test.ts does: Source
// Sans 3 at about 0.52 em a character (a conservative average), wrapped at spaces within the text's width
// (PanelButton: 0.9 × its width), in no more lines than the plate holds. Where the English itself runs past that
// measure (the real glyphs are narrower), a translation may take as much room as the English, never more.
import { describe, expect, it } from 'vitest'
import { LANGUAGE_NAMES } from '../../../src/client/i18n/language-context'
import { PANEL_THEME } from '../../../src/scene/ui/theme'
import type { Messages } from '../../../src/shared/i18n/catalog'
import { HEADSET_CATALOGS } from '../../../src/shared/i18n/headset-catalogs'
import { createTranslator, type Translate, type Vars } from '../../../src/shared/i18n/translate'
import { REFINE_CHOICES } from '../../../src/shared/refine/choices'
import { EM_PER_CHAR, LINE_HEIGHT, lines } from './text-fit'
import { LANGUAGES } from '../../../src/shared/safety/language'

const { body, small, title } = PANEL_THEME.fontSize
/** The comfort panel's rows (ComfortPanel.tsx): 1.0 m inside, 0.11 m tall, text at 0.044 m. */
const COMFORT = { inner: 1.0, row: 0.11, font: 0.044 }

/** Where a text stands: its width, the height it may take, its size; `oneLine` for text laid out without wrapping. */
type Plate = { width: number; height: number; size: number; oneLine?: boolean }
const button = (width: number, height = 0.12, size: number = body): Plate => ({
  width: width * 0.9,
  height,
  size,
})
const line = (width: number, size: number, count = 1): Plate => ({
  width,
  height: count * size * LINE_HEIGHT,
  size,
})
const single = (width: number, size: number): Plate => ({ ...line(width, size), oneLine: true })
const room = (p: Plate) => Math.max(1, Math.floor(p.height / (p.size * LINE_HEIGHT) + 1e-9))
const measure = (text: string, p: Plate) => (p.oneLine ? text.length * p.size * EM_PER_CHAR : 0)
const longest = (text: string, p: Plate) =>
  Math.max(...text.split(/\s+/).map((w) => w.length)) * p.size * EM_PER_CHAR

type Entry = { key: string; vars?: Vars; plate: Plate }
const entry = (key: string, plate: Plate, vars?: Vars): Entry =>
  vars ? { key, plate, vars } : { key, plate }

// The longest values the placeholders take: a 0–100 scale, eight versions, a late session full of paintings.
const choiceButton = (share: number, n: number) =>
  button((COMFORT.inner * (1 - share) - 0.02 * (n - 1)) / n, COMFORT.row, COMFORT.font)
const ENTRIES: Entry[] = [
  // The VR keypad (VRSessionPanels.tsx): a 1.1 m panel, and the small Join button under the view.
  entry('keypad.title', single(1.0, title)),
  entry('keypad.open', button(0.46)),
  entry('keypad.hint', single(1.0, small)),
  entry('keypad.joining', line(1, small, 2)),
  ...['incomplete', 'wrong', 'busy', 'offline'].map((k) => entry(`keypad.error.${k}`, line(1, small, 2))),
  entry('keypad.error.wait', line(1, small, 2), { count: 15 }),
  entry('keypad.error.paused', line(1, small, 2), { count: 15 }),
  entry('keypad.notNow', button(0.26)),
  entry('keypad.back', button(0.2)),
  entry('keypad.clear', button(0.2)),
  entry('keypad.join', button(0.26)),
  // The SUDS scale: the question across 1.44 m, each end's words in its own half.
  entry('suds.question', single(1.44, title)),
  entry('suds.low', single(0.7, small)),
  entry('suds.high', single(0.7, small), { scale: 100 }),
  entry('suds.choose', button(0.5)),
  entry('suds.send', button(0.5), { value: 100 }),
  // The comfort panel (ComfortPanel.tsx).
  entry('comfort.title', single(COMFORT.inner - 0.26, title)),
  entry('comfort.done', button(0.24, COMFORT.row, COMFORT.font)),
  ...['comfort.moving', 'comfort.turning', 'comfort.iAm'].map((k) =>
    entry(k, line(COMFORT.inner * 0.34 - 0.03, COMFORT.font)),
  ),
  ...['comfort.teleport', 'comfort.standing', 'comfort.seated'].map((k) => entry(k, choiceButton(0.34, 2))),
  entry('comfort.smooth', choiceButton(0.34, 3)),
  ...['comfort.vignette', 'comfort.reducedMotion', 'comfort.lightning'].map((k) =>
    entry(k, line(COMFORT.inner - COMFORT.row * 2.3, COMFORT.font)),
  ),
  entry('comfort.brightness', single(0.35, COMFORT.font)),
  entry('comfort.dimmer', button(0.22, COMFORT.row, COMFORT.font)),
  entry('comfort.brighter', button(0.22, COMFORT.row, COMFORT.font)),
  // The refine panel (VRRefinePanel.tsx) and its bar while versions stand side by side.
  entry('refine.open', button(0.5, 0.1)),
  ...REFINE_CHOICES.map((c) => entry(`refine.choice.${c}`, button(0.28, 0.09))),
  entry('refine.sideBySideVR', button(0.42, 0.08), { n: 8 }),
  entry('refine.close', button(0.2, 0.08)),
  entry('refine.hideVR', button(0.4, 0.09)),
  entry('refine.hintVR', line(0.88, small, 2)),
  // A timeline room's sign (TimelineSigns.tsx: 1.15 m, 0.06 m text) and an easel's card (368 px of 40 px text).
  entry('timeline.sign', single(1.15, 0.06), { index: 12, count: 24 }),
  entry('gallery.onTheWall', single(368, 40), { n: 8 }),
]

describe.each(LANGUAGES)('the session part in VR, in %s', (language) => {
  let en: Translate
  let t: Translate
  let messages: Messages
  const load = async () => {
    en = createTranslator('en', await HEADSET_CATALOGS.en())
    messages = await HEADSET_CATALOGS[language]()
    t = createTranslator(language, messages)
  }

  it('every button label and panel line fits its plate (or takes no more room than the English)', async () => {
    await load()
    const misfits: string[] = []
    for (const { key, vars, plate } of ENTRIES) {
      const text = t(key, vars)
      const english = en(key, vars)
      expect(text, `${language}: ${key}`).not.toBe(key)
      if (plate.oneLine) {
        if (measure(text, plate) > Math.max(plate.width, measure(english, plate)))
          misfits.push(
            `${key}: “${text}” is ${measure(text, plate).toFixed(2)} wide, room for ${plate.width}`,
          )
        continue
      }
      const n = lines(text, plate.size, plate.width)
      const allowed = Math.max(room(plate), lines(english, plate.size, plate.width))
      const wordFits = longest(text, plate) <= Math.max(plate.width, longest(english, plate))
      if (n > allowed || !wordFits) misfits.push(`${key}: “${text}” takes ${n} lines, room for ${allowed}`)
    }
    expect(misfits).toEqual([])
  })

  it('the language choice names every language in its own words, each on one button of four', () => {
    const each = button((COMFORT.inner - 0.02 * 3) / 4, COMFORT.row, COMFORT.font)
    for (const name of Object.values(LANGUAGE_NAMES)) expect(lines(name, each.size, each.width)).toBe(1)
  })
})
