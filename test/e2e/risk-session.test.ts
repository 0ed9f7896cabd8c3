// Words raised for risk in a live session (the console and a paired headset on one real server): the console's
// alert comes within a second of the client's Enter, with a soft chime that repeats and a changed tab title until
// the therapist acknowledges; the structured check is saved in the state and printed in the report. Nothing of the
// words is ever painted, whatever the approval mode. Waits read the pages' own state, never a fixed sleep, except
// where the test must show that something stopped (the chime).
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe as group, expect, it } from 'vitest'
import { CHIME_EVERY_MS } from '../../src/console/risk/risk-chime'
import { GENTLE_RISK_MESSAGE } from '../../src/shared/safety/crisis'
import type { SessionState } from '../../src/shared/session/state'
import { waitForFirstFrame } from './app-driver'
import {
  consoleSession,
  createTherapist,
  describeOnHeadset,
  headsetSession,
  loginConsole,
  pairPlainHeadset,
  startSession,
  until,
  waitForRiskAlert,
} from './console-driver'
import { launchBrowser, startServer, watchConsole, type RunningServer } from './harness'

const RISK_WORDS = 'I want to hurt myself'
const CALM_WORDS = 'a quiet harbour at dawn with small boats'
const CONSOLE_TITLE = 'Stillroom · Console'
const ALERT_TITLE = '● Check in with Robin — Stillroom'
// The headset draws in SwiftShader beside the console on two shared cores: a small window keeps it cheap.
const HEAD_VIEWPORT = { width: 560, height: 400 }

let server: RunningServer
let browser: Browser
let dataDir: string
let con: Page
let head: Page
const logs: string[][] = []

const state = async (): Promise<SessionState> => {
  const s = await consoleSession(con)
  if (!s) throw new Error('the console has no session')
  return s
}
const chimes = () => con.evaluate(() => window.__stillroomConsole!.riskChimes)
const soundPlaying = () => con.evaluate(() => window.__stillroomConsole!.riskSoundPlaying)
/** The headset page's visible text, its line breaks read as spaces. */
const headText = () => head.evaluate(() => document.body.innerText.replace(/\s+/g, ' '))
const alert = () => con.getByRole('alert', { name: 'Check in with Robin' })

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'stillroom-risk-e2e-'))
  await createTherapist(dataDir)
  server = await startServer({ dataDir, env: { STILLROOM_RATE_LIMIT: 'off' } })
  browser = await launchBrowser()
  // A context of its own, so the report can open beside the console with the same login.
  con = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage()
  con.setDefaultTimeout(90_000)
  logs.push(watchConsole(con))
  await loginConsole(con, server.url)
  const code = await startSession(con, 'Robin')
  head = await browser.newPage({ viewport: HEAD_VIEWPORT })
  head.setDefaultTimeout(90_000)
  logs.push(watchConsole(head))
  await pairPlainHeadset(head, server.url, code, (p) => waitForFirstFrame(p, 150_000))
  await until(state, (s) => s.phase === 'active', 'the session to become active')
}, 300_000)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
  rmSync(dataDir, { recursive: true, force: true })
})

group('risk in a live session', () => {
  it('alerts within a second, chimes until acknowledged, keeps the check, prints it; the headset paints nothing', async () => {
    expect((await state()).approval).toBe('clinical')
    expect(await con.title()).toBe(CONSOLE_TITLE)

    const safePlace = con.getByRole('button', { name: /Safe place/ })
    const before = await safePlace.boundingBox()

    const enterAt = await describeOnHeadset(head, RISK_WORDS)
    const { riskId, ms } = await waitForRiskAlert(con, 1, enterAt)
    console.log(`risk.alert_ms: ${ms.toFixed(0)} ms (Enter on the headset → alert drawn on the console)`)
    expect(ms).toBeLessThan(1000)
    await alert().waitFor({ state: 'visible', timeout: 5000 })
    const text = await alert().innerText()
    expect(text).toContain(`“${RISK_WORDS}”`)
    expect(text).toContain('Self-harm')
    expect(text).toContain('From the client')
    expect(text).toMatch(/\d\d:\d\d/)
    expect(await con.title()).toBe(ALERT_TITLE)

    // The event is raised, never an artwork; the headset gets no painting and none of the words.
    const raised = await state()
    expect(raised.artworks).toEqual([])
    expect(raised.risks?.[0]).toMatchObject({
      id: riskId,
      words: RISK_WORDS,
      from: 'client',
      acknowledgedAt: null,
    })

    // The chime plays and repeats (audio is allowed: the console was clicked at login).
    expect(await soundPlaying()).toBe(true)
    await until(chimes, (n) => n >= 2, 'the chime to repeat', CHIME_EVERY_MS * 3)
    expect(await con.evaluate(() => window.__stillroomConsole!.riskSoundBlocked)).toBe(false)
    // Safe place, Pause and End stay where they were, above the alert, and can still be pressed.
    const box = await safePlace.boundingBox()
    expect(box).toEqual(before)
    expect(box!.y + box!.height).toBeLessThanOrEqual((await alert().boundingBox())!.y)
    await con.getByRole('button', { name: 'End session' }).click()
    await con.getByRole('button', { name: 'Keep going' }).click()
    await safePlace.click({ trial: true })

    // Meanwhile the headset shows only the gentle message: no painting, none of the words.
    await until(
      headText,
      (t) => t.includes(GENTLE_RISK_MESSAGE.en),
      'the gentle message on the headset',
      30_000,
    )
    expect(await headText()).not.toContain('hurt myself')
    expect((await headsetSession(head))?.artworkIds).toEqual([])

    // "I'm with them": the sound stops, the title comes back, the check opens.
    await alert()
      .getByRole('button', { name: /I’m with them/ })
      .click()
    await until(soundPlaying, (p) => !p, 'the chime to stop')
    const afterAck = await chimes()
    const ackedAt = Date.now()
    await alert().waitFor({ state: 'detached', timeout: 10_000 })
    await until(
      () => con.title(),
      (t) => t === CONSOLE_TITLE,
      'the title to come back',
    )
    expect((await state()).risks?.[0]?.acknowledgedAt).not.toBeNull()

    const check = con.getByRole('dialog', { name: 'Risk check with Robin' })
    await check.waitFor({ state: 'visible', timeout: 10_000 })
    await check
      .getByRole('radiogroup', { name: /Wished they were dead/ })
      .getByRole('radio', { name: 'Yes', exact: true })
      .check()
    await check
      .getByRole('radiogroup', { name: /actual thoughts/ })
      .getByRole('radio', { name: 'No', exact: true })
      .check()
    await check.getByRole('checkbox', { name: 'Stayed with the client and talked it through' }).check()
    await check.getByRole('checkbox', { name: 'Made or reviewed a safety plan' }).check()
    await check
      .getByLabel('What you did and decided, in your words')
      .fill('Talked it through; safety plan reviewed.')
    await check.getByRole('button', { name: 'Save check' }).click()
    const saved = await until(state, (s) => s.risks?.[0]?.check != null, 'the check in the state')
    expect(saved.risks![0]!.check).toMatchObject({
      answers: {
        wishDead: 'yes',
        thoughts: 'no',
        method: 'not-asked',
        intent: 'not-asked',
        plan: 'not-asked',
        behaviour: 'not-asked',
      },
      actions: ['stayed-with-client', 'safety-plan'],
      note: 'Talked it through; safety plan reviewed.',
    })
    await check.getByText(/Check saved at \d\d:\d\d/).waitFor({ timeout: 10_000 })
    await con.locator('.risk-item[data-stage="checked"]').waitFor({ timeout: 10_000 })

    // No chime since the acknowledgement, a full turn later.
    await until(
      async () => Date.now() - ackedAt,
      (t) => t > CHIME_EVERY_MS + 500,
      'a full chime interval',
    )
    expect(await chimes()).toBe(afterAck)

    // The printable report shows the event and the check.
    const report = await con.context().newPage()
    logs.push(watchConsole(report))
    await report.goto(`${server.url}/console/sessions/${saved.id}/report`)
    const section = report.locator('.report-risks')
    await section.waitFor({ timeout: 60_000 })
    const printed = await section.innerText()
    expect(printed).toContain(`“${RISK_WORDS}”`)
    expect(printed).toContain('Self-harm')
    expect(printed).toMatch(/Acknowledged\s+\d\d:\d\d/)
    expect(printed).toContain('Made or reviewed a safety plan')
    expect(printed).toContain('Talked it through; safety plan reviewed.')
    expect(await section.locator('tr[data-answer="Yes"]').count()).toBe(1)
    await report.close()

    // The headset never painted anything nor showed the words.
    expect((await headsetSession(head))?.artworkIds).toEqual([])
    expect(await headText()).not.toContain('hurt myself')
    expect(logs.flat().filter((l) => l.includes('pageerror'))).toEqual([])
  })

  it('with approval open, still raises words of risk and paints nothing of them, while calm words are painted', async () => {
    // The check from the first case is still open beside the controls: close it, as a therapist would.
    await con
      .getByRole('dialog', { name: 'Risk check with Robin' })
      .getByRole('button', { name: 'Close' })
      .click()
    await con.getByRole('button', { name: 'New artworks wait for my approval' }).click()
    await until(state, (s) => s.approval === 'open', 'approval open')

    const enterAt = await describeOnHeadset(head, RISK_WORDS)
    const { ms } = await waitForRiskAlert(con, 2, enterAt)
    console.log(`risk.alert_ms (open approval): ${ms.toFixed(0)} ms`)
    expect(ms).toBeLessThan(1000)
    await alert().waitFor({ state: 'visible', timeout: 5000 })
    expect((await state()).artworks).toEqual([])
    await alert()
      .getByRole('button', { name: /I’m with them/ })
      .click()
    await alert().waitFor({ state: 'detached', timeout: 10_000 })

    await describeOnHeadset(head, CALM_WORDS)
    const painted = await until(state, (s) => s.artworks.length === 1, 'the calm words as an artwork')
    expect(painted.artworks[0]).toMatchObject({ state: 'approved' })
    expect(painted.artworks[0]!.artwork.text).toBe(CALM_WORDS)
    await until(
      () => headsetSession(head),
      (h) => h?.artworkIds.length === 1,
      'the painting on the headset',
    )
    expect((await state()).risks).toHaveLength(2)
    expect(await con.title()).toBe(CONSOLE_TITLE)
    expect(logs.flat().filter((l) => l.includes('pageerror'))).toEqual([])
  })
})
