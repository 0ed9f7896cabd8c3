// Helpers for the panels in VR (IWER's emulated headset): where a panel object stands once placed, pressing a panel
// button as the ray's click would, the words visible in the scene, and paintings fading in on the wall.
import type { Page } from 'playwright-core'
import { expect } from 'vitest'

export const VR_SLOW = { timeout: 120_000 }

export function vrPanels(page: Page) {
  /** Where a panel object is once its panel has been placed in front of the view (not at the origin, as at first). */
  const placed = async (name: string) => {
    const handle = await page.waitForFunction(
      (n) => {
        const s = window.__stillroom!
        const p = s.objectPosition(n)
        const eye = s.camera!
        const d = p && Math.hypot(p.x - eye.x, p.z - eye.z)
        return d !== null && d > 0.8 && d < 2.4 ? p : null
      },
      name,
      { polling: 'raf', ...VR_SLOW },
    )
    return (await handle.jsonValue()) as { x: number; y: number; z: number }
  }

  /** Presses a panel button as the ray's click would (the ray itself is tested on the Describe button). */
  const press = async (label: string) => {
    await placed(`panel-button:${label}`)
    expect(
      await page.evaluate((n) => window.__stillroom!.pressObject(n), `panel-button:${label}`),
      label,
    ).toBe(true)
  }

  const texts = () => page.evaluate(() => window.__stillroom!.visibleTexts())
  /** Polls the words visible in VR until `pred` holds (from here: the page's policy allows no code from strings). */
  const waitText = async (pred: (all: string[]) => boolean, what: string) => {
    const until = Date.now() + VR_SLOW.timeout
    for (;;) {
      const all = await texts()
      if (pred(all)) return all
      if (Date.now() > until) throw new Error(`${what}: ${JSON.stringify(all)}`)
      await page.waitForTimeout(250)
    }
  }

  /** Waits until `count` paintings hang and the newest has faded fully in. */
  const painted = (count: number) =>
    page.waitForFunction(
      (n) => {
        const s = window.__stillroom!
        const fades = s.fadeState
        return s.shown === n && fades.length === n && fades.every((f) => f.opacity > 0.99)
      },
      count,
      { polling: 250, ...VR_SLOW },
    )

  return { placed, press, texts, waitText, painted }
}
