// The spine, end to end in a real browser: words typed at a desktop become a painting on the gallery wall.
import { afterAll, beforeAll, describe as group, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { layoutGallery } from '../../src/shared/layout'
import { launchBrowser, startServer, watchConsole, type RunningServer } from './harness'
import { waitFrames } from './xr-driver'
import {
  describe,
  screenshot,
  shootPainting,
  VIEWPORT,
  waitForFirstFrame,
  waitForPainting,
} from './app-driver'
import {
  crop,
  edgeDensity,
  horizon,
  meanAbsDiff,
  paletteDistance,
  skyGradient,
  stats,
  type Image,
} from './pixels'

const PLACES = [
  ['beach', 'a quiet beach at sunset, the waves coming in slowly'],
  ['forest', 'a deep pine forest in the morning mist'],
  ['snow', 'a snowy field under a pale winter sky, everything soft and white'],
  ['desert', 'warm sand dunes in the desert at golden hour'],
  ['night-sky', 'a clear night sky full of stars above a quiet hill'],
  ['mountain-lake', 'a still alpine lake with mountains around it in the morning'],
] as const

let server: RunningServer
let browser: Browser
let page: Page
let consoleLines: string[]
const paintings: { biome: string; image: Image; palette: string[] }[] = []

beforeAll(async () => {
  server = await startServer({ env: { STILLROOM_RATE_LIMIT: 'off' } })
  browser = await launchBrowser()
  page = await browser.newPage({ viewport: VIEWPORT })
  consoleLines = watchConsole(page)
  await page.goto(`${server.url}/?e2e=1`)
  await waitForFirstFrame(page)
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

const sameSize = (a: Image, b: Image): [Image, Image] => {
  const w = Math.min(a.width, b.width)
  const h = Math.min(a.height, b.height)
  const r = { x: 0, y: 0, width: w, height: h }
  return [crop(a, r), crop(b, r)]
}

group('desktop gallery', () => {
  it('is a calm page: labelled controls, and no Enter VR where immersive-vr is missing', async () => {
    await screenshot(page, 'gallery-empty')
    await expect(page.getByLabel('Describe a place or a feeling').isVisible()).resolves.toBe(true)
    await expect(page.getByRole('button', { name: 'Create' }).isVisible()).resolves.toBe(true)
    expect(await page.getByRole('button', { name: 'Enter VR' }).count()).toBe(0)
  })

  it('paints six described places as six different pictures on the wall', async () => {
    for (const [i, [biome, words]] of PLACES.entries()) {
      await describe(page, words)
      await waitForPainting(page, i + 1)
      const artwork = await page.evaluate(() => window.__stillroom!.store.getState().artworks.at(-1)!)
      expect(artwork.text).toBe(words)
      expect(artwork.spec.biome).toBe(biome)
      const { painting } = await shootPainting(page, `painting-${i + 1}-${biome}`, i, i + 1)
      paintings.push({ biome, image: painting, palette: artwork.spec.palette })

      const s = stats(painting)
      expect(s.stdLuminance, `${biome}: not a flat fill`).toBeGreaterThan(6)
      expect(s.meanLuminance, `${biome}: not black`).toBeGreaterThan(25)
      expect(edgeDensity(painting, 6), `${biome}: has detail`).toBeGreaterThan(0.01)
      const sky = skyGradient(painting, 0.25)
      expect(sky.span, `${biome}: a sky gradient`).toBeGreaterThan(4)
      expect(sky.maxStep, `${biome}: no hard bands in the sky`).toBeLessThan(25)
      const h = horizon(painting)
      expect(h.strength, `${biome}: a horizon`).toBeGreaterThan(2)
    }
    await expect(page.getByRole('status').textContent()).resolves.toContain('on the wall')
  })

  it('paints each place in its own palette and each differently', () => {
    expect(paintings).toHaveLength(PLACES.length)
    for (const p of paintings) {
      const own = paletteDistance(p.image, p.palette)
      const others = paintings.filter((o) => o !== p).map((o) => paletteDistance(p.image, o.palette))
      const meanOthers = others.reduce((a, b) => a + b, 0) / others.length
      expect(own, `${p.biome} is closest to its own palette`).toBeLessThan(meanOthers)
    }
    for (let i = 0; i < paintings.length; i++)
      for (let j = i + 1; j < paintings.length; j++) {
        const [a, b] = sameSize(paintings[i]!.image, paintings[j]!.image)
        // Every pair differs; the beach, forest and snow trio the issue names must differ clearly.
        const trio = ['beach', 'forest', 'snow']
        const clear = trio.includes(paintings[i]!.biome) && trio.includes(paintings[j]!.biome)
        expect(
          meanAbsDiff(a, b),
          `${paintings[i]!.biome} differs from ${paintings[j]!.biome}`,
        ).toBeGreaterThan(clear ? 15 : 6)
      }
  })

  it('does not paint trauma words: solo, a gentle and true message (no therapist is promised) and no painting', async () => {
    const shownBefore = await page.evaluate(() => window.__stillroom!.shown)
    await describe(page, 'soldiers in a war and blood on the ground')
    const status = page.getByRole('status').filter({ hasText: 'This one was not painted.' })
    await status.waitFor({ timeout: 15_000 })
    expect(await status.textContent()).toMatch(/describe another place/)
    expect(await page.getByText(/therapist/i).count()).toBe(0)
    await screenshot(page, 'held-solo')
    const after = await page.evaluate(() => ({
      shown: window.__stillroom!.shown,
      all: window.__stillroom!.artworks,
    }))
    expect(after.shown).toBe(shownBefore)
    expect(after.all).toBe(shownBefore + 1)
  })

  it('shows markup in words as words, never runs it', async () => {
    const words = '<img src=x onerror="window.__pwned=1"> a small garden with roses'
    await describe(page, words)
    await waitForPainting(page, PLACES.length + 1)
    const r = await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: number }).__pwned,
      text: window.__stillroom!.store.getState().artworks.at(-1)!.text,
      imgs: document.querySelectorAll('img').length,
    }))
    expect(r.pwned).toBeUndefined()
    expect(r.text).toBe(words)
    expect(r.imgs).toBe(0)
  })

  it('says plainly when there are no words', async () => {
    const box = page.getByLabel('Describe a place or a feeling')
    await box.fill('   ')
    await box.press('Enter')
    await expect(page.getByRole('status').textContent()).resolves.toMatch(/few words/i)
  })

  it('walks with the keyboard and glides to a clicked spot on the floor', async () => {
    const before = await page.evaluate(() => window.__stillroom!.camera!)
    await page.getByRole('region', { name: /Gallery view/ }).focus()
    // Hold the key until the view has walked (frames, not wall time, decide how far a held key goes).
    await page.keyboard.down('s')
    await page.waitForFunction(
      (b) => {
        const c = window.__stillroom!.camera!
        return Math.hypot(c.x - b.x, c.z - b.z) > 0.15
      },
      before,
      { timeout: 60_000, polling: 50 },
    )
    await page.keyboard.up('s')
    const walked = await page.evaluate(() => window.__stillroom!.camera!)
    expect(Math.hypot(walked.x - before.x, walked.z - before.z)).toBeGreaterThan(0.1)

    // From the middle of the first room, click the open floor ahead (left of the panel): the viewer glides there.
    const room = layoutGallery(PLACES.length + 1).rooms[0]!.floor
    await page.evaluate(({ x, z }) => window.__stillroom!.placeAt(x, z, Math.PI / 2), {
      x: (room.minX + room.maxX) / 2 + 1,
      z: (room.minZ + room.maxZ) / 2 + 1,
    })
    await waitFrames(page, 2)
    const placed = await page.evaluate(() => window.__stillroom!.camera!)
    await page.mouse.click(VIEWPORT.width * 0.1, VIEWPORT.height * 0.85)
    await page.waitForFunction(() => window.__stillroom!.moving, undefined, { timeout: 5_000 })
    await page.waitForFunction(() => !window.__stillroom!.moving, undefined, { timeout: 15_000 })
    const glided = await page.evaluate(() => window.__stillroom!.camera!)
    expect(Math.hypot(glided.x - placed.x, glided.z - placed.z)).toBeGreaterThan(1)
  })

  it('repaints every artwork from its recipe after the WebGL context is lost', async () => {
    const painted = await page.evaluate(() => window.__stillroom!.paintedCount)
    expect(painted).toBeGreaterThanOrEqual(PLACES.length)
    await page.evaluate(() => {
      const canvas = document.querySelector('canvas')!
      const ext = canvas.getContext('webgl2')!.getExtension('WEBGL_lose_context')!
      const w = window as unknown as { __restored?: boolean }
      w.__restored = false
      canvas.addEventListener('webglcontextrestored', () => (w.__restored = true), { once: true })
      ext.loseContext()
      setTimeout(() => ext.restoreContext(), 300)
    })
    await page.waitForFunction(() => (window as unknown as { __restored?: boolean }).__restored, undefined, {
      timeout: 60_000,
    })
    await page.waitForFunction((n) => window.__stillroom!.paintedCount >= n, painted, { timeout: 60_000 })
    // A few frames drawn with the repainted textures.
    await waitFrames(page, 4)
    const image = await screenshot(page, 'gallery-after-context-restore')
    expect(stats(image).meanLuminance).toBeGreaterThan(40)
    expect(consoleLines.filter((l) => l.includes('pageerror'))).toEqual([])
  })
})
