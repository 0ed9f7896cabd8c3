import { describe, expect, it } from 'vitest'
import { fadeOpacity, stepFade } from '../../../src/client/risk/fade-math'
import {
  crisisPanelLayout,
  LINE_HEIGHT,
  noticePanelLayout,
  textLines,
} from '../../../src/client/risk/vr-layout'
import {
  CRISIS_TEXT_MAX_CHARS,
  DEFAULT_CRISIS_TEXT,
  CRISIS_LANGUAGES,
  GENTLE_RISK_MESSAGE,
} from '../../../src/shared/safety/crisis'

describe('textLines', () => {
  it('wraps at word boundaries and counts paragraphs', () => {
    // 0.05 m letters in 0.5 m: 20 characters a line.
    expect(textLines('', 0.05, 0.5)).toBe(1)
    expect(textLines('short words', 0.05, 0.5)).toBe(1)
    expect(textLines('twelve chars twelve chars', 0.05, 0.5)).toBe(2)
    expect(textLines('one\ntwo\nthree', 0.05, 0.5)).toBe(3)
    expect(textLines('x'.repeat(45), 0.05, 0.5)).toBe(3)
  })
})

describe('crisisPanelLayout', () => {
  const texts = [
    'Call the Riverside Clinic line on 0100 000 000, day or night.',
    DEFAULT_CRISIS_TEXT.en,
    'You are not alone. '.repeat(Math.floor(CRISIS_TEXT_MAX_CHARS / 19)),
  ]

  it('stacks heading, text and buttons inside the plate without overlap', () => {
    for (const text of texts) {
      const l = crisisPanelLayout(text)
      const textBottom = l.textTop - textLines(text, l.textSize, l.textWidth) * l.textSize * LINE_HEIGHT
      expect(l.titleY + l.titleSize).toBeLessThan(l.height / 2)
      expect(l.textTop).toBeLessThan(l.titleY - l.titleSize / 2)
      expect(l.buttonY + l.buttonHeight / 2).toBeLessThan(textBottom)
      expect(l.buttonY - l.buttonHeight / 2).toBeGreaterThan(-l.height / 2)
      // Both buttons fit side by side on the plate, neither over the other.
      expect(l.groundingX + l.groundingWidth / 2).toBeLessThan(l.closeX - l.closeWidth / 2)
      expect(l.closeX + l.closeWidth / 2).toBeLessThan(l.width / 2)
      expect(l.groundingX - l.groundingWidth / 2).toBeGreaterThan(-l.width / 2)
    }
  })

  it('keeps even the longest clinic text readable and within the view', () => {
    const l = crisisPanelLayout(texts[2]!)
    expect(l.textSize).toBeGreaterThanOrEqual(0.036)
    expect(l.height).toBeLessThan(1.3)
    expect(l.width).toBeLessThanOrEqual(1.6)
  })

  it('gives short texts the large reading size', () => {
    expect(crisisPanelLayout(texts[0]!).textSize).toBe(0.048)
    expect(crisisPanelLayout(texts[1]!).textSize).toBe(0.048)
  })
})

describe('noticePanelLayout', () => {
  it('is only the message until the crisis text joins under it', () => {
    const gentle = noticePanelLayout(GENTLE_RISK_MESSAGE.en, null)
    expect(gentle.crisis).toBeNull()
    expect(gentle.messageY).toBe(0)
    const withCrisis = noticePanelLayout(GENTLE_RISK_MESSAGE.en, DEFAULT_CRISIS_TEXT.en)
    expect(withCrisis.height).toBeGreaterThan(gentle.height)
    const c = withCrisis.crisis!
    expect(c.ruleY).toBeLessThan(withCrisis.messageY)
    const bottom = c.top - textLines(DEFAULT_CRISIS_TEXT.en, c.size, c.width) * c.size * LINE_HEIGHT
    expect(bottom).toBeGreaterThan(-withCrisis.height / 2)
  })

  it('holds the message and crisis text of every language inside the panel', () => {
    for (const lang of CRISIS_LANGUAGES) {
      const layout = noticePanelLayout(GENTLE_RISK_MESSAGE[lang], DEFAULT_CRISIS_TEXT[lang])
      const c = layout.crisis!
      const bottom = c.top - textLines(DEFAULT_CRISIS_TEXT[lang], c.size, c.width) * c.size * LINE_HEIGHT
      expect(bottom, lang).toBeGreaterThan(-layout.height / 2)
      expect(crisisPanelLayout(DEFAULT_CRISIS_TEXT[lang]).textSize, lang).toBeGreaterThan(0.03)
    }
  })
})

describe('fades', () => {
  it('take their time in both directions, even over a stalled frame', () => {
    let v = 0
    let frames = 0
    while (v < 1 && frames < 1000) {
      v = stepFade(v, true, 1 / 60, 1.2)
      frames++
    }
    expect(frames).toBeGreaterThanOrEqual(72)
    // A frame of two seconds moves it only a little, never straight to the end.
    expect(stepFade(0, true, 2, 1.2)).toBeLessThan(0.25)
    expect(stepFade(1, false, 0.24, 1.2)).toBeCloseTo(0.8, 5)
    expect(stepFade(0, false, 0.1, 1.2)).toBe(0)
  })

  it('eases in and out', () => {
    expect(fadeOpacity(0)).toBe(0)
    expect(fadeOpacity(1)).toBe(1)
    expect(fadeOpacity(0.5)).toBeCloseTo(0.5, 5)
    expect(fadeOpacity(0.1)).toBeLessThan(0.1)
    expect(fadeOpacity(0.9)).toBeGreaterThan(0.9)
  })
})
