// Screenshots of the AI picture on the headset and the console, for a person to look at; not a test.
// `STILLROOM_DIST=/tmp/dist-x npx tsx test/e2e/ai-images-shoot.ts` → /work/notes/shots/ai-images/ (or STILLROOM_AI_SHOTS).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PNG } from 'pngjs'
import { layoutGallery, viewingPose } from '../../src/shared/layout'
import { startMockOpenAI } from '../support/mock-openai'
import { VIEWPORT, describe as describeWords, waitForFirstFrame } from './app-driver'
import {
  CONSOLE_VIEWPORT,
  consoleState,
  createTherapist,
  loginConsole,
  startSession,
  until,
} from './console-driver'
import { launchBrowser, startServer, watchConsole } from './harness'

const OUT = process.env.STILLROOM_AI_SHOTS ?? '/work/notes/shots/ai-images'
const t0 = Date.now()
const log = (s: string) => console.log(`${((Date.now() - t0) / 1000).toFixed(1)} s: ${s}`)

/** A soft, painterly stand-in for a provider's picture: a warm sky over a blue-green sea, wider than tall. */
function samplePicture(): Buffer {
  const png = new PNG({ width: 384, height: 256 })
  for (let y = 0; y < png.height; y++)
    for (let x = 0; x < png.width; x++) {
      const v = y / png.height
      const sea = v > 0.55
      const c = sea
        ? [70 + 40 * (1 - v), 130 + 30 * (1 - v), 150 + 20 * (1 - v)]
        : [245 - 60 * v, 200 - 40 * v + 20 * Math.sin(x / 40), 160 + 40 * v]
      const i = (y * png.width + x) * 4
      png.data[i] = Math.round(c[0]!)
      png.data[i + 1] = Math.round(c[1]!)
      png.data[i + 2] = Math.round(c[2]!)
      png.data[i + 3] = 255
    }
  return PNG.sync.write(png)
}

const mock = await startMockOpenAI()
mock.image = samplePicture()
// Slow on purpose, so the progress can be looked at.
mock.imageDelayMs = 15_000
const dataDir = mkdtempSync(join(tmpdir(), 'stillroom-ai-shoot-'))
await createTherapist(dataDir)
const server = await startServer({
  dataDir,
  env: {
    STILLROOM_RATE_LIMIT: 'off',
    STILLROOM_PRIVACY: 'cloud',
    STILLROOM_AI: 'images',
    OPENAI_API_KEY: 'sk-test-mock-key',
    OPENAI_BASE_URL: mock.baseURL,
  },
})
const browser = await launchBrowser()
mkdirSync(OUT, { recursive: true })
const errors: string[] = []
try {
  const therapist = await browser.newPage({ viewport: CONSOLE_VIEWPORT })
  const headset = await browser.newPage({ viewport: VIEWPORT })
  errors.push(...watchConsole(therapist), ...watchConsole(headset))
  headset.on('console', (m) => errors.push(`[headset ${m.type()}] ${m.text()}`))
  await loginConsole(therapist, server.url)
  const code = await startSession(therapist, 'Robin')
  const session = await consoleState(therapist)
  await therapist.evaluate(async (clientId) => {
    await fetch(`/api/clients/${clientId}/ai-consent`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ capabilities: ['images'], givenBy: 'client' }),
    })
  }, session.clientId)
  log('console ready')
  let release: () => void = () => undefined
  const held = new Promise<void>((r) => (release = r))
  await headset.route('**/api/sessions/*/images/*', async (route) => {
    await held
    await route.continue()
  })
  await headset.goto(`${server.url}/?e2e=1`)
  await waitForFirstFrame(headset, 240_000)
  log('headset first frame')
  await headset.evaluate((c) => window.__stillroom!.pairWithCode(c), code)
  await until(
    () => headset.evaluate(() => window.__stillroom?.session?.stage),
    (s) => s === 'live',
    'live',
    240_000,
  )
  const pose = viewingPose(layoutGallery(1), 0, 1.6)!
  await headset.evaluate((p) => window.__stillroom!.placeAt(p.x + 0.35, p.z, p.yaw), pose)
  await describeWords(headset, 'a quiet beach at sunset, the waves coming in slowly')
  await until(
    () => consoleState(therapist),
    (s) => s.artworks[0]?.state === 'pending',
    'pending',
    240_000,
  )
  await therapist.locator('.ai-picture[data-image-state="painting"]').waitFor({ timeout: 60_000 })
  await therapist
    .locator('.pending-item')
    .first()
    .screenshot({ path: join(OUT, 'console-pending-painting.png') })
  await therapist.getByRole('button', { name: 'Approve' }).first().click()
  await headset.waitForFunction(() => (window.__stillroom!.fadeState[0]?.opacity ?? 0) >= 0.999, undefined, {
    timeout: 240_000,
  })
  log('painting shown')
  await headset.screenshot({ path: join(OUT, 'headset-painting-cue.png'), timeout: 120_000 })
  await therapist.locator('#artworks').screenshot({ path: join(OUT, 'console-progress.png') })
  release()
  await until(
    () => headset.evaluate(() => window.__stillroom!.pictures),
    (p) => p[0]?.state === 'fading' && p[0].progress > 0.3,
    'mid fade',
    240_000,
  )
  await headset.screenshot({ path: join(OUT, 'headset-crossfade.png'), timeout: 120_000 })
  await until(
    () => headset.evaluate(() => window.__stillroom!.pictures),
    (p) => p[0]?.state === 'shown',
    'shown',
    240_000,
  )
  log('picture shown')
  await headset.screenshot({ path: join(OUT, 'headset-picture.png'), timeout: 120_000 })
  await therapist.locator('img.ai-thumb').first().waitFor({ timeout: 60_000 })
  await therapist.locator('#artworks').screenshot({ path: join(OUT, 'console-ready.png') })
  await therapist.screenshot({ path: join(OUT, 'console-mirror.png') })
  await therapist.locator('#ai summary').click()
  await therapist.locator('.ai-caps').waitFor({ timeout: 60_000 })
  await therapist.locator('#ai').scrollIntoViewIfNeeded()
  await therapist.locator('#ai').screenshot({ path: join(OUT, 'console-ai-panel.png') })
  log('done')
} finally {
  writeFileSync(join(OUT, 'errors.txt'), errors.join('\n'))
  await browser.close()
  await server.stop()
  await mock.close()
  rmSync(dataDir, { recursive: true, force: true })
}
