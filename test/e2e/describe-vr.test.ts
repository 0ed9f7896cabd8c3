// Words from inside the headset (IWER's emulated Quest 3): a client alone in VR opens Describe with the controller's
// ray, builds a description from word chips, then types one on the calm keyboard, and each painting fades in on
// the wall; words that touch on trauma get the gentle line in VR and no painting. In a session the same panel's
// words wait for the therapist, who approves them on the console.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { VIEWPORT, waitForFirstFrame } from './app-driver'
import {
  CONSOLE_VIEWPORT,
  consoleState,
  createTherapist,
  loginConsole,
  startSession,
  until,
} from './console-driver'
import { launchBrowser, startServer, watchConsole, type RunningServer } from './harness'
import { vrPanels } from './vr-panels'
import { poke, useHands } from './xr-hands'
import { aimController, pressButton, waitForPointer, watchPointer } from './xr-driver'

let server: RunningServer
let browser: Browser
let page: Page
let lines: string[]
let dataDir: string
const SHOTS = join(import.meta.dirname, '__screenshots__')
const SLOW = { timeout: 120_000 }

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'stillroom-describe-'))
  await createTherapist(dataDir)
  server = await startServer({ dataDir, env: { STILLROOM_RATE_LIMIT: 'off' } })
  browser = await launchBrowser()
  page = await browser.newPage({ viewport: VIEWPORT })
  lines = watchConsole(page)
  await page.goto(`${server.url}/?e2e=1&emulate=1`)
  await waitForFirstFrame(page)
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
  rmSync(dataDir, { recursive: true, force: true })
})

const panels = () => vrPanels(page)
const placed = (name: string) => panels().placed(name)
const press = (label: string) => panels().press(label)
const waitText = (pred: (all: string[]) => boolean, what: string) => panels().waitText(pred, what)
const painted = (count: number) => panels().painted(count)

it('alone in VR: chips, then the keyboard, each make a painting; held words get the gentle line', async () => {
  try {
    await page.getByRole('button', { name: 'Enter VR' }).click(SLOW)
    await page.waitForFunction(() => window.__stillroom!.inXR, undefined, SLOW)

    // The real path once: the right controller's ray on "Describe", and the trigger.
    const button = await placed('panel-button:Describe')
    await watchPointer(page, 'panel-button:Describe', 'ray')
    await aimController(page, 'right', { x: 0.2, y: 1.1, z: -0.25 }, button)
    await waitForPointer(page, 'panel-button:Describe', 'ray')
    await pressButton(page, 'right')
    await placed('describe-preview')
    await waitText((all) => all.includes('Describe your place'), 'the panel')

    // Word chips only: a place, a time, a thing, a feeling; the sentence grows in the preview.
    await press('Beach')
    await press('Time')
    await press('Dusk')
    await press('Things')
    await press('Birds')
    await press('Feelings')
    await press('Calm')
    await waitText(
      (all) => all.includes('a quiet beach at dusk, with birds, feeling calm'),
      'the sentence from the chips',
    )
    mkdirSync(SHOTS, { recursive: true })
    await page.screenshot({ path: join(SHOTS, 'describe-vr-chips.png') })
    await press('Create')
    await painted(1)
    const first = await page.evaluate(() => window.__stillroom!.store.getState().artworks.at(-1)!)
    expect(first.text).toBe('a quiet beach at dusk, with birds, feeling calm')
    expect(first.spec.biome).toBe('beach')
    await waitText((all) => all.includes('Your painting is on the wall. Take your time.'), 'the confirmation')

    // The calm keyboard: letters, a space, a suggestion that completes the word.
    await press('Keyboard')
    for (const k of ['a', 'Space', 'g', 'a', 'r']) await press(k)
    await press('garden')
    await waitText((all) => all.includes('a garden'), 'the typed words')
    await page.screenshot({ path: join(SHOTS, 'describe-vr-keyboard.png') })
    await press('Create')
    await painted(2)
    expect(await page.evaluate(() => window.__stillroom!.store.getState().artworks.at(-1)!.text)).toBe(
      'a garden',
    )

    // Words about war are never painted: the gentle line, in VR, and nothing new on the wall.
    for (const k of ['w', 'a', 'r']) await press(k)
    await press('Create')
    await waitText((all) => all.some((t) => t.startsWith('This one was not painted.')), 'the held line in VR')
    expect(await page.evaluate(() => window.__stillroom!.shown)).toBe(2)
    expect(lines.filter((l) => l.includes('pageerror'))).toEqual([])
  } catch (e) {
    throw new Error(`${(e as Error).message}\npage console:\n${lines.slice(-15).join('\n')}`, { cause: e })
  }
}, 400_000)

it('with tracked hands: the fingertip pokes Close, Describe, the keys and Create, and the painting fades in', async () => {
  // The same page, still in VR after the test above. IWER emulates Quest hands: the app's touch pointer follows the
  // index-fingertip joint's pose, so this is the poke a client makes, short of a real finger's smooth path (see
  // xr-hands.ts).
  try {
    await useHands(page, 'right')
    await poke(page, 'right', 'panel-button:Close')
    await placed('panel-button:Describe')
    await poke(page, 'right', 'panel-button:Describe')
    await waitText((all) => all.includes('Describe your place'), 'the panel, poked open')
    // It comes back as it was left: the keyboard.
    await placed('panel-button:Word chips')
    for (const key of ['s', 'e', 'a']) {
      await placed(`panel-button:${key}`)
      await poke(page, 'right', `panel-button:${key}`)
    }
    await waitText((all) => all.includes('sea'), 'the poked letters')
    await page.screenshot({ path: join(SHOTS, 'describe-vr-hands.png') })
    await poke(page, 'right', 'panel-button:Create')
    await painted(3)
    expect(await page.evaluate(() => window.__stillroom!.store.getState().artworks.at(-1)!.text)).toBe('sea')
    expect(lines.filter((l) => l.includes('pageerror'))).toEqual([])
  } catch (e) {
    throw new Error(`${(e as Error).message}\npage console:\n${lines.slice(-15).join('\n')}`, { cause: e })
  }
}, 400_000)

it('in a session: the panel’s words go to the therapist, who approves them on the console', async () => {
  const con = await browser.newPage({ viewport: CONSOLE_VIEWPORT })
  page = await browser.newPage({ viewport: VIEWPORT })
  lines = watchConsole(page)
  try {
    await loginConsole(con, server.url)
    const code = await startSession(con, 'Robin')
    await page.goto(`${server.url}/?e2e=1&emulate=1`)
    await waitForFirstFrame(page)
    expect(await page.evaluate((c) => window.__stillroom!.pairWithCode(c), code)).toBe(true)
    await page.waitForFunction(() => window.__stillroom!.session?.stage === 'live', undefined, SLOW)
    await page.getByRole('button', { name: 'Enter VR' }).click(SLOW)
    await page.waitForFunction(() => window.__stillroom!.inXR, undefined, SLOW)
    await press('Describe')
    await press('Garden')
    await press('Weather')
    await press('Gentle rain')
    await waitText((all) => all.includes('a garden in gentle rain'), 'the sentence')
    // The therapist asks for a rating: the question comes first, the panel steps aside with its words kept.
    await con.getByRole('button', { name: 'Ask for a rating' }).click()
    await placed('panel-button:7')
    expect(await page.evaluate(() => window.__stillroom!.objectPosition('describe-preview'))).toBeNull()
    await press('7')
    await press('Send 7')
    await waitText((all) => all.includes('a garden in gentle rain'), 'the sentence, back after the rating')
    await press('Create')
    const pending = await until(
      () => consoleState(con),
      (st) => st.artworks.some((e) => e.state === 'pending'),
      'the words on the console, waiting',
    )
    const entry = pending.artworks.find((e) => e.state === 'pending')!
    expect(entry.artwork.text).toBe('a garden in gentle rain')
    // Nothing on the client's wall until the therapist says so.
    expect(await page.evaluate(() => window.__stillroom!.shown)).toBe(0)
    await con
      .locator(`.pending-item[data-artwork-id="${entry.artwork.id}"]`)
      .getByRole('button', { name: 'Approve' })
      .click()
    await painted(1)
    expect(lines.filter((l) => l.includes('pageerror'))).toEqual([])
  } catch (e) {
    throw new Error(`${(e as Error).message}\npage console:\n${lines.slice(-15).join('\n')}`, { cause: e })
  } finally {
    await con.close()
  }
}, 400_000)
