// WCAG contrast of the palette as shipped (point 9): the colours are read from the stylesheets themselves,
// so a later change to a custom property is checked against the backgrounds it is used on.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { AA_TEXT, contrastRatio, luminance, over, parseColour } from '../../src/shared/ui/contrast'
import { PANEL_THEME } from '../../src/scene/ui/theme'

const ROOT = join(import.meta.dirname, '../..')
const css = (file: string) => readFileSync(join(ROOT, file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '')

/** The declarations of the first rule whose selector is exactly `selector`. */
function rule(sheet: string, selector: string): Record<string, string> {
  const at = sheet.search(
    new RegExp(`(^|[}\\s])${selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\{`, 'm'),
  )
  if (at < 0) throw new Error(`no rule for ${selector}`)
  const body = sheet.slice(sheet.indexOf('{', at) + 1, sheet.indexOf('}', at))
  return Object.fromEntries(
    body
      .split(';')
      .map((d) => d.split(/:(.*)/s).map((x) => x.trim()))
      .filter(([k, v]) => k && v)
      .map(([k, v]) => [k!, v!]),
  )
}

/** A custom property's colour, following `var(--other)` within the same rule. */
const colour = (vars: Record<string, string>, name: string): string => {
  const v = vars[name]
  if (!v) throw new Error(`${name} is not defined`)
  const ref = /^var\((--[\w-]+)\)$/.exec(v)
  return ref ? colour(vars, ref[1]!) : v
}

describe('contrast (WCAG 2 relative luminance)', () => {
  it('gives 21:1 for black on white and 1:1 for a colour on itself, in either order', () => {
    expect(contrastRatio('#000', '#fff')).toBeCloseTo(21, 5)
    expect(contrastRatio('#fff', '#000')).toBeCloseTo(21, 5)
    expect(contrastRatio('#5e7a6a', '#5e7a6a')).toBe(1)
  })

  it('matches known values: #767676 is the lightest grey with 4.5:1 on white; the old sage had 4.43:1', () => {
    expect(contrastRatio('#767676', '#ffffff')).toBeGreaterThanOrEqual(4.5)
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5)
    expect(contrastRatio('#5e7a6a', '#fbf8f2')).toBeCloseTo(4.43, 2)
  })

  it('reads #rgb, #rrggbb and rgb() and blends a colour drawn at an opacity', () => {
    expect(parseColour('#abc')).toEqual([0xaa, 0xbb, 0xcc])
    expect(parseColour('rgb(63 111 140 / 0.9)')).toEqual([63, 111, 140])
    expect(parseColour('rgba(1, 2, 3, 0.5)')).toEqual([1, 2, 3])
    expect(() => parseColour('sage')).toThrow()
    expect(luminance('#ffffff')).toBeCloseTo(1, 10)
    expect(over('#ffffff', '#000000', 0.5)).toEqual([127.5, 127.5, 127.5])
    // The safe-place key hint as it was: #f7fafc at 85 % on the Safe place blue.
    expect(contrastRatio(over('#f7fafc', '#3f6f8c', 0.85), '#3f6f8c')).toBeCloseTo(4.26, 2)
  })
})

describe('the palette meets WCAG AA (4.5:1) for the text drawn with it', () => {
  const client = rule(css('src/shared/ui/styles.css'), ':root')
  const consoleSheet = css('src/console/console.css')
  const consoleVars = rule(consoleSheet, 'body.console-body')
  const c = (name: string) => colour(consoleVars, name)

  it.each([
    ['Create and every primary button: --accent-ink on --accent', '--accent-ink', '--accent'],
    ['sage text on the warm paper: --accent on --paper', '--accent', '--paper'],
    ['sage text on the light card: --accent on --accent-ink', '--accent', '--accent-ink'],
  ])('headset page, %s', (_, fg, bg) => {
    expect(contrastRatio(colour(client, fg), colour(client, bg))).toBeGreaterThanOrEqual(AA_TEXT)
  })

  it.each([
    ['primary and chosen buttons: --c-accent-ink on --c-accent', '--c-accent-ink', '--c-accent'],
    ['sage text on a card: --c-accent on --c-card', '--c-accent', '--c-card'],
    ['sage links on the page: --c-accent on --c-bg', '--c-accent', '--c-bg'],
    ['Safe place and its cue note: --c-safe-ink on --c-safe', '--c-safe-ink', '--c-safe'],
    ['Resume, while paused: --c-accent-ink on --c-pause', '--c-accent-ink', '--c-pause'],
  ])('console, %s', (_, fg, bg) => {
    expect(contrastRatio(c(fg), c(bg))).toBeGreaterThanOrEqual(AA_TEXT)
  })

  it('console, the waiting count: white on the colour its rule draws it on', () => {
    const count = rule(consoleSheet, '.attention .count')
    const ref = /^var\((--[\w-]+)\)$/.exec(count.background!)
    const bg = ref ? c(ref[1]!) : count.background!
    expect(contrastRatio(count.color!, bg)).toBeGreaterThanOrEqual(AA_TEXT)
  })

  it('console, the key hints (Alt+S, Alt+P) as drawn: at their rule’s opacity on each emergency button', () => {
    const kbd = rule(consoleSheet, '.emergency kbd')
    const alpha = kbd.opacity === undefined ? 1 : Number(kbd.opacity)
    const safe = rule(consoleSheet, '.console-body .emergency button.safe-place')
    const paused = rule(consoleSheet, ".console-body .emergency button.pause[aria-pressed='true']")
    const pause = rule(consoleSheet, '.console-body .emergency button.pause')
    const resolve = (v: string) => {
      const ref = /^var\((--[\w-]+)\)$/.exec(v)
      return ref ? c(ref[1]!) : v
    }
    for (const [name, r] of [
      ['Safe place', safe],
      ['Pause', pause],
      ['Resume', paused],
    ] as const) {
      const bg = resolve(r.background!)
      const fg = over(resolve(r.color!), bg, alpha)
      expect(contrastRatio(fg, bg), name).toBeGreaterThanOrEqual(AA_TEXT)
    }
  })

  it('in VR, the panels’ chosen buttons: accentInk on accent, as on the desktop', () => {
    expect(PANEL_THEME.accent).toBe(colour(client, '--accent'))
    expect(contrastRatio(PANEL_THEME.accentInk, PANEL_THEME.accent)).toBeGreaterThanOrEqual(AA_TEXT)
  })
})
