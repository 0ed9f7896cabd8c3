// The words part's VR text fits its buttons and panels in every language: German and French run longer, so each
// translation is measured as Source Sans 3 lays it out (about 0.52 em a character, a conservative average), wrapped
// at spaces within the button's text width (PanelButton: 0.9 × its width), in no more lines than the button holds.
// Where the English itself runs past that measure (the real glyphs are narrower), a translation may be as long as
// the English, never longer.
import { describe, expect, it } from 'vitest'
import { ACCENT_KEY } from '../../../src/client/describe/VRDescribeKeyboard'
import { WRIST_BUTTON } from '../../../src/client/WristMenu'
import { PANEL_THEME } from '../../../src/scene/ui/theme'
import { CHIP_GROUPS } from '../../../src/shared/describe/chips'
import { ACCENT_KEYS, KEY_ROWS } from '../../../src/shared/describe/keyboard'
import type { Messages } from '../../../src/shared/i18n/catalog'
import { HEADSET_CATALOGS } from '../../../src/shared/i18n/headset-catalogs'
import { EM_PER_CHAR, LINE_HEIGHT, lines } from './text-fit'
import { LANGUAGES } from '../../../src/shared/safety/language'

const { body, small, title } = PANEL_THEME.fontSize

type Plate = { width: number; height: number; size: number }
const button = (width: number, height = 0.12, size: number = body): Plate => ({
  width: width * 0.9,
  height,
  size,
})
const linesFor = (text: string, p: Plate) => lines(text, p.size, p.width)
const room = (p: Plate) => Math.max(1, Math.floor(p.height / (p.size * LINE_HEIGHT)))
const longest = (text: string, p: Plate) =>
  Math.max(...text.split(/\s+/).map((w) => w.length)) * p.size * EM_PER_CHAR

/** Every VR label and line of the words part, with the plate it stands on (sizes as in the components). */
const PLATES: Record<string, Plate> = {
  'describe.open': button(0.4),
  'describe.close': button(0.26),
  'describe.keyboard': button(0.3),
  'describe.chips': button(0.3),
  'describe.clear': button(0.22),
  'describe.sending': button(0.3),
  'describe.create': button(0.3),
  'keyboard.space': button(0.56, 0.11),
  'keyboard.delete': button(0.26, 0.11),
  'chips.back': button(0.22, 0.1),
  'chips.more': button(0.22, 0.1),
  'talk.use': button(0.44),
  'talk.again': button(0.3),
  'talk.yes': button(0.5),
  'talk.notNow': button(0.26),
  'talk.pickWords': button(0.34),
  'talk.ok': button(0.2),
  ...Object.fromEntries(
    ['wrist.describe', 'wrist.join', 'wrist.comfort'].map((k) => [
      k,
      button(WRIST_BUTTON.width, WRIST_BUTTON.height, WRIST_BUTTON.fontSize),
    ]),
  ),
  ...Object.fromEntries(CHIP_GROUPS.map((g) => [g.key, button(0.245, 0.1, small)])),
  ...Object.fromEntries(CHIP_GROUPS.flatMap((g) => g.chips.map((c) => [c.key, button(0.4, 0.11, small)]))),
  // The Describe panel's title and its preview line (two lines between the title and the tabs).
  'describe.title': { width: 1.28, height: title * LINE_HEIGHT, size: title },
  'describe.sent': { width: 1.28, height: 2 * body * LINE_HEIGHT, size: body },
  'describe.pickHint': { width: 1.28, height: 2 * body * LINE_HEIGHT, size: body },
  'describe.typeHint': { width: 1.28, height: 2 * body * LINE_HEIGHT, size: body },
}

/** The talk panel's lines (VRTalk: 0.98 m wide; the tallest panel holds three lines above its buttons). */
const TALK_LINES = [
  'talk.agreedVR',
  'talk.checking',
  'talk.listeningVR',
  'talk.transcribing',
  'talk.confirm',
  'voice.solo',
  'voice.soloLocal',
  'voice.askSolo',
  'voice.local',
  'voice.noConsent',
  'voice.off',
  'voice.noMicrophone',
  'voice.denied',
  'voice.failed',
  'voice.empty',
  'voice.tooShort',
]
const TALK: Plate = { width: 0.98, height: 3 * body * LINE_HEIGHT, size: body }

describe.each(LANGUAGES)('the words part in VR, in %s', (language) => {
  let en: Messages
  let messages: Messages
  const load = async () => {
    en = await HEADSET_CATALOGS.en()
    messages = await HEADSET_CATALOGS[language]()
  }

  it('every button label and panel line fits its plate (or takes no more room than the English)', async () => {
    await load()
    const misfits: string[] = []
    for (const [key, plate] of Object.entries(PLATES)) {
      const text = messages[key] ?? ''
      const english = en[key] ?? ''
      const n = linesFor(text, plate)
      const allowed = Math.max(room(plate), linesFor(english, plate))
      const wordFits = longest(text, plate) <= Math.max(plate.width, longest(english, plate))
      if (n > allowed || !wordFits) misfits.push(`${key}: “${text}” takes ${n} lines, room for ${allowed}`)
    }
    for (const key of TALK_LINES) {
      const text = messages[key] ?? ''
      const n = linesFor(text, TALK)
      const allowed = Math.max(room(TALK), linesFor(en[key] ?? '', TALK))
      if (n > allowed) misfits.push(`${key}: “${text}” takes ${n} lines, room for ${allowed}`)
    }
    expect(misfits).toEqual([])
  })

  it('the keyboard’s row of the language’s own letters fits inside the panel, below Space and Delete', () => {
    const keys = ACCENT_KEYS[language]
    const rowWidth = keys.length * ACCENT_KEY.width + Math.max(0, keys.length - 1) * ACCENT_KEY.gap
    const qwerty = KEY_ROWS[0]!.length * 0.1 + (KEY_ROWS[0]!.length - 1) * 0.014
    expect(rowWidth).toBeLessThanOrEqual(1.28)
    expect(rowWidth).toBeLessThanOrEqual(Math.max(qwerty, rowWidth))
    // Between Space/Delete (centred at -0.2, 0.11 tall) and the bottom buttons (at -0.5, 0.12 tall).
    expect(ACCENT_KEY.y + ACCENT_KEY.height / 2).toBeLessThan(-0.2 - 0.11 / 2)
    expect(ACCENT_KEY.y - ACCENT_KEY.height / 2).toBeGreaterThan(-0.5 + 0.12 / 2)
    // Every accent key is a single character the keyboard types, none of the QWERTY keys.
    for (const k of keys) {
      expect([...k]).toHaveLength(1)
      expect(KEY_ROWS.flat()).not.toContain(k)
    }
    if (language === 'en') expect(keys).toEqual([])
  })
})
