/**
 * How much room VR text takes, measured as the fit tests of every part agree: Source Sans 3, conservatively (bold
 * buttons included), is about 0.52 em a character, and lines are 1.35 em apart.
 */
export const EM_PER_CHAR = 0.52
export const LINE_HEIGHT = 1.35

/**
 * The lines `text` wraps to at `size` within `width`: at spaces (never at a no-break space); a word longer than a
 * line counts its overflow.
 */
export function lines(text: string, size: number, width: number): number {
  const most = Math.max(1, Math.floor(width / (size * EM_PER_CHAR)))
  let count = 0
  for (const paragraph of text.split('\n')) {
    let line = 0
    for (const word of paragraph.split(/[^\S\u00a0]+/).filter(Boolean)) {
      if (line && line + 1 + word.length <= most) line += 1 + word.length
      else {
        count += line ? 1 : 0
        count += Math.ceil(word.length / most) - 1
        line = word.length > most ? word.length % most || most : word.length
      }
    }
    count += 1
  }
  return count
}

/** Does `text` fit on one line of `width` at `size`? */
export const fitsOneLine = (text: string, size: number, width: number): boolean =>
  text.length * size * EM_PER_CHAR <= width
