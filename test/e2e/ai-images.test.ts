// AI pictures end to end: with the mock OpenAI-compatible server configured (cloud mode, pictures only, the client's
// consent recorded), words typed on the headset show the procedural painting first, then the AI picture crossfades
// in; the console shows the progress, then the thumbnail. One browser, two pages. Every wait reads the pages' own
// state (test APIs), never the wall clock.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { PNG } from 'pngjs'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { layoutGallery, viewingPose } from '../../src/shared/layout'
import { startMockOpenAI, type MockOpenAI } from '../support/mock-openai'
import { VIEWPORT, describe as describeWords, paintingRect, waitForFirstFrame } from './app-driver'
import {
  CONSOLE_VIEWPORT,
  consoleState,
  createTherapist,
  loginConsole,
  shoot,
  startSession,
  until,
} from './console-driver'
import { launchBrowser, startServer, watchConsole, type RunningServer } from './harness'
import { crop, decodePng, meanColour } from './pixels'

/** The mock's picture: a calm teal no procedural beach at sunset ever paints, so pixels tell the two apart. */
const TEAL: [number, number, number] = [38, 150, 160]
function distinctivePng(): Buffer {
  const png = new PNG({ width: 96, height: 64 })
  for (let i = 0; i < png.width * png.height; i++) {
    png.data[i * 4] = TEAL[0]
    png.data[i * 4 + 1] = TEAL[1]
    png.data[i * 4 + 2] = TEAL[2]
    png.data[i * 4 + 3] = 255
  }
  return PNG.sync.write(png)
}
const distance = (a: readonly number[], b: readonly number[]) =>
  Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!)

let mock: MockOpenAI
let server: RunningServer
let browser: Browser
let dataDir: string

beforeAll(async () => {
  mock = await startMockOpenAI()
  mock.image = distinctivePng()
  // Long enough that the console nearly always shows the progress first (the bench uses the 2 s).
  mock.imageDelayMs = 6000
  dataDir = mkdtempSync(join(tmpdir(), 'stillroom-ai-images-'))
  await createTherapist(dataDir)
  server = await startServer({
    dataDir,
    env: {
      STILLROOM_RATE_LIMIT: 'off',
      STILLROOM_PRIVACY: 'cloud',
      STILLROOM_AI: 'images',
      OPENAI_API_KEY: 'sk-test-mock-key',
      OPENAI_BASE_URL: mock.baseURL,
    },
  })
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
  await mock?.close()
  if (dataDir) rmSync(dataDir, { recursive: true, force: true })
})

const t0 = Date.now()
const mark = (what: string) => {
  if (process.env.STILLROOM_E2E_VERBOSE) console.log(`${((Date.now() - t0) / 1000).toFixed(1)} s: ${what}`)
}
const headsetPictures = (page: Page) => page.evaluate(() => window.__stillroom!.pictures)

it('shows the procedural painting first, then crossfades to the AI picture; the console shows progress and the thumbnail', async () => {
  const therapist = await browser.newPage({ viewport: CONSOLE_VIEWPORT })
  const headset = await browser.newPage({ viewport: VIEWPORT })
  const errors = [...watchConsole(therapist), ...watchConsole(headset)]
  try {
    await loginConsole(therapist, server.url)
    const code = await startSession(therapist, 'Robin')
    const session = await consoleState(therapist)
    // Consent through the real route, with the console's own login cookie; open mode so the words show at once.
    const consent = await therapist.evaluate(async (clientId) => {
      const r = await fetch(`/api/clients/${clientId}/ai-consent`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ capabilities: ['images'], givenBy: 'client' }),
      })
      return r.status
    }, session.clientId)
    expect(consent).toBe(200)
    await therapist.evaluate(() =>
      window.__stillroomConsole!.controller.send({ type: 'set-approval', approval: 'open' }),
    )

    // The headset's picture fetch is held until the painting has been looked at, so "painting first" never depends
    // on how fast a loaded machine draws; the mock still takes its 2 s to make the picture.
    let release: () => void = () => undefined
    const held = new Promise<void>((r) => (release = r))
    let fetches = 0
    await headset.route('**/api/sessions/*/images/*', async (route) => {
      fetches++
      await held
      await route.continue()
    })
    mark('console ready')
    await headset.goto(`${server.url}/?e2e=1`)
    await waitForFirstFrame(headset, 120_000)
    expect(await headset.evaluate((c) => window.__stillroom!.pairWithCode(c), code)).toBe(true)
    await until(
      () => headset.evaluate(() => window.__stillroom?.session?.stage),
      (s) => s === 'live',
      'the headset to join',
    )
    const pose = viewingPose(layoutGallery(1), 0, 2.2)!
    await headset.evaluate((p) => window.__stillroom!.placeAt(p.x, p.z, p.yaw), pose)

    mark('headset live')
    await describeWords(headset, 'a quiet beach at sunset, the waves coming in slowly')

    // 1. The procedural painting, fully faded in, while the picture is still being made.
    await headset.waitForFunction(
      () => {
        const s = window.__stillroom!
        return s.shown === 1 && (s.fadeState[0]?.opacity ?? 0) >= 0.999 && !s.moving
      },
      undefined,
      { timeout: 120_000, polling: 100 },
    )
    mark('painting shown')
    const before = await headsetPictures(headset)
    const rect = await paintingRect(headset, 0, 1, 0.6)
    const first = crop(decodePng(await headset.screenshot({ type: 'png', timeout: 90_000 })), rect)
    const procedural = meanColour(first)
    expect(before).toEqual([]) // the picture had not arrived: what we saw is the painting
    expect(distance(procedural, TEAL)).toBeGreaterThan(60)

    // The console: a calm progress with Cancel while the picture is made.
    const painting = await until(
      () => consoleState(therapist),
      (s) => s.artworks[0]?.image !== undefined,
      'the console to hear of the picture',
    )
    if (painting.artworks[0]!.image!.state === 'painting') {
      // Read the card's state and its buttons in one go: on a slow machine the picture may be ready by the time the
      // console has drawn, and then the card rightly shows the picture instead of the progress.
      const card = await until(
        () =>
          therapist.evaluate(() => {
            const el = document.querySelector('.ai-picture')
            if (!el) return null
            const buttons = [...el.querySelectorAll('button')].map((b) => b.textContent ?? '')
            return {
              state: el.getAttribute('data-image-state'),
              cancel: buttons.some((t) => /Cancel picture/.test(t)),
            }
          }),
        (c) => c !== null,
        "the console's picture card",
      )
      if (card!.state === 'painting') {
        expect(card!.cancel).toBe(true)
        await shoot(therapist, 'ai-progress')
      } else expect(card!.state).toBe('ready')
    }

    // 2. The AI picture, crossfaded in and then alone on the plane.
    release()
    await until(
      () => headsetPictures(headset),
      (p) => p[0]?.state === 'shown',
      'the AI picture to be shown',
      60_000,
    )
    const after = meanColour(
      crop(decodePng(await headset.screenshot({ type: 'png', timeout: 90_000 })), rect),
    )
    mark('picture shown')
    expect(distance(after, TEAL)).toBeLessThan(40)
    expect(fetches).toBe(1)
    expect(mock.count('images')).toBe(1)

    // The console: the thumbnail next to the painting, and the mirror showing what the headset shows.
    await therapist.locator('img.ai-thumb').first().waitFor({ timeout: 30_000 })
    const thumb = await therapist
      .locator('img.ai-thumb')
      .first()
      .evaluate((img: HTMLImageElement) => ({
        complete: img.complete,
        width: img.naturalWidth,
      }))
    expect(thumb.complete).toBe(true)
    expect(thumb.width).toBeGreaterThan(0)
    await shoot(therapist, 'ai-ready')
    expect(errors.filter((l) => l.startsWith('[pageerror]'))).toEqual([])
  } finally {
    await therapist.close()
    await headset.close()
  }
})
