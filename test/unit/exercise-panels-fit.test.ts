// The exercise panels in VR in every language: each button's words on one line inside the button, each layer's
// name on one line beside its steps, and each narration line in at most three lines of the caption plate. German
// and French run about a third longer than English; when something does not fit, the translation is shortened.
import { describe, expect, it } from 'vitest'
import { CAPTION_PANEL, SOUND_PANEL } from '../../src/scene/exercise/panel-layout'
import { PANEL_THEME } from '../../src/scene/ui/theme'
import { EXERCISE_IDS } from '../../src/shared/exercises'
import { HEADSET_CATALOGS } from '../../src/shared/i18n/headset-catalogs'
import type { Messages } from '../../src/shared/i18n/catalog'
import { LANGUAGES } from '../../src/shared/safety/language'
import { fitsOneLine, lines } from './i18n/text-fit'
import { LAYER_IDS } from '../../src/shared/soundscape'

const { fontSize } = PANEL_THEME
const BUTTON_TEXT = 0.9 // PanelButton's text may take 90 % of the button's width
const BUTTON_HEIGHT = 0.12

const fits = fitsOneLine

const { inner } = SOUND_PANEL
const layerShare = SOUND_PANEL.layerLabelShare
const masterShare = 0.34 // PanelChoice's default label share
const choiceEach = (share: number, n: number) => (inner * (1 - share) - 0.02 * (n - 1)) / n

/** Every word of the VR sound panel, with the room it has (one line each). */
function soundPanelSlots(m: Messages): Array<[text: string, size: number, width: number]> {
  const slots: Array<[string, number, number]> = [
    [m['sound.panel.title']!, fontSize.title, SOUND_PANEL.width - 0.1],
    // PanelToggle: the row less the switch's track and margins.
    [m['sound.panel.on']!, fontSize.body, inner - BUTTON_HEIGHT * 1.5 - BUTTON_HEIGHT * 0.8],
    [m['sound.calm']!, fontSize.body, inner - BUTTON_HEIGHT * 1.5 - BUTTON_HEIGHT * 0.8],
    [m['sound.panel.volume']!, fontSize.body, inner * masterShare - 0.03],
    [m['sound.panel.close']!, fontSize.body, 0.34 * BUTTON_TEXT],
  ]
  for (const k of ['soft', 'medium', 'full'])
    slots.push([m[`sound.level.${k}`]!, fontSize.body, choiceEach(masterShare, 3) * BUTTON_TEXT])
  for (const k of ['off', 'low', 'mid', 'full'])
    slots.push([m[`sound.level.${k}`]!, fontSize.small, choiceEach(layerShare, 4) * BUTTON_TEXT])
  for (const id of LAYER_IDS) slots.push([m[`sound.layer.${id}`]!, fontSize.small, inner * layerShare - 0.03])
  for (const id of EXERCISE_IDS) {
    slots.push([m[`exercise.menu.${id}`]!, fontSize.small, (inner / 2 - 0.02) * BUTTON_TEXT])
    slots.push([m[`exercise.stop.${id}`]!, fontSize.body, inner * BUTTON_TEXT])
  }
  return slots
}

describe('the exercise panels in VR, in every language', () => {
  for (const lang of LANGUAGES)
    it(`${lang}: the sound panel’s buttons and names fit on one line`, async () => {
      const m = await HEADSET_CATALOGS[lang]()
      const slots = soundPanelSlots(m)
      expect(slots.length).toBeGreaterThan(30)
      for (const [text, size, width] of slots)
        expect(
          fits(text, size, width),
          `${lang}: "${text}" (${text.length} characters) in ${width.toFixed(3)} m`,
        ).toBe(true)
    })

  for (const lang of LANGUAGES)
    it(`${lang}: every narration line and caption fits the caption plate, its title on one line`, async () => {
      const m = await HEADSET_CATALOGS[lang]()
      const said = Object.entries(m).filter(([k]) => k.startsWith('narration.') || k.startsWith('caption.'))
      expect(said.length).toBeGreaterThan(60)
      for (const [key, text] of said) {
        // A cue word is at most 40 characters; a long one is allowed its own line.
        const filled = text.replace('{{word}}', 'gentle shore')
        const n = lines(filled, CAPTION_PANEL.captionSize, CAPTION_PANEL.captionWidth)
        expect(n, `${lang} ${key}: "${filled}"`).toBeLessThanOrEqual(CAPTION_PANEL.captionLines)
      }
      for (const id of EXERCISE_IDS) {
        const title = m[`exercise.title.${id}`]!
        expect(fits(title, fontSize.small, CAPTION_PANEL.captionWidth), `${lang}: ${title}`).toBe(true)
      }
    })
})
