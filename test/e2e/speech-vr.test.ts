// Speaking from inside the headset with the clinic's own speech server (clinic mode, the mock OpenAI-compatible
// server on loopback) and Chromium's fake microphone: alone, the wearer is asked first and then holds B to speak,
// and the words reach the wall, or join the Describe panel's sentence; in a session the same press brings the
// client's words to the session. Without a speech server (local mode) the headset says so once, offers the word
// chips, and the next press opens them at once.
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { VOICE_TEXT } from '../../src/shared/privacy/voice-caps'
import { startMockOpenAI, type MockOpenAI } from '../support/mock-openai'
import { VIEWPORT, waitForFirstFrame } from './app-driver'
import { launchBrowser, watchConsole, type RunningServer } from './harness'
import { MIC_FLAGS, speechServers, therapistSession } from './speech-fixture'
import { VR_SLOW, vrPanels } from './vr-panels'
import { emu } from './xr-driver'

let mock: MockOpenAI
let browser: Browser
const servers: Record<'clinic' | 'local', RunningServer | null> = { clinic: null, local: null }
const made = speechServers('stillroom-speech-vr-')
const serverWith = made.start

beforeAll(async () => {
  mock = await startMockOpenAI()
  servers.clinic = await serverWith({ STILLROOM_PRIVACY: 'clinic', OPENAI_BASE_URL: mock.baseURL })
  servers.local = await serverWith({})
  browser = await launchBrowser(MIC_FLAGS)
}, 180_000)

afterAll(async () => {
  await browser?.close()
  await Promise.all([servers.clinic?.stop(), servers.local?.stop()])
  await mock?.close()
  made.cleanup()
})

type InVR = { page: Page } & ReturnType<typeof vrPanels>

/**
 * A new page in VR (paired first when `code` is given) for `body`; then no page errors, the page closed, and a
 * failure told with the page's last console lines.
 */
async function inVR(url: string, code: string | undefined, body: (vr: InVR) => Promise<void>) {
  const page = await browser.newPage({ viewport: VIEWPORT })
  const lines = watchConsole(page)
  try {
    await page.goto(`${url}/?e2e=1&emulate=1`)
    await waitForFirstFrame(page)
    if (code) {
      expect(await page.evaluate((c) => window.__stillroom!.pairWithCode(c), code)).toBe(true)
      await page.waitForFunction(() => window.__stillroom!.session?.stage === 'live', undefined, VR_SLOW)
    }
    await page.getByRole('button', { name: 'Enter VR' }).click(VR_SLOW)
    await page.waitForFunction(() => window.__stillroom!.inXR, undefined, VR_SLOW)
    await body({ page, ...vrPanels(page) })
    expect(lines.filter((l) => l.includes('pageerror'))).toEqual([])
  } catch (e) {
    throw new Error(`${(e as Error).message}\npage console:\n${lines.slice(-15).join('\n')}`, { cause: e })
  } finally {
    await page.close()
  }
}

const holdB = (page: Page, down: boolean) =>
  emu(page, `controllers.right.updateButtonValue('b-button', ${down ? 1 : 0})`)

/** Holds B through "Listening…" (on the talk panel, or the Describe panel's preview) for 1.2 s, then lets go. */
async function speak(page: Page) {
  await holdB(page, true)
  await vrPanels(page).waitText((all) => all.some((t) => t.startsWith('Listening…')), 'listening')
  await page.evaluate(() => new Promise((r) => setTimeout(r, 1200)))
  await holdB(page, false)
}

it('alone, clinic mode: asked first, then B speaks; the words reach the wall, or join the Describe sentence', async () => {
  mock.reset()
  await inVR(servers.clinic!.url, undefined, async ({ page, press, waitText, painted }) => {
    // The first press asks; nothing is recorded or sent for the question.
    await holdB(page, true)
    await waitText((all) => all.includes(VOICE_TEXT.askSolo), 'the question')
    await page.screenshot({ path: join(import.meta.dirname, '__screenshots__', 'speech-vr-ask.png') })
    await holdB(page, false)
    expect(mock.count('transcriptions')).toBe(0)
    await press('Yes, that is all right')
    await waitText((all) => all.includes('Thank you. Now hold B while you speak, then let go.'), 'thanks')

    await speak(page)
    await waitText((all) => all.includes('“a quiet beach at sunset”'), 'the words heard')
    expect(mock.count('transcriptions')).toBe(1)
    await press('Use these words')
    await painted(1)
    expect(await page.evaluate(() => window.__stillroom!.store.getState().artworks.at(-1)!.text)).toBe(
      'a quiet beach at sunset',
    )

    // With Describe open, the words heard join its sentence, to be edited; Create sends them.
    mock.transcript = 'a lake in the mountains'
    await press('Describe')
    await press('Forest')
    await speak(page)
    await waitText((all) => all.includes('a forest, a lake in the mountains'), 'the sentence with the words')
    await page.screenshot({ path: join(import.meta.dirname, '__screenshots__', 'speech-vr-describe.png') })
    await press('Create')
    await painted(2)
    expect(mock.count('transcriptions')).toBe(2)
    // Everything went to the clinic's own server: the recordings, and its health check (which sends no words).
    expect(mock.requests.filter((r) => r.endpoint !== 'models').map((r) => r.endpoint)).toEqual([
      'transcriptions',
      'transcriptions',
    ])
  })
}, 400_000)

it('in a session, clinic mode: B speaks and the confirmed words come to the session', async () => {
  mock.reset()
  const url = servers.clinic!.url
  const { code } = await therapistSession(url, ['transcription'])
  await inVR(url, code, async ({ page, press, waitText }) => {
    mock.transcript = 'a garden after the rain'
    await speak(page)
    await waitText((all) => all.includes('“a garden after the rain”'), 'the words heard')
    await press('Use these words')
    await page.waitForFunction(
      () => (window.__stillroom!.session?.artworkIds.length ?? 0) === 1,
      undefined,
      VR_SLOW,
    )
    expect(mock.count('transcriptions')).toBe(1)
  })
}, 400_000)

it('no speech server: the headset says so once and offers the word chips; the next press opens them', async () => {
  await inVR(servers.local!.url, undefined, async ({ page, press, placed, waitText }) => {
    await holdB(page, true)
    await waitText((all) => all.includes(VOICE_TEXT.soloLocal), 'the one calm sentence')
    await holdB(page, false)
    await press('Pick words')
    await placed('describe-preview')
    await press('Close')
    await placed('panel-button:Describe')
    // Again: no sentence this time, the chips open at once.
    await holdB(page, true)
    await placed('describe-preview')
    await holdB(page, false)
    expect(await page.evaluate(() => window.__stillroom!.visibleTexts())).not.toContain(VOICE_TEXT.soloLocal)
  })
}, 400_000)
