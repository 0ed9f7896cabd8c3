// Measuring a page's layout from its element boxes, in the browser: sideways scrolling, controls outside their
// panel or the window, text that spills out of its box. Shared by the layout tests of the console and the headset.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Locator, Page } from 'playwright-core'

export const SIZES = [
  { width: 1280, height: 800 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const
export type Size = (typeof SIZES)[number]
export const sizeName = (s: Size) => `${s.width}x${s.height}`

/** Screenshots for a person to look at; outside the repository, and optional. */
const NOTES = process.env.STILLROOM_LAYOUT_SHOTS ?? '/work/notes/shots/day-one'
export const keepShot = async (target: Page | Locator, name: string) => {
  const dir = mkdtempSync(join(tmpdir(), 'stillroom-layout-shot-'))
  const file = join(dir, `${name}.png`)
  await target.screenshot({ path: file, type: 'png', timeout: 120_000 })
  try {
    mkdirSync(NOTES, { recursive: true })
    copyFileSync(file, join(NOTES, `${name}.png`))
  } catch {
    /* the notes folder is optional */
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

export const twoFrames = (page: Page) =>
  page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))))

export type Box = { left: number; top: number; right: number; bottom: number }

/**
 * A whole page: does it scroll sideways, does any visible control lie outside the window (left and right; pages
 * may scroll down) or outside the nearest box matching `panels`, and does any such box hold text wider than itself.
 */
export const measurePage = (page: Page, panels: string) =>
  page.evaluate((panelSelector) => {
    const box = (e: Element): Box => {
      const r = e.getBoundingClientRect()
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom }
    }
    const name = (e: Element) =>
      `${e.tagName.toLowerCase()} “${(e.getAttribute('aria-label') ?? e.textContent ?? '').trim().slice(0, 40)}”`
    const inside = (a: Box, b: Box) =>
      a.left >= b.left - 0.5 && a.right <= b.right + 0.5 && a.top >= b.top - 0.5 && a.bottom <= b.bottom + 0.5
    const outside: Array<{ what: string; box: Box; within: string }> = []
    const width = window.innerWidth
    for (const c of document.querySelectorAll('button, input, select, textarea, output, summary, a[href]')) {
      const b = box(c)
      // Not rendered: no box, inside a closed <details> (laid out but hidden), or hidden for sight only.
      if (b.right - b.left === 0 && b.bottom - b.top === 0) continue
      if (!c.checkVisibility({ visibilityProperty: true }) || c.closest('.visually-hidden')) continue
      if (b.left < -0.5 || b.right > width + 0.5)
        outside.push({ what: name(c), box: b, within: 'the window' })
      const panel = c.closest(panelSelector)
      if (panel && !inside(b, box(panel)))
        outside.push({ what: name(c), box: b, within: panel.className || panel.tagName })
    }
    const doc = document.scrollingElement!
    return {
      doc: { scrollWidth: doc.scrollWidth, clientWidth: doc.clientWidth },
      outside,
      spilling: [...document.querySelectorAll(panelSelector)]
        .filter((p) => p.getBoundingClientRect().width > 0 && p.scrollWidth > p.clientWidth + 1)
        .map((p) => `${p.className || p.tagName}: ${p.scrollWidth} > ${p.clientWidth}`),
    }
  }, panels)

/** Elements matching `selector` that reach past the window's edges (a panel or dialog that must be seen whole). */
export const beyondWindow = (page: Page, selector: string) =>
  page.evaluate(
    (sel) =>
      [...document.querySelectorAll(sel)]
        .map((e) => ({ what: e.getAttribute('aria-label') ?? e.className, r: e.getBoundingClientRect() }))
        .filter(
          ({ r }) =>
            r.left < -0.5 || r.top < -0.5 || r.right > innerWidth + 0.5 || r.bottom > innerHeight + 0.5,
        )
        .map(({ what, r }) => ({ what, top: r.top, bottom: r.bottom, left: r.left, right: r.right })),
    selector,
  )
