// Benchmarks of the real app in headless Chromium (SwiftShader): words to wall, first frame, the JS a headset
// fetches before its first frame, and the cost of a 60-artwork gallery over 8 viewpoints.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { FIRST_FRAME_MARK } from '../../src/client/first-frame-mark'
import type { Browser } from 'playwright-core'
import { layoutGallery } from '../../src/shared/layout'
import { VIEWPORT, waitForFirstFrame } from '../e2e/app-driver'
import { postArtwork, ROOT, startServer } from '../e2e/harness'
import { median } from './interpret'

/** The build to measure: the server serves STILLROOM_DIST too, so a helper can bench its own build. */
const DIST = process.env.STILLROOM_DIST ?? join(ROOT, 'dist')

const DESCRIPTIONS = [
  'a quiet beach at sunset, the waves coming in slowly',
  'a deep pine forest in the morning mist',
  'a wide meadow full of wildflowers on a summer afternoon',
  'a still alpine lake with mountains around it in the morning',
  'a snowy field under a pale winter sky',
  'warm sand dunes in the desert at golden hour',
]

/** tsx compiles with keepNames, so functions sent to page.evaluate call `__name`: give the page one. */
const KEEP_NAMES_SHIM = 'globalThis.__name = (f) => f'

/**
 * Records, in the page, when the app marked its first drawn frame (ms since navigation). The app's own mark, not the
 * test API: that loads as a chunk of its own and would count as part of the first bundle if the bench waited on it.
 */
const FIRST_FRAME_PROBE = `(() => {
  const tick = () => {
    const mark = performance.getEntriesByName('${FIRST_FRAME_MARK}')[0]
    if (mark) window.__firstFrameAt = mark.startTime
    else requestAnimationFrame(tick)
  }
  requestAnimationFrame(tick)
})()`

export async function benchFirstLoad(browser: Browser, runs = 3) {
  const server = await startServer({ env: { STILLROOM_RATE_LIMIT: 'off' } })
  try {
    for (const d of DESCRIPTIONS) await postArtwork(server.url, d)
    const times: number[] = []
    let scripts: string[] = []
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport: VIEWPORT })
      const page = await context.newPage()
      await page.addInitScript(FIRST_FRAME_PROBE)
      await page.goto(`${server.url}/?e2e=1`)
      await page.waitForFunction(
        () => (window as { __firstFrameAt?: number }).__firstFrameAt !== undefined,
        undefined,
        {
          timeout: 60_000,
          polling: 50,
        },
      )
      // The page's own record: scripts requested before the first drawn frame (modulepreloads included), not what
      // happens to arrive while the poll above notices the frame (the chunks loaded just after it).
      const run = await page.evaluate(() => {
        const at = (window as unknown as { __firstFrameAt: number }).__firstFrameAt
        const js = performance
          .getEntriesByType('resource')
          .filter((e) => e.startTime < at && new URL(e.name).pathname.endsWith('.js'))
        return { at, scripts: js.map((e) => new URL(e.name).pathname) }
      })
      times.push(run.at)
      scripts = run.scripts
      await context.close()
    }
    const gz = scripts.reduce((sum, path) => sum + gzipSync(readFileSync(join(DIST, path))).length, 0)
    return {
      first_frame_ms: median(times),
      bundle_headset_gz_kb: gz / 1024,
      bundle_headset_files: scripts.length,
    }
  } finally {
    await server.stop()
  }
}

export async function benchWordsToWall(browser: Browser) {
  const server = await startServer({ env: { STILLROOM_RATE_LIMIT: 'off' } })
  try {
    const page = await browser.newPage({ viewport: VIEWPORT })
    await page.addInitScript(KEEP_NAMES_SHIM)
    await page.goto(`${server.url}/?e2e=1`)
    await waitForFirstFrame(page)
    await page.waitForTimeout(3000) // let start-up work (shader warm-up) settle, as a client reading the page would
    const times: number[] = []
    for (const [i, words] of DESCRIPTIONS.entries()) {
      const box = page.getByLabel('Describe a place or a feeling')
      await box.fill(words)
      // Start the clock on the Enter keydown itself, and stop it on the first frame the new painting is visible.
      await page.evaluate((n) => {
        const w = window as unknown as { __wtw?: number; __wtwStart?: number }
        delete w.__wtw
        window.addEventListener('keydown', (e) => e.key === 'Enter' && (w.__wtwStart = performance.now()), {
          once: true,
          capture: true,
        })
        const tick = () => {
          const s = window.__stillroom!
          const id = s.store.getState().artworks.filter((a) => a.status === 'shown')[n]?.id
          const f = id ? s.fadeState.find((x) => x.id === id) : undefined
          if (f && f.opacity > 0 && w.__wtwStart !== undefined) w.__wtw = performance.now() - w.__wtwStart
          else requestAnimationFrame(tick)
        }
        requestAnimationFrame(tick)
      }, i)
      await box.press('Enter')
      await page.waitForFunction(() => (window as { __wtw?: number }).__wtw !== undefined, undefined, {
        timeout: 60_000,
        polling: 50,
      })
      times.push(await page.evaluate(() => (window as unknown as { __wtw: number }).__wtw))
      await page.waitForFunction(() => !window.__stillroom!.moving, undefined, { timeout: 30_000 })
    }
    await page.close()
    return { words_to_wall_ms: median(times), words_to_wall_ms_max: Math.max(...times) }
  } finally {
    await server.stop()
  }
}

/** Eight viewpoints spread through a 60-artwork gallery: each room's centre and corners, looking along the walls. */
export const viewpoints = (count = 60) => {
  const layout = layoutGallery(count)
  const rooms = layout.rooms
  const points: { x: number; z: number; yaw: number }[] = []
  for (let i = 0; points.length < 8; i++) {
    const room = rooms[i % rooms.length]!
    const r = room.floor
    const cx = (r.minX + r.maxX) / 2
    const cz = (r.minZ + r.maxZ) / 2
    const round = Math.floor(i / rooms.length)
    // First round: room centres; then points near a corner looking diagonally across the room.
    const inset = 1.5
    if (round === 0) points.push({ x: cx, z: cz, yaw: (i * Math.PI) / 2 })
    else points.push({ x: r.minX + inset, z: r.maxZ - inset, yaw: -Math.PI / 4 + (i % 4) * (Math.PI / 2) })
  }
  return points
}

export async function benchGallery60(browser: Browser) {
  const server = await startServer({ env: { STILLROOM_RATE_LIMIT: 'off' } })
  try {
    for (let i = 0; i < 60; i++)
      await postArtwork(server.url, `${DESCRIPTIONS[i % DESCRIPTIONS.length]} (${i + 1})`)
    const page = await browser.newPage({ viewport: VIEWPORT })
    await page.addInitScript(KEEP_NAMES_SHIM)
    await page.goto(`${server.url}/?e2e=1`)
    await waitForFirstFrame(page)
    const loadStart = Date.now()
    await page.waitForFunction(() => window.__stillroom!.paintedCount >= 60, undefined, {
      timeout: 300_000,
      polling: 250,
    })
    const allPaintedMs = Date.now() - loadStart
    let calls = 0
    let triangles = 0
    let textureMb = 0
    for (const v of viewpoints(60)) {
      await page.evaluate(({ x, z, yaw }) => window.__stillroom!.placeAt(x, z, yaw), v)
      // A steady frame: give the paint queue time to upgrade what is now near, then read the last frame.
      await page.waitForTimeout(2500)
      const r = await page.evaluate(() => ({
        info: window.__stillroom!.renderer!,
        mb: window.__stillroom!.textureMB,
      }))
      calls = Math.max(calls, r.info.calls)
      triangles = Math.max(triangles, r.info.triangles)
      textureMb = Math.max(textureMb, r.mb)
    }
    await page.close()
    return {
      gallery60_draw_calls: calls,
      gallery60_triangles: triangles,
      gallery60_texture_mb: textureMb,
      gallery60_all_painted_ms: allPaintedMs,
    }
  } finally {
    await server.stop()
  }
}
