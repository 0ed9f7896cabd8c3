// Sound benchmarks in headless Chromium: how long each layer's 60 s loop takes to render with the browser's own
// OfflineAudioContext (the app renders loops on the device), and the sound runtime's work per frame while a
// soundscape and a breathing exercise play.
import type { Browser } from 'playwright-core'
import { LAYER_IDS } from '../../src/shared/soundscape'
import { VIEWPORT, waitForFirstFrame } from '../e2e/app-driver'
import { postArtwork, startServer } from '../e2e/harness'
import { median } from './interpret'

/** tsx compiles with keepNames, so functions sent to page.evaluate call `__name`: give the page one. */
const KEEP_NAMES_SHIM = 'globalThis.__name = (f) => f'

export const SOUND_TARGETS: Record<string, { max: number; unit: string }> = {
  ...Object.fromEntries(LAYER_IDS.map((id) => [`soundscape.${id}.render_60s_ms`, { max: 500, unit: 'ms' }])),
  'audio.cpu_frame_ms': { max: 1, unit: 'ms' },
}

export async function benchSound(browser: Browser): Promise<Record<string, number>> {
  const server = await startServer({ env: { STILLROOM_RATE_LIMIT: 'off' } })
  const out: Record<string, number> = {}
  try {
    await postArtwork(server.url, 'a quiet beach at dawn, the waves coming in slowly, birds in the trees')
    const context = await browser.newContext({ viewport: VIEWPORT })
    await context.addInitScript(KEEP_NAMES_SHIM)
    const page = await context.newPage()
    await page.goto(`${server.url}/?e2e=1`)
    await waitForFirstFrame(page)
    await page.waitForFunction(() => window.__stillroom?.sound?.audio?.state === 'running', undefined, {
      timeout: 120_000,
      polling: 250,
    })
    // Let the scene's own loops finish rendering before timing anything.
    await page.waitForFunction(
      () =>
        (window.__stillroom!.sound!.audio!.layers.length ?? 0) >= 3 &&
        window.__stillroom!.sound!.audio!.pending === 0,
      undefined,
      { timeout: 120_000, polling: 250 },
    )
    // Per-frame audio work while the soundscape plays and a breathing exercise runs (tone, pacer, captions).
    await page.evaluate(() =>
      window.__stillroom!.sound!.startExercise('breathing-resonance', { minutes: 1 }, 1),
    )
    await page.waitForTimeout(6000)
    const frames = await page.evaluate(() => window.__stillroom!.sound!.frameMs)
    out['audio.cpu_frame_ms'] = median(frames)
    out['audio.cpu_frame_p95_ms'] = [...frames].sort((a, b) => a - b)[Math.floor(frames.length * 0.95)] ?? 0
    await page.evaluate(() => window.__stillroom!.sound!.stopExercise())
    // Best of three renders per layer: the machine is shared; the best run is the device's real cost.
    for (const id of LAYER_IDS) {
      const runs: number[] = []
      for (let i = 0; i < 3; i++)
        runs.push(await page.evaluate((l) => window.__stillroom!.sound!.renderLayerMs(l, 60), id))
      out[`soundscape.${id}.render_60s_ms`] = Math.min(...runs)
    }
    await context.close()
  } finally {
    await server.stop()
  }
  return out
}
