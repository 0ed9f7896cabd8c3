// The headset's half of a live session, driven through its real keypad and scale, against a real server. The
// therapist is a plain `ws` client here; console.test.ts runs the console UI against the headset and covers the
// safe place (with safe_place_ms) and the reload rejoin. Nothing is timed on the wall clock: every wait reads the
// headset's own state through `window.__stillroom.session`.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, it } from 'vitest'
import WebSocket from 'ws'
import type { SessionSnapshot } from '../../src/client/session/session-client'
import { applyCommand, type Command, type ServerMessage, type SessionState } from '../../src/shared/session'
import { createTherapist, THERAPIST, until } from './console-driver'
import { launchBrowser, ROOT, startServer, watchConsole, type RunningServer } from './harness'
import { VIEWPORT, waitForFirstFrame } from './app-driver'
import { decodePng, meanColour } from './pixels'

// SwiftShader on a shared 2-core machine can take a while to produce two steady frames for Playwright's checks.
const SLOW = { timeout: 90_000 }
const SHOTS = process.env.STILLROOM_HEADSET_SHOTS ?? join(ROOT, 'test/e2e/__screenshots__/headset')

let server: RunningServer
let browser: Browser
let dataDir: string

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'stillroom-headset-'))
  await createTherapist(dataDir)
  server = await startServer({ dataDir, env: { STILLROOM_RATE_LIMIT: 'off' } })
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
  rmSync(dataDir, { recursive: true, force: true })
})

const shoot = async (page: Page, name: string) => {
  mkdirSync(SHOTS, { recursive: true })
  const png = await page.screenshot({ type: 'png', timeout: 90_000 })
  writeFileSync(join(SHOTS, `${name}.png`), png)
  return decodePng(png)
}

/** The therapist: a login cookie, a client, a session and its pairing code, then a socket that steers it. */
async function therapist(url: string) {
  const login = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: url },
    body: JSON.stringify(THERAPIST),
  })
  expect(login.status).toBe(200)
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!
  const post = async (path: string, body: unknown) => {
    const r = await fetch(`${url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, origin: url },
      body: JSON.stringify(body),
    })
    if (!r.ok) throw new Error(`${path} ${r.status}: ${await r.text()}`)
    return r.json()
  }
  const { client } = (await post('/api/clients', { alias: 'Robin' })) as { client: { id: string } }
  const created = (await post('/api/sessions', { clientId: client.id })) as {
    session: SessionState
    pairingCode: { code: string }
  }
  const ws = new WebSocket(`${url.replace('http', 'ws')}/api/session/socket`, {
    headers: { origin: url, cookie },
  })
  const poses: Array<{ t: number; artworkId?: string }> = []
  let state: SessionState | null = null
  let nextId = 1
  ws.on('message', (data) => {
    const m = JSON.parse(String(data)) as ServerMessage
    if (m.type === 'welcome') state = m.state
    // The therapist side applies commands with the same shared reducer the app uses.
    else if (m.type === 'applied' && state) state = applyCommand(state, m.command, m.at)
    else if (m.type === 'pose')
      poses.push({ t: m.t, ...(m.gaze?.artworkId ? { artworkId: m.gaze.artworkId } : {}) })
  })
  await new Promise((ok, fail) => ws.once('open', ok).once('error', fail))
  ws.send(JSON.stringify({ v: 1, type: 'hello', role: 'therapist', sessionId: created.session.id }))
  await until(
    async () => state,
    (s) => s !== null,
    'the therapist welcome',
  )
  return {
    code: created.pairingCode.code,
    get state() {
      return state!
    },
    poses,
    send(command: Command) {
      ws.send(JSON.stringify({ v: 1, type: 'command', id: `t${nextId++}`, command }))
    },
    close: () => ws.close(),
  }
}

const snap = (page: Page) =>
  page.evaluate(() => window.__stillroom?.session ?? null) as Promise<SessionSnapshot | null>
const started = Date.now()
const waitSnap = async (page: Page, ok: (s: SessionSnapshot) => boolean, what: string) => {
  const s = (await until(
    () => snap(page),
    (x) => x !== null && ok(x),
    what,
    60_000,
  )) as SessionSnapshot
  if (process.env.STILLROOM_E2E_VERBOSE)
    console.log(`${((Date.now() - started) / 1000).toFixed(1)} s: ${what}`)
  return s
}

it('pairs on the keypad, follows the therapist, keeps its own words pending, answers SUDS, pauses and ends gently', async () => {
  const t = await therapist(server.url)
  const page = await browser.newPage({ viewport: VIEWPORT })
  const errors = watchConsole(page)
  try {
    await page.goto(`${server.url}/?e2e=1`)
    await waitForFirstFrame(page)

    // The keypad: look-alike characters are refused, the code is typed as a client would.
    await page.getByRole('button', { name: 'Join a session' }).click(SLOW)
    const dialog = page.getByRole('dialog', { name: 'Join a session' })
    await dialog.waitFor(SLOW)
    await page.keyboard.type(`0o${t.code.toLowerCase().slice(0, 3)}`)
    await dialog.getByRole('button', { name: t.code[3]!, exact: true }).click(SLOW)
    await page.keyboard.type(t.code.slice(4))
    await expect.poll(() => dialog.locator('.code-box').allTextContents()).toEqual(t.code.split(''))
    await shoot(page, 'keypad-desktop')
    await dialog.getByRole('button', { name: 'Join', exact: true }).click(SLOW)
    let s = await waitSnap(page, (x) => x.stage === 'live', 'the headset to join')
    expect(s.pendingVisible).toBe(false)
    await until(
      async () => t.state.phase,
      (p) => p === 'active',
      'the session to become active',
    )

    // Steering: the scene follows; poses stream back at 20–30 Hz.
    t.send({ type: 'set-scene', biome: 'forest', timeOfDay: 'morning' })
    s = await waitSnap(page, (x) => x.biome === 'forest', 'the biome to change')
    // The rate is capped at 25 Hz by the gate (unit-tested); here the render loop under SwiftShader may be far
    // slower, so only the cap is checked: frames arrive and never closer together than a 30 Hz step.
    const poses = await until(
      async () => [...t.poses],
      (p) => p.length >= 5,
      'poses',
    )
    const gaps = poses.slice(1).map((p, i) => p.t - poses[i]!.t)
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(1000 / 30)

    // The client's own words wait for the therapist (clinical mode) and never reach the headset until approved.
    const words = page.getByLabel('Describe a place or a feeling')
    await words.fill('a quiet harbour at dawn with small boats')
    await words.press('Enter')
    const pending = await until(
      async () => t.state.artworks,
      (a) => a.length === 1,
      'the pending artwork on the therapist side',
    )
    expect(pending[0]!.state).toBe('pending')
    s = await waitSnap(page, (x) => (x.seq ?? 0) >= t.state.seq, 'the headset to catch up')
    expect(s.artworkIds).toEqual([])
    expect(s.pendingVisible).toBe(false)
    expect(s.note).toMatch(/therapist will look at this/)
    t.send({ type: 'approve', artworkId: pending[0]!.artwork.id })
    s = await waitSnap(page, (x) => x.artworkIds.length === 1, 'the approved artwork')
    expect(s.artworkIds).toEqual([pending[0]!.artwork.id])

    // SUDS through the big scale: choose, then send.
    t.send({ type: 'suds-request' })
    await waitSnap(page, (x) => x.suds !== null, 'the SUDS question')
    const scale = page.getByRole('dialog', { name: 'How distressed do you feel right now?' })
    await scale.getByRole('radio', { name: '3', exact: true }).click(SLOW)
    await shoot(page, 'suds-desktop')
    await scale.getByRole('button', { name: 'Send 3' }).click(SLOW)
    const ratings = await until(
      async () => t.state.suds.ratings,
      (r) => r.length === 1,
      'the rating',
    )
    expect(ratings[0]!.value).toBe(3)

    // Pause: a pale, quiet room (never black); resume lifts it.
    t.send({ type: 'pause' })
    s = await waitSnap(page, (x) => x.paused && x.fade.value === 1, 'the pause veil')
    const paused = meanColour(await shoot(page, 'paused-desktop'))
    // The quiet room is pale and warm, never black (docs/CLINICAL.md).
    expect(Math.min(...paused)).toBeGreaterThan(170)
    t.send({ type: 'resume' })
    await waitSnap(page, (x) => !x.paused && x.fade.value === 0, 'the resume')

    // End: the headset closes gently and forgets the session.
    t.send({ type: 'end' })
    s = await waitSnap(page, (x) => x.stage === 'ended' && x.fade.value === 1, 'the end')
    await page.getByText('The session has ended. Thank you.').waitFor(SLOW)
    expect(await page.evaluate(() => localStorage.getItem('stillroom.device'))).toBeNull()
    await shoot(page, 'ended-desktop')
    expect(errors.filter((l) => l.includes('pageerror'))).toEqual([])
  } catch (e) {
    throw new Error(`${(e as Error).message}\npage console:\n${errors.slice(-15).join('\n')}`, { cause: e })
  } finally {
    t.close()
    await page.close()
  }
}, 300_000)

it('shows the keypad at once on "Join a session" and keeps what is typed before its code has arrived', async () => {
  const page = await browser.newPage({ viewport: VIEWPORT })
  const errors = watchConsole(page)
  // A slow headset: the session's code is held at the network until the code has been typed.
  let release = () => {}
  const arrived = new Promise<void>((ok) => (release = ok))
  await page.route(/\/assets\/session-[\w-]+\.js$/, async (route) => {
    await arrived
    await route.continue()
  })
  try {
    await page.goto(`${server.url}/?e2e=1`)
    await waitForFirstFrame(page)
    const code = 'CK7H3W'
    await page.getByRole('button', { name: 'Join a session' }).click(SLOW)
    // At once, as a client who knows the code would: nothing waits for the keypad to appear.
    await page.keyboard.type(code.toLowerCase())
    const dialog = page.getByRole('dialog', { name: 'Join a session' })
    const early = await dialog.waitFor({ timeout: 30_000 }).then(
      () => true,
      () => false,
    )
    if (early) await shoot(page, 'keypad-opening')
    const beforeCode = await snap(page)
    release()
    await waitSnap(page, (s) => s.stage === 'keypad', 'the keypad with its code')
    await expect.poll(() => dialog.locator('.code-box').allTextContents()).toEqual(code.split(''))
    expect(early, 'the keypad shows before its code has arrived').toBe(true)
    expect(beforeCode, 'the shown keypad was the placeholder (no session code yet)').toBeNull()
    await dialog.getByText('Opening…').waitFor({ state: 'detached', timeout: 30_000 })
    await shoot(page, 'keypad-ready')
    await dialog.getByRole('button', { name: 'Not now' }).click(SLOW)
    await dialog.waitFor({ state: 'detached', timeout: 30_000 })
    expect(errors.filter((l) => l.includes('pageerror'))).toEqual([])
  } finally {
    release()
    await page.close()
  }
}, 300_000)

it('straight into VR: finds "Join a session" there, pairs on the VR keypad, and at the end is told it may take the headset off, with a way out', async () => {
  const t = await therapist(server.url)
  const page = await browser.newPage({ viewport: VIEWPORT })
  const errors = watchConsole(page)
  const api = <T>(fn: () => T) => page.evaluate(fn)
  const press = async (label: string) => {
    // The button is in the scene once laid out (a few frames): wait for it, then press it as the ray would.
    await page.waitForFunction(
      (name) => window.__stillroom!.objectPosition(name) !== null,
      `panel-button:${label}`,
      {
        timeout: 120_000,
      },
    )
    expect(
      await page.evaluate((name) => window.__stillroom!.pressObject(name), `panel-button:${label}`),
    ).toBe(true)
  }
  try {
    await page.goto(`${server.url}/?e2e=1&emulate=1`)
    await waitForFirstFrame(page)
    // The client puts the headset on and enters VR before touching anything on the page: no session is there yet.
    expect(await api(() => window.__stillroom!.session)).toBeNull()
    await page.getByRole('button', { name: 'Enter VR' }).click(SLOW)
    await page.waitForFunction(() => window.__stillroom!.inXR, undefined, SLOW)
    // "Join a session" stands low in front of the client, and "Join" on the wrist menu: the wrist's opens the keypad.
    await page.waitForFunction(
      () => window.__stillroom!.objectPosition('panel-button:Join a session') !== null,
      undefined,
      SLOW,
    )
    await press('wrist:Join')
    await waitSnap(page, (s) => s.stage === 'keypad', 'the VR keypad')
    for (const key of t.code) await press(key)
    await press('Join')
    await waitSnap(page, (s) => s.stage === 'live', 'the headset to join from VR')
    await until(
      async () => t.state.phase,
      (p) => p === 'active',
      'the session to become active',
    )

    t.send({ type: 'end' })
    await waitSnap(page, (x) => x.stage === 'ended', 'the end')
    const told = await until(
      () => api(() => window.__stillroom!.visibleTexts()),
      (texts) => texts.some((x) => x.includes('You can take the headset off now.')),
      'the words at the end, in VR',
    )
    expect(told.join(' ')).toContain('The session has ended. Thank you.')
    await shoot(page, 'ended-vr')
    // The way on: out of VR, back to the page, which says the same.
    await press('Leave VR')
    await page.waitForFunction(() => !window.__stillroom!.inXR, undefined, SLOW)
    await page.getByText('The session has ended. Thank you.').waitFor(SLOW)
    expect(errors.filter((l) => l.includes('pageerror'))).toEqual([])
  } catch (e) {
    throw new Error(`${(e as Error).message}\npage console:\n${errors.slice(-15).join('\n')}`, { cause: e })
  } finally {
    t.close()
    await page.close()
  }
}, 300_000)
