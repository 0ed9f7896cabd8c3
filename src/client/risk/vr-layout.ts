/**
 * Sizes of the risk panels in VR, worked out from the words (troika lays the text out later, off this path). Pure:
 * tested in Node. Metres, for panels about 1.6 m away (docs/ART.md: large text, generous line spacing).
 */

/** Source Sans 3 runs a little under half an em a character in ordinary prose. */
const EM_PER_CHAR = 0.5
/** PanelText's line height. */
export const LINE_HEIGHT = 1.35

/** Spaces a line may break at: any white space but the no-break space (which keeps a phone number whole). */
const BREAKABLE = /[^\S\u00a0]+/

const perLine = (size: number, width: number) => Math.max(1, Math.floor(width / (size * EM_PER_CHAR)))

/**
 * `text` broken into lines at `size` within `width`: at spaces only, never inside a no-break group, each paragraph
 * on its own. Done here rather than by troika, which can break at a no-break space when the font draws it with the
 * same glyph as a plain one.
 */
export function wrapText(text: string, size: number, width: number): string[] {
  const most = perLine(size, width)
  const lines: string[] = []
  for (const paragraph of text.split('\n')) {
    let line = ''
    for (const word of paragraph.split(BREAKABLE).filter(Boolean)) {
      if (!line) line = word
      else if (line.length + 1 + word.length <= most) line += ` ${word}`
      else {
        lines.push(line)
        line = word
      }
    }
    lines.push(line)
  }
  return lines
}

/**
 * Like wrapText, with each short paragraph shared evenly between its lines (troika has no balanced wrapping): two
 * lines of about the same length read more calmly than a full line and a stray word. Never adds a line.
 */
export function balancedLines(text: string, size: number, width: number): string[] {
  const char = size * EM_PER_CHAR
  return text.split('\n').flatMap((paragraph) => {
    const full = wrapText(paragraph, size, width)
    if (full.length < 2 || full.length > 4) return full
    for (let w = (paragraph.length * char) / full.length; w < width; w += char) {
      const lines = wrapText(paragraph, size, w)
      if (lines.length === full.length) return lines
    }
    return full
  })
}

/** Lines `text` takes at `size` wrapped to `width` (a word longer than a line takes more than one). */
export function textLines(text: string, size: number, width: number): number {
  const most = perLine(size, width)
  return wrapText(text, size, width).reduce((n, l) => n + Math.max(1, Math.ceil(l.length / most)), 0)
}

export const textHeight = (lines: number, size: number) => lines * size * LINE_HEIGHT

export type CrisisPanelLayout = {
  width: number
  height: number
  titleSize: number
  titleY: number
  /** The crisis text already broken into lines, its size, the plate's room for it and the y of its top edge. */
  text: string
  textSize: number
  textWidth: number
  textTop: number
  buttonY: number
  buttonHeight: number
  groundingX: number
  groundingWidth: number
  closeX: number
  closeWidth: number
}

const PAD = 0.08
const GAP = 0.05
const BUTTON_HEIGHT = 0.12
const BUTTON_GAP = 0.05
const GROUNDING_WIDTH = 0.62
const CLOSE_WIDTH = 0.3

/**
 * The crisis panel: heading, the crisis text, two big buttons. A clinic's long text gets a wider panel and slightly
 * smaller letters rather than a panel taller than the view (CRISIS_TEXT_MAX_CHARS is 1200).
 */
export function crisisPanelLayout(text: string): CrisisPanelLayout {
  const n = text.length
  const width = n <= 300 ? 1.2 : n <= 650 ? 1.4 : 1.6
  const textSize = n <= 300 ? 0.048 : n <= 650 ? 0.042 : 0.036
  const titleSize = 0.064
  const textWidth = width - 2 * PAD - 0.04
  const lines = balancedLines(text, textSize, textWidth)
  const body = textHeight(textLines(lines.join('\n'), textSize, textWidth), textSize)
  const title = textHeight(1, titleSize)
  const height = PAD + title + GAP + body + GAP + 0.02 + BUTTON_HEIGHT + PAD
  const top = height / 2
  const titleY = top - PAD - title / 2
  const textTop = top - PAD - title - GAP
  const buttonY = -height / 2 + PAD + BUTTON_HEIGHT / 2
  const row = GROUNDING_WIDTH + BUTTON_GAP + CLOSE_WIDTH
  return {
    width,
    height,
    titleSize,
    titleY,
    text: lines.join('\n'),
    textSize,
    textWidth,
    textTop,
    buttonY,
    buttonHeight: BUTTON_HEIGHT,
    groundingX: -row / 2 + GROUNDING_WIDTH / 2,
    groundingWidth: GROUNDING_WIDTH,
    closeX: row / 2 - CLOSE_WIDTH / 2,
    closeWidth: CLOSE_WIDTH,
  }
}

export type NoticePanelLayout = {
  width: number
  height: number
  /** The message already broken into lines, its size, the plate's room for it and the y of its middle. */
  message: string
  messageSize: number
  messageWidth: number
  messageY: number
  /** Present when the crisis text shows under the message (broken into lines), below a fine rule. */
  crisis: { text: string; size: number; width: number; top: number; ruleY: number } | null
}

/** The session's gentle message, with the crisis text under it once the client has waited two minutes. */
export function noticePanelLayout(message: string, crisisText: string | null): NoticePanelLayout {
  // Wide enough for "Your therapist will be with you in a moment." on one line at a comfortable size.
  const width = crisisText && crisisText.length > 300 ? 1.44 : 1.3
  const messageSize = 0.05
  const messageWidth = width - 2 * PAD
  const messageLines = balancedLines(message, messageSize, messageWidth)
  const messageHeight = textHeight(messageLines.length, messageSize)
  const base = { width, message: messageLines.join('\n'), messageSize, messageWidth }
  if (!crisisText) return { ...base, height: messageHeight + 2 * PAD, messageY: 0, crisis: null }
  const size = crisisText.length <= 300 ? 0.046 : 0.038
  const crisisLines = balancedLines(crisisText, size, messageWidth)
  const crisisHeight = textHeight(textLines(crisisLines.join('\n'), size, messageWidth), size)
  const height = PAD + messageHeight + 2 * GAP + crisisHeight + PAD
  const top = height / 2
  const ruleY = top - PAD - messageHeight - GAP
  return {
    ...base,
    height,
    messageY: top - PAD - messageHeight / 2,
    crisis: { text: crisisLines.join('\n'), size, width: messageWidth, top: ruleY - GAP, ruleY },
  }
}
