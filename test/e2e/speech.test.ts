// Push-to-talk and the AI voice in the real built app: Chromium's fake microphone, a real server in cloud mode
// against the mock OpenAI-compatible server (consent recorded), and a second server in local mode. Nothing is
// timed on the wall clock except how long the button is held (a slower machine only holds it longer); the voice is
// measured by the page's AudioContext clock and a meter on the voice's own output.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, it } from 'vitest'
import WebSocket from 'ws'
import type { SessionSnapshot } from '../../src/client/session/session-client'
import { VOICE_TEXT } from '../../src/shared/privacy/voice-caps'
import { FAKE_MP3, startMockOpenAI, toneWav, type MockOpenAI } from '../support/mock-openai'
import { VIEWPORT, waitForFirstFrame } from './app-driver'
import { until } from './console-driver'
import { launchBrowser, ROOT, watchConsole, type RunningServer } from './harness'
import { MIC_FLAGS, speechServers, therapistSession } from './speech-fixture'

const SLOW = { timeout: 60_000 }
const SHOTS = join(ROOT, '..', 'notes', 'shots', 'speech')
let mock: MockOpenAI
let browser: Browser
const servers: Record<'cloud' | 'local', RunningServer | null> = { cloud: null, local: null }
const made = speechServers('stillroom-speech-')
const serverWith = made.start

beforeAll(async () => {
  mock = await startMockOpenAI()
  // One after the other: two cold starts at once on a busy 2-core machine can outlast the harness's patience.
  servers.cloud = await serverWith({
    STILLROOM_PRIVACY: 'cloud',
    OPENAI_API_KEY: 'sk-e2e-speech',
    OPENAI_BASE_URL: mock.baseURL,
  })
  servers.local = await serverWith({ OPENAI_API_KEY: 'sk-e2e-speech', OPENAI_BASE_URL: mock.baseURL })
  browser = await launchBrowser(MIC_FLAGS)
}, 120_000)

afterAll(async () => {
  await browser?.close()
  await Promise.all([servers.cloud?.stop(), servers.local?.stop()])
  await mock?.close()
  made.cleanup()
})

const session = therapistSession

/** The therapist's socket on a session (as the console's): only narration is needed here. */
async function narrator(url: string, sessionId: string, cookie: string) {
  const ws = new WebSocket(`${url.replace('http', 'ws')}/api/session/socket`, {
    headers: { origin: url, cookie },
  })
  await new Promise((ok, fail) => ws.once('open', ok).once('error', fail))
  ws.send(JSON.stringify({ v: 1, type: 'hello', role: 'therapist', sessionId }))
  let n = 0
  return {
    narrate: (text: string) =>
      ws.send(JSON.stringify({ v: 1, type: 'command', id: `n${++n}`, command: { type: 'narrate', text } })),
    close: () => ws.close(),
  }
}

const shoot = async (page: Page, name: string) => {
  // The card fades in (0.5 s); on a busy machine its first frames can lag, so shoot once it is fully there.
  if (await page.locator('.talk-card').count())
    await until(
      () => page.evaluate(() => getComputedStyle(document.querySelector('.talk-card')!).opacity),
      (o) => o === '1',
      'the talk card to fade in',
      30_000,
    )
  mkdirSync(SHOTS, { recursive: true })
  writeFileSync(join(SHOTS, `${name}.png`), await page.screenshot({ type: 'png', timeout: 60_000 }))
}
const snap = (page: Page) =>
  page.evaluate(() => window.__stillroom?.session ?? null) as Promise<SessionSnapshot | null>

async function pairedPage(
  url: string,
  code: string,
  solo?: (page: Page) => Promise<void>,
  before?: (page: Page) => Promise<void>,
) {
  const page = await browser.newPage({ viewport: VIEWPORT })
  const errors = watchConsole(page)
  if (before) await before(page)
  await page.goto(`${url}/?e2e=1`)
  await waitForFirstFrame(page)
  // What the page does before it pairs (solo use, no client record).
  if (solo) await solo(page)
  expect(await page.evaluate((c) => window.__stillroom!.pairWithCode(c), code)).toBe(true)
  await until(
    () => snap(page),
    (s) => s?.stage === 'live',
    'the headset to join',
    60_000,
  )
  return { page, errors }
}

it('hold to talk → the words come back → the client confirms → the artwork arrives', async () => {
  const url = servers.cloud!.url
  const { page, errors } = await pairedPage(url, (await session(url, ['speech', 'transcription'])).code)
  try {
    const mic = page.getByRole('button', { name: 'Hold to talk' })
    await mic.hover(SLOW)
    await page.mouse.down()
    const card = page.locator('.talk-card')
    await card.getByText('Listening…').waitFor(SLOW)
    // Held for at least 900 ms of the page's time (a tap is not speech); a slow machine only holds longer.
    await page.evaluate(() => new Promise((r) => setTimeout(r, 900)))
    await shoot(page, 'desktop-listening')
    await page.mouse.up()
    const words = card.locator('.talk-words')
    await words.waitFor(SLOW)
    expect(await words.textContent()).toBe('“a quiet beach at sunset”')
    // Heard, not yet used: the therapist's session has nothing from the client.
    expect((await snap(page))!.artworkIds).toEqual([])
    const sent = mock.requests.filter((r) => r.endpoint === 'transcriptions')
    expect(sent).toHaveLength(1)
    expect(sent[0]!.body).toMatch(/filename="speech\.(webm|ogg|mp4)"/)
    await shoot(page, 'desktop-confirm')

    await card.getByRole('button', { name: 'Use these words' }).click(SLOW)
    const s = await until(
      () => snap(page),
      (x) => (x?.artworkIds.length ?? 0) === 1,
      'the artwork from the spoken words',
      60_000,
    )
    expect(s!.artworkIds).toHaveLength(1)
    await expect.poll(() => card.count()).toBe(0)
    expect(errors.filter((e) => /pageerror/.test(e))).toEqual([])
  } finally {
    await page.close()
  }
})

it('local mode (and solo use): the microphone explains that typing is the way in', async () => {
  const url = servers.local!.url
  const before = mock.requests.length
  const { page } = await pairedPage(
    url,
    (await session(url, ['speech', 'transcription'])).code,
    async (solo) => {
      await solo.getByRole('button', { name: 'Hold to talk' }).click(SLOW)
      const card = solo.locator('.talk-card')
      await card.getByText(VOICE_TEXT.soloLocal).waitFor(SLOW)
      await card.getByRole('button', { name: 'OK' }).click(SLOW)
      await expect.poll(() => card.count()).toBe(0)
    },
  )
  try {
    await page.getByRole('button', { name: 'Hold to talk' }).click(SLOW)
    const line = page.locator('.talk-card').getByText(VOICE_TEXT.local)
    await line.waitFor(SLOW)
    await shoot(page, 'desktop-local-mode')
    // Local mode: nothing left this computer, whatever key is set.
    expect(mock.requests.length).toBe(before)
  } finally {
    await page.close()
  }
})

/**
 * A device voice the page can use (headless Chromium has none): it only records what it was asked to say, so the
 * test can tell the device voice from the AI voice. Installed before the app's scripts run.
 */
const deviceVoiceSpy = async (page: Page) => {
  await page.addInitScript(() => {
    const spoken: string[] = []
    ;(window as unknown as { __deviceSpoken: string[] }).__deviceSpoken = spoken
    const voice = { name: 'Test voice', lang: 'en-GB', localService: true, default: true, voiceURI: 'test' }
    class Utterance {
      onend: (() => void) | null = null
      constructor(public text: string) {}
    }
    ;(window as unknown as { SpeechSynthesisUtterance: unknown }).SpeechSynthesisUtterance = Utterance
    const synth = window.speechSynthesis as unknown as Record<string, unknown>
    synth.getVoices = () => [voice]
    synth.cancel = () => {}
    synth.speak = (u: Utterance) => {
      spoken.push(u.text)
      setTimeout(() => u.onend?.(), 0)
    }
  })
}

it('the AI voice speaks the therapist’s narration through the page’s audio, with captions, not the device voice', async () => {
  const url = servers.cloud!.url
  const s = await session(url, ['speech'])
  const { page, errors } = await pairedPage(url, s.code, undefined, deviceVoiceSpy)
  const therapist = await narrator(url, s.sessionId, s.cookie)
  const speechCalls = mock.count('speech')
  const voice = () => page.evaluate(() => window.__stillroom?.voice ?? null)
  const deviceSpoken = () =>
    page.evaluate(() => (window as unknown as { __deviceSpoken: string[] }).__deviceSpoken)
  try {
    // Connected (caps allow speech) and the page's sound running (autoplay allowed for the test browser).
    await until(
      voice,
      (v) => v?.context.state === 'running',
      'the AI voice on a running AudioContext',
      60_000,
    )

    // Control: the mock's default answer is not decodable, so this line falls back to the (spy) device voice.
    const undecodable = 'Notice the light on the water.'
    therapist.narrate(undecodable)
    await until(deviceSpoken, (d) => d.includes(undecodable), 'the device voice to take the undecodable line')

    // Real audio: a soft 0.6 s tone as a WAV file.
    mock.speechAudio = toneWav()
    const line = 'Let your shoulders soften, and breathe out slowly.'
    therapist.narrate(line)
    await until(
      () => snap(page),
      (x) => x?.caption === line,
      'the caption of the spoken line',
    )
    await expect.poll(() => page.locator('.session-caption').textContent()).toContain(line)
    await shoot(page, 'desktop-ai-voice-caption')
    const heard = (await until(
      voice,
      (v) => (v?.stats.playedSeconds ?? 0) >= 0.55,
      'the line to play out by the context clock',
    ))!
    const peakRms = await page.evaluate(() => window.__stillroom!.voice!.peakRms)
    console.log(`AI voice: ${JSON.stringify({ ...heard, peakRms })}`)
    expect(heard.stats.served).toBeGreaterThanOrEqual(1)
    expect(heard.stats.fellBack).toBe(1)
    expect(heard.stats.playedSeconds).toBeLessThan(0.7)
    // The tone (RMS ≈ 0.21 at full scale, 0.9 for the voice) was heard on the voice's own output.
    expect(peakRms).toBeGreaterThan(0.05)
    expect(heard.loudReads).toBeGreaterThanOrEqual(1)
    // The device voice only ever spoke the control line.
    expect(await deviceSpoken()).toEqual([undecodable])
    // Both lines went out once each; asked again, the server answers from its cache and labels the WAV honestly.
    expect(mock.count('speech') - speechCalls).toBe(2)
    const device = await page.evaluate(() => localStorage.getItem('stillroom.device'))
    const again = await fetch(`${url}/api/session/speech`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-stillroom-device': (JSON.parse(device!) as { deviceToken: string }).deviceToken,
      },
      body: JSON.stringify({ text: line }),
    })
    expect(again.status).toBe(200)
    expect(again.headers.get('content-type')).toBe('audio/wav')
    // Served from the client's cache (the provider count stays), without a header that says so.
    expect(again.headers.get('x-stillroom-cached')).toBeNull()
    expect(mock.count('speech') - speechCalls).toBe(2)
    expect(errors.filter((e) => /pageerror/.test(e))).toEqual([])
  } finally {
    mock.speechAudio = FAKE_MP3
    therapist.close()
    await page.close()
  }
})
