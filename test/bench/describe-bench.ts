// The VR Describe panel in the emulated headset (IWER, headless Chromium): how long from pressing "Describe" until
// the panel is drawn in front of the client, and from "Create" until the new painting starts to fade in on the wall.
import type { Browser, Page } from 'playwright-core'
import { VIEWPORT, waitForFirstFrame } from '../e2e/app-driver'
import { startServer } from '../e2e/harness'
import { median } from './interpret'

export const DESCRIBE_TARGETS: Record<string, { max: number; unit: string }> = {
  'vr.describe_panel_open_ms': { max: 500, unit: 'ms' },
  'vr.chip_to_wall_ms': { max: 1500, unit: 'ms' },
}

/** tsx compiles with keepNames, so functions sent to page.evaluate call `__name`: give the page one. */
const KEEP_NAMES_SHIM = 'globalThis.__name = (f) => f'

/** Presses a panel button (as the controller ray's click does) and times until `done` holds in the page, polled. */
const timed = (page: Page, button: string, done: 'panel' | { shown: number }) =>
  page.evaluate(
    ({ button, done }) =>
      new Promise<number>((resolve, reject) => {
        const s = window.__stillroom!
        const start = performance.now()
        if (!s.pressObject(button)) return reject(new Error(`no ${button}`))
        const check = () => {
          const ok =
            done === 'panel'
              ? s.objectPosition('describe-preview') !== null &&
                s.visibleTexts().includes('Describe your place')
              : s.fadeState.filter((f) => f.opacity > 0).length > done.shown
          if (ok) resolve(performance.now() - start)
          else if (performance.now() - start > 60_000) reject(new Error(`${button}: not done`))
          else setTimeout(check, 4)
        }
        check()
      }),
    { button, done },
  )

export async function benchDescribeVR(browser: Browser, runs = 3): Promise<Record<string, number>> {
  const server = await startServer({ env: { STILLROOM_RATE_LIMIT: 'off' } })
  try {
    const page = await browser.newPage({ viewport: VIEWPORT })
    await page.addInitScript(KEEP_NAMES_SHIM)
    await page.goto(`${server.url}/?e2e=1&emulate=1`)
    await waitForFirstFrame(page)
    await page.getByRole('button', { name: 'Enter VR' }).click({ timeout: 120_000 })
    await page.waitForFunction(() => window.__stillroom!.inXR, undefined, { timeout: 120_000 })
    const ready = (name: string) =>
      page.waitForFunction((n) => window.__stillroom!.objectPosition(n) !== null, name, { timeout: 120_000 })
    await ready('panel-button:Describe')
    await page.waitForTimeout(2000) // start-up work settles, as for a client looking around first
    const opens: number[] = []
    const walls: number[] = []
    for (let i = 0; i < runs; i++) {
      await ready('panel-button:Describe')
      opens.push(await timed(page, 'panel-button:Describe', 'panel'))
      await ready('panel-button:Beach')
      await page.evaluate(() => window.__stillroom!.pressObject('panel-button:Beach'))
      // As a person would: the chip's words in the preview, a moment to read them, then Create.
      await page.waitForFunction(
        () => window.__stillroom!.visibleTexts().includes('a quiet beach'),
        undefined,
        {
          timeout: 60_000,
        },
      )
      await page.waitForTimeout(1000)
      const shown = await page.evaluate(() => window.__stillroom!.shown)
      walls.push(await timed(page, 'panel-button:Create', { shown }))
      await page.waitForFunction(() => !window.__stillroom!.moving, undefined, { timeout: 30_000 })
      await ready('panel-button:Close')
      await page.evaluate(() => window.__stillroom!.pressObject('panel-button:Close'))
    }
    await page.close()
    if (process.env.STILLROOM_BENCH_VERBOSE) console.log({ opens, walls })
    return { 'vr.describe_panel_open_ms': median(opens), 'vr.chip_to_wall_ms': median(walls) }
  } finally {
    await server.stop()
  }
}
