// Landscape bench: per biome the draw calls, triangles and median frame time at 1280×720 (SwiftShader), and the
// time to paint a 2048×1024 panorama. Run by test/bench/run.ts, or alone:
//   npx tsx -e "import('./test/bench/landscape-bench.ts').then(async (m) => console.log(await m.benchLandscape()))"
import type { Browser } from 'playwright-core'
import { BIOMES, DEFAULT_SCENE_SPEC } from '../../src/shared/scene-constants'
import { waitForFirstFrame } from '../e2e/app-driver'
import { launchBrowser, startServer } from '../e2e/harness'
import { median } from './interpret'

const KEEP_NAMES_SHIM = 'globalThis.__name = (f) => f'

export async function benchLandscape(shared?: Browser, frames = 12): Promise<Record<string, number>> {
  const browser = shared ?? (await launchBrowser())
  const server = await startServer({ env: { STILLROOM_RATE_LIMIT: 'off' } })
  const out: Record<string, number> = {}
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
    await page.addInitScript(KEEP_NAMES_SHIM)
    await page.goto(`${server.url}/?e2e=1`)
    await waitForFirstFrame(page)
    await page.evaluate(() => window.__stillroom!.setMode('landscape'))
    await page.waitForFunction(() => window.__stillroom!.landscape !== null, undefined, { timeout: 300_000 })
    for (const biome of BIOMES) {
      const spec = { ...DEFAULT_SCENE_SPEC, biome, timeOfDay: 'afternoon', weather: 'clear', title: biome }
      await page.evaluate((s) => window.__stillroom!.setLandscapeSpec(s), spec)
      await page.waitForFunction((b) => window.__stillroom!.landscape?.biome === b, biome, {
        timeout: 300_000,
      })
      await page.evaluate(() => window.__stillroom!.landscape!.settle())
      await page.waitForFunction(() => window.__stillroom!.landscape!.fade >= 1, undefined, {
        timeout: 300_000,
      })
      // Frame intervals measured in the page, after the place has settled.
      const intervals = await page.evaluate(
        (n) =>
          new Promise<number[]>((done) => {
            const times: number[] = []
            const tick = (t: number) => {
              times.push(t)
              if (times.length > n) done(times.slice(1).map((v, i) => v - times[i]!))
              else requestAnimationFrame(tick)
            }
            requestAnimationFrame(tick)
          }),
        frames,
      )
      const info = await page.evaluate(() => window.__stillroom!.renderer!)
      out[`landscape.${biome}.draw_calls`] = info.calls
      out[`landscape.${biome}.triangles`] = info.triangles
      out[`landscape.${biome}.frame_ms`] = Math.round(median(intervals))
    }
    const paints: number[] = []
    for (let i = 0; i < 3; i++)
      paints.push(await page.evaluate(() => window.__stillroom!.landscape!.readPanorama(2048, false).ms))
    out.panorama_2048_ms = Math.round(median(paints))
    await page.close()
  } finally {
    await server.stop()
    if (!shared) await browser.close()
  }
  return out
}
