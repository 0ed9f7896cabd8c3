// Every landscape in the real built app (Chromium + SwiftShader), desktop and emulated VR: every biome renders
// and looks different, the painted panorama has no seam and no pinched poles, time and weather glide, and
// reduced motion stills the place. Waits read the app's own state and clock, never wall time.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe as group, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { BIOMES, DEFAULT_SCENE_SPEC } from '../../src/shared/scene-constants'
import { launchBrowser, SCREENSHOTS, startServer, watchConsole, type RunningServer } from './harness'
import { captureCanvas, waitForFirstFrame } from './app-driver'
import { luminance, stats, type Image } from './pixels'

let server: RunningServer
let browser: Browser
let page: Page
let consoleLines: string[]
const OUT = join(SCREENSHOTS, 'landscape')
// Small, so SwiftShader on a shared 2-core machine keeps a few frames a second (frame time follows the pixel count;
// 760×620 took twice as long a frame). Images are read from the WebGL canvas itself, so the panel covers nothing.
const VIEWPORT = { width: 480, height: 400 }

const spec = (over: Record<string, unknown>) => ({ ...DEFAULT_SCENE_SPEC, title: 'test', ...over })

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true })
  server = await startServer({ env: { STILLROOM_RATE_LIMIT: 'off' } })
  browser = await launchBrowser()
  page = await browser.newPage({ viewport: VIEWPORT })
  consoleLines = watchConsole(page)
  await page.addInitScript('globalThis.__name = (f) => f')
  await page.goto(`${server.url}/?e2e=1&emulate=1`)
  await waitForFirstFrame(page)
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

/** The next drawn frame, saved for a person to look at, with the landscape's state in that same frame. */
const capture = async (name: string) => {
  const { png, image, landscape } = await captureCanvas(page)
  writeFileSync(join(OUT, `${name}.png`), png)
  return { image, state: landscape! }
}
const shoot = async (name: string): Promise<Image> => (await capture(name)).image

/**
 * Shows `s` at once (the glide is finished by the app's own fader) and waits for two more drawn frames; the next
 * capture is the third.
 */
const showSettled = async (s: Record<string, unknown>) => {
  await page.evaluate((x) => window.__stillroom!.setLandscapeSpec(x), s)
  await page.waitForFunction((b) => window.__stillroom?.landscape?.biome === b, s.biome, { timeout: 120_000 })
  await page.evaluate(() => window.__stillroom!.landscape!.settle())
  const f0 = await page.evaluate(() => window.__stillroom!.landscape!.frames)
  await page.waitForFunction(
    (f) => window.__stillroom!.landscape!.fade >= 1 && window.__stillroom!.landscape!.frames >= f + 2,
    f0,
    { timeout: 180_000, polling: 100 },
  )
}

/** Mean absolute luminance difference of two images, sampled on a coarse grid. */
const difference = (a: Image, b: Image): number => {
  const la = luminance(a)
  const lb = luminance(b)
  let sum = 0
  let n = 0
  for (let i = 0; i < la.length; i += 97) {
    sum += Math.abs(la[i]! - lb[i]!)
    n++
  }
  return sum / n
}

const tourBiomes = async (prefix: string) => {
  const images: Image[] = []
  for (const biome of BIOMES) {
    await showSettled(spec({ biome, timeOfDay: 'afternoon', weather: 'clear' }))
    const image = await shoot(`${prefix}-${biome}`)
    const s = stats(image)
    expect(s.stdLuminance, `${prefix} ${biome} is blank`).toBeGreaterThan(4)
    expect(s.meanLuminance, `${prefix} ${biome} too dark`).toBeGreaterThan(25)
    images.push(image)
  }
  for (let i = 0; i < images.length; i++) {
    for (let j = i + 1; j < images.length; j++) {
      expect(difference(images[i]!, images[j]!), `${BIOMES[i]} vs ${BIOMES[j]}`).toBeGreaterThan(3)
    }
  }
}

group('landscape', () => {
  it('switches from the gallery with the labelled Gallery | Landscape control', async () => {
    // force: the page draws slowly in SwiftShader, and the click itself is what matters here.
    await page.getByRole('radio', { name: 'Landscape' }).check({ force: true, timeout: 120_000 })
    await page.waitForFunction(
      () => window.__stillroom!.mode === 'landscape' && window.__stillroom!.landscape,
      undefined,
      {
        timeout: 120_000,
      },
    )
    expect(await page.getByRole('radio', { name: 'Landscape' }).isChecked()).toBe(true)
  })

  it('renders every biome on the desktop, each non-blank and different from the others', async () => {
    await tourBiomes('desktop')
  }, 600_000)

  it('paints a seamless panorama with smooth poles (rendered pixels)', async () => {
    // The meadow last: the weather glide below starts from it without another place swap.
    for (const s of [
      spec({ biome: 'night-sky', timeOfDay: 'night' }),
      spec({ biome: 'meadow', weather: 'cloudy' }),
    ]) {
      await showSettled(s)
      // The 2 MB of pixels come back as base64: a plain array of two million numbers takes the protocol tens of
      // seconds on a busy machine, a string a fraction of one.
      const read = await page.evaluate(() => {
        const p = window.__stillroom!.landscape!.readPanorama(1024)
        const bytes = new Uint8Array(p.data.buffer, p.data.byteOffset, p.data.byteLength)
        let text = ''
        for (let i = 0; i < bytes.length; i += 0x8000)
          text += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
        return { width: p.width, height: p.height, base64: btoa(text) }
      })
      const pano = {
        width: read.width,
        height: read.height,
        data: new Uint8Array(Buffer.from(read.base64, 'base64')),
      }
      expect(pano.data.length).toBe(pano.width * pano.height * 4)
      expect(pano.width).toBe(pano.height * 2)
      const lum = luminance(pano)
      const at = (x: number, y: number) => lum[y * pano.width + x]!
      let seam = 0
      let neighbours = 0
      for (let y = 0; y < pano.height; y++) {
        seam += Math.abs(at(0, y) - at(pano.width - 1, y))
        neighbours += Math.abs(at(pano.width / 2, y) - at(pano.width / 2 - 1, y))
      }
      seam /= pano.height
      neighbours /= pano.height
      // The seam is no rougher than any other pair of neighbouring columns (and tiny in absolute terms).
      expect(seam, `${s.biome} seam`).toBeLessThan(Math.max(2.5, neighbours * 2))
      for (const row of [0, 1, pano.height - 2, pano.height - 1]) {
        let min = 255
        let max = 0
        for (let x = 0; x < pano.width; x++) {
          min = Math.min(min, at(x, row))
          max = Math.max(max, at(x, row))
        }
        // At a pole every column is (almost) the same direction: the row must be (almost) one colour.
        expect(max - min, `${s.biome} pole row ${row}`).toBeLessThan(6)
      }
      expect(stats(pano).stdLuminance).toBeGreaterThan(3)
    }
  }, 400_000)

  for (const [what, from, to] of [
    ['weather', { weather: 'clear' }, { weather: 'rain' }],
    ['time', { timeOfDay: 'golden-hour' }, { timeOfDay: 'night' }],
  ] as const) {
    it(`glides a ${what} change: the end differs, frames span ≥ 1 s of the app's clock, no luminance jumps`, async () => {
      await showSettled(spec({ biome: 'meadow', ...from }))
      const first = await capture(`glide-${what}-start`)
      const start = first.image
      const clock0 = first.state.clock
      await page.evaluate((x) => window.__stillroom!.setLandscapeSpec(x), spec({ biome: 'meadow', ...to }))
      await page.waitForFunction(() => window.__stillroom!.landscape!.fade < 1, undefined, {
        timeout: 120_000,
      })
      const samples: Array<{ clock: number; fade: number; lum: number }> = []
      // Each capture is a later frame, its clock and fade read in that same frame.
      for (let i = 0; i < 60; i++) {
        const { image, state } = await capture(`glide-${what}-${i}`)
        samples.push({ clock: state.clock, fade: state.fade, lum: stats(image).meanLuminance })
        if (state.fade >= 1) break
      }
      const end = await shoot(`glide-${what}-end`)
      const inBetween = samples.filter((s) => s.fade > 0 && s.fade < 1)
      expect(inBetween.length, 'intermediate frames').toBeGreaterThanOrEqual(2)
      expect(inBetween.at(-1)!.clock - inBetween[0]!.clock, 'glide clock span').toBeGreaterThanOrEqual(1)
      expect(difference(start, end), 'the end differs from the start').toBeGreaterThan(2)
      // Captures may skip frames, so judge the rate: the mean luminance may change by at most ~45 levels
      // per second of the glide's own clock, i.e. under 1.5 levels a frame at 30 frames a second — never a jump.
      const points = [{ clock: clock0, lum: stats(start).meanLuminance }, ...samples]
      const rates = points.slice(1).map((p, i) => ({
        step: Math.abs(p.lum - points[i]!.lum),
        dt: Math.max(0, p.clock - points[i]!.clock),
      }))
      const report = rates.map((r) => `${r.step.toFixed(1)}/${r.dt.toFixed(2)}s`).join(' ')
      for (const r of rates) expect(r.step, `luminance steps ${report}`).toBeLessThanOrEqual(3 + 45 * r.dt)
    }, 400_000)
  }

  it('is alive with reduced motion off, and perfectly still with it on', async () => {
    await showSettled(spec({ biome: 'beach', weather: 'wind', motifs: ['birds'] }))
    const frame = async () => {
      const f0 = await page.evaluate(() => window.__stillroom!.landscape!.frames)
      await page.waitForFunction((f) => window.__stillroom!.landscape!.frames >= f + 2, f0, {
        timeout: 120_000,
      })
      return shoot('motion')
    }
    const a = await frame()
    const b = await frame()
    expect(difference(a, b), 'successive frames differ').toBeGreaterThan(0.02)
    await page.evaluate(() => window.__stillroom!.store.setComfort({ reducedMotion: true }))
    await frame()
    const c = await frame()
    const d = await frame()
    expect(difference(c, d), 'still under reduced motion').toBe(0)
    await page.evaluate(() => window.__stillroom!.store.setComfort({ reducedMotion: false }))
  })

  it('falls back to a quiet default for a broken spec, with a logged reason', async () => {
    await page.evaluate(() => window.__stillroom!.setLandscapeSpec({ biome: 'volcano', palette: 'red' }))
    await page.waitForFunction(() => (window.__stillroom!.landscape?.reasons.length ?? 0) > 0, undefined, {
      timeout: 120_000,
    })
    expect(await page.evaluate(() => window.__stillroom!.landscape!.biome)).toBe(DEFAULT_SCENE_SPEC.biome)
    expect(consoleLines.join('\n')).toMatch(/landscape: using defaults.*biome/)
    const image = await shoot('fallback')
    expect(stats(image).stdLuminance).toBeGreaterThan(2)
  })

  it('renders every biome in VR (emulated headset)', async () => {
    await page.evaluate(() => window.__stillroom!.enterVR())
    await page.waitForFunction(() => window.__stillroom?.inXR && window.__stillroom.landscape, undefined, {
      timeout: 120_000,
    })
    await tourBiomes('vr')
    expect(consoleLines.filter((l) => /pageerror|GL_INVALID|shader/i.test(l))).toEqual([])
  }, 600_000)
})
