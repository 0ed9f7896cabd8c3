// Shoots push-to-talk on the desktop (listening) and in VR (right B held: listening, then the confirm panel) into
// /work/notes/shots/speech (or argv[2]). Not a test: STILLROOM_DIST=/tmp/dist-x npx tsx test/e2e/speech-shoot.ts
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startMockOpenAI } from '../support/mock-openai'
import { createTherapist, THERAPIST } from './console-driver'
import { launchBrowser, startServer, watchConsole } from './harness'
import { emu, waitFrames } from './xr-driver'

const out = process.argv[2] ?? '/work/notes/shots/speech'
mkdirSync(out, { recursive: true })
const mock = await startMockOpenAI()
const dataDir = mkdtempSync(join(tmpdir(), 'stillroom-speech-shoot-'))
await createTherapist(dataDir)
const server = await startServer({
  dataDir,
  env: {
    STILLROOM_RATE_LIMIT: 'off',
    STILLROOM_PRIVACY: 'cloud',
    OPENAI_API_KEY: 'sk-shoot',
    OPENAI_BASE_URL: mock.baseURL,
  },
})
const url = server.url
const browser = await launchBrowser(['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream'])
try {
  const login = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: url },
    body: JSON.stringify(THERAPIST),
  })
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!
  const call = async (method: string, path: string, body: unknown) =>
    (
      await fetch(`${url}${path}`, {
        method,
        headers: { 'content-type': 'application/json', cookie, origin: url },
        body: JSON.stringify(body),
      })
    ).json()
  const { client } = (await call('POST', '/api/clients', { alias: 'Wren' })) as { client: { id: string } }
  await call('PUT', `/api/clients/${client.id}/ai-consent`, { capabilities: ['speech', 'transcription'] })
  const { pairingCode } = (await call('POST', '/api/sessions', {
    clientId: client.id,
    approval: 'open',
  })) as {
    pairingCode: { code: string }
  }

  const page = await browser.newPage({ viewport: { width: 1100, height: 760 } })
  const lines = watchConsole(page)
  await page.addInitScript('globalThis.__name = (f) => f')
  await page.goto(`${url}/?e2e=1&emulate=1`)
  await page.waitForFunction(() => (window.__stillroom?.renderer?.calls ?? 0) > 0, undefined, {
    timeout: 180_000,
  })
  await page.evaluate((c) => window.__stillroom!.pairWithCode(c), pairingCode.code)
  await page.waitForFunction(() => window.__stillroom!.session?.stage === 'live', undefined, {
    timeout: 120_000,
  })

  // Desktop: held, listening.
  await page.getByRole('button', { name: 'Hold to talk' }).hover()
  await page.mouse.down()
  await page.locator('.talk-card').getByText('Listening…').waitFor({ timeout: 60_000 })
  await page.evaluate(() => new Promise((r) => setTimeout(r, 1200)))
  writeFileSync(join(out, 'desktop-listening.png'), await page.screenshot({ timeout: 180_000 }))
  console.log(
    'after the desktop shot:',
    await page
      .locator('.talk-card')
      .textContent()
      .catch(() => 'none'),
  )
  await page.mouse.up()
  await page.getByRole('button', { name: 'Try again' }).click({ timeout: 60_000 })

  // VR: hold right B.
  await page.evaluate(() => window.__stillroom!.enterVR())
  await page.waitForFunction(() => window.__stillroom!.inXR, undefined, { timeout: 60_000 })
  await waitFrames(page, 10)
  await emu(page, `controllers.right.updateButtonValue('b-button', 1)`)
  await page.waitForFunction(() => window.__stillroom!.objectPosition('talk-level'), undefined, {
    timeout: 120_000,
  })
  await page.evaluate(() => new Promise((r) => setTimeout(r, 1200)))
  await waitFrames(page, 10)
  writeFileSync(join(out, 'vr-listening.png'), await page.screenshot({ timeout: 180_000 }))
  await emu(page, `controllers.right.updateButtonValue('b-button', 0)`)
  await page.waitForFunction(
    () => window.__stillroom!.objectPosition('panel-button:Use these words'),
    undefined,
    {
      timeout: 120_000,
    },
  )
  await waitFrames(page, 20) // troika lays the text out over a few frames
  writeFileSync(join(out, 'vr-confirm.png'), await page.screenshot({ timeout: 180_000 }))
  await page.evaluate(() => window.__stillroom!.pressObject('panel-button:Use these words'))
  await page.waitForFunction(() => (window.__stillroom!.session?.artworkIds.length ?? 0) === 1, undefined, {
    timeout: 120_000,
  })
  console.log('VR: the spoken words reached the wall; transcriptions:', mock.count('transcriptions'))
  if (lines.length) console.log(lines.slice(0, 10).join('\n'))
} finally {
  await browser.close()
  await server.stop()
  await mock.close()
  rmSync(dataDir, { recursive: true, force: true })
}
