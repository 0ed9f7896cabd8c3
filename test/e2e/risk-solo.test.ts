// Words of risk from a client on their own, in the real built app: nothing is painted, sent or kept; the crisis
// panel opens with the clinic's own text and a way on (grounding), on the screen and in the emulated headset, where
// the controller ray closes it.
import { afterAll, beforeAll, describe as group, expect, it, onTestFailed } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { launchBrowser, startServer, watchConsole, type RunningServer } from './harness'
import { describe, VIEWPORT, waitForFirstFrame, waitForPainting } from './app-driver'
import { aimController, pressButton, waitFrames } from './xr-driver'

const CLINIC_TEXT = 'Call the Riverside Clinic line on 0100 000 000, day or night.'
const RISK_WORDS = 'I want to hurt myself'
const CALM_WORDS = 'a quiet beach at sunset, the waves coming in slowly'
const HEADING = 'You reached out — thank you'
/** A safety margin for a machine busy with other work (SwiftShader on two shared cores). */
const SLOW = 300_000
const WAIT = { timeout: 120_000, polling: 100 }

let server: RunningServer
let browser: Browser
let page: Page
let consoleLines: string[]
/** Every request the page made that carried the words of risk (in its address or its body): must stay empty. */
const leaks: string[] = []
/** What every request carried, decoded: the calm words' request shows the watch would see words if they were sent. */
const carriedAll: string[] = []
/** The page's solo device id (the server keeps each device's gallery apart), as the page sends or receives it. */
let soloDevice: string | undefined
const SOLO_HEADER = 'x-stillroom-solo'

beforeAll(async () => {
  server = await startServer({ env: { STILLROOM_RATE_LIMIT: 'off', STILLROOM_CRISIS_TEXT: CLINIC_TEXT } })
  browser = await launchBrowser()
  page = await browser.newPage({ viewport: VIEWPORT })
  consoleLines = watchConsole(page)
  page.on('request', (r) => {
    // Plain, encoded or form-encoded: any way the words could travel in an address or a body.
    const raw = `${r.url()} ${r.postData() ?? ''}`
    const carried = [raw, raw.replace(/\+/g, ' ')].map((t) => {
      try {
        return decodeURIComponent(t).toLowerCase()
      } catch {
        return t.toLowerCase()
      }
    })
    carriedAll.push(...carried)
    soloDevice = r.headers()[SOLO_HEADER] ?? soloDevice
    if (carried.some((t) => t.includes('hurt myself'))) leaks.push(`${r.method()} ${r.url()}`)
  })
  page.on('response', (r) => void (soloDevice = r.headers()[SOLO_HEADER] ?? soloDevice))
  await page.goto(`${server.url}/?e2e=1&emulate=1`)
  await waitForFirstFrame(page)
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

/** The artworks the server lists for this page's device (none before it has a device id: none were stored). */
const serverArtworks = async () => {
  const r = await fetch(`${server.url}/api/artworks`, {
    headers: soloDevice ? { [SOLO_HEADER]: soloDevice } : {},
  })
  return ((await r.json()) as { artworks: unknown[] }).artworks.length
}
const storeArtworks = () => page.evaluate(() => window.__stillroom!.artworks)
const wordsBox = () => page.getByLabel('Describe a place or a feeling')
const isOpen = () => page.evaluate(() => window.__stillroom!.risk?.open === true)
const camera = () => page.evaluate(() => window.__stillroom!.camera)

/** Where the named scene object is once it has stopped moving (a panel that follows the view may still glide). */
const settledPosition = async (name: string) => {
  type P = { x: number; y: number; z: number }
  let last: P | null = null
  for (let i = 0; i < 30; i++) {
    const p = await page.evaluate((n) => window.__stillroom!.objectPosition(n), name)
    if (p && last && Math.hypot(p.x - last.x, p.y - last.y, p.z - last.z) < 1e-3) return p
    last = p
    await waitFrames(page, 2)
  }
  throw new Error(`${name} did not come to rest (last seen at ${JSON.stringify(last)})`)
}
/** Whether the words are anywhere the page keeps things: the box, the store, local or session storage. */
const wordsKept = () =>
  page.evaluate((words) => {
    const box = document.querySelector('textarea')?.value ?? ''
    const stores = [localStorage, sessionStorage].flatMap((s) =>
      Array.from({ length: s.length }, (_, i) => s.getItem(s.key(i)!) ?? ''),
    )
    const state = JSON.stringify(window.__stillroom!.store.getState())
    return [box, state, ...stores].some((v) => v.toLowerCase().includes(words))
  }, 'hurt myself')

group('words of risk, solo', () => {
  it(
    'paints nothing, sends nothing, and opens the crisis panel with the clinic text and grounding',
    async () => {
      expect(await storeArtworks()).toBe(0)
      await describe(page, RISK_WORDS)
      const dialog = page.getByRole('dialog', { name: HEADING })
      await dialog.waitFor({ timeout: 60_000 })
      // The clinic's text (from the server's crisis text route), not the built-in default.
      await page.waitForFunction((t) => window.__stillroom!.risk?.crisis.text === t, CLINIC_TEXT, WAIT)
      await page.waitForFunction(
        // The panel keeps a phone number on one line with no-break spaces.
        (t) =>
          document
            .querySelector('[role="dialog"]')
            ?.textContent?.replace(/\u00a0/g, ' ')
            .includes(t) === true,
        CLINIC_TEXT,
        WAIT,
      )
      expect(await dialog.evaluate((el) => el === document.activeElement), 'focus moves to the panel').toBe(
        true,
      )
      expect(await wordsBox().inputValue()).toBe('')
      expect(await wordsKept()).toBe(false)
      expect(leaks).toEqual([])
      expect(await storeArtworks()).toBe(0)
      expect(await serverArtworks()).toBe(0)
      // No "Painting…", no error: the status line stays quiet behind the panel.
      expect(await page.evaluate(() => window.__stillroom!.store.getState().status.kind)).toBe('idle')

      // Grounding starts the 5-4-3-2-1 exercise the app has for solo use, and the panel goes.
      await dialog.getByRole('button', { name: 'Try a grounding exercise' }).click()
      await page.waitForFunction(
        () => window.__stillroom!.sound?.exercise?.id === 'grounding',
        undefined,
        WAIT,
      )
      await dialog.waitFor({ state: 'detached', timeout: 30_000 })
      await page.evaluate(() => window.__stillroom!.sound!.stopExercise())

      // Escape closes it too.
      await describe(page, RISK_WORDS)
      await dialog.waitFor({ timeout: 60_000 })
      await page.keyboard.press('Escape')
      await dialog.waitFor({ state: 'detached', timeout: 30_000 })
      expect(leaks).toEqual([])
      expect(await serverArtworks()).toBe(0)
      expect(consoleLines.filter((l) => l.includes('pageerror'))).toEqual([])
    },
    SLOW,
  )

  it(
    'still paints calm words (the screen holds back only words of risk)',
    async () => {
      await describe(page, CALM_WORDS)
      await waitForPainting(page, 1)
      expect(await serverArtworks()).toBe(1)
      // The request watch does see words that are sent (so its silence about the words of risk means something).
      expect(carriedAll.some((t) => t.includes(CALM_WORDS))).toBe(true)
      expect(await page.getByRole('dialog').count()).toBe(0)
    },
    SLOW,
  )

  it(
    'in the emulated headset: the crisis panel stands in the scene and the controller ray closes it',
    async () => {
      // Where the time went, for a failure on a busy machine.
      const t0 = Date.now()
      const phases: string[] = []
      const phase = (name: string) => phases.push(`${name} ${((Date.now() - t0) / 1000).toFixed(1)} s`)
      onTestFailed(() => console.warn(`risk-solo VR: ${phases.join(', ')}`))
      await page.evaluate(() => window.__stillroom!.enterVR())
      await page.waitForFunction(() => window.__stillroom!.inXR, undefined, WAIT)
      await waitFrames(page, 3)
      phase('in VR')
      // The same path as on the screen (the emulator's canvas covers the page, so no mouse: type and press).
      await describe(page, RISK_WORDS)
      await page.waitForFunction(() => window.__stillroom!.risk?.vrPanelFade === 1, undefined, WAIT)
      phase('panel shown')
      expect(await page.evaluate(() => window.__stillroom!.objectPosition('crisis-panel'))).not.toBeNull()
      expect(await storeArtworks()).toBe(1)
      expect(await serverArtworks()).toBe(1)
      expect(leaks).toEqual([])

      // Aim the right controller's ray at Close and pull the trigger, through IWER's DevUI handle. The panel follows
      // the view, so aim only once it stands still; a pull that finds nothing is tried again, as a person would.
      const tries: string[] = []
      for (let attempt = 0; attempt < 3 && (await isOpen()); attempt++) {
        const close = await settledPosition('panel-button:Close')
        await aimController(page, 'right', { x: 0.2, y: 1.2, z: -0.3 }, close)
        await waitFrames(page, 3)
        await pressButton(page, 'right')
        for (let f = 0; f < 20 && (await isOpen()); f++) await waitFrames(page, 1)
        tries.push(`aimed at ${JSON.stringify(close)}, camera ${JSON.stringify(await camera())}`)
        phase(`pull ${attempt + 1}`)
      }
      expect(await isOpen(), `the ray closes the panel (${tries.join('; ')})`).toBe(false)
      if (tries.length > 1)
        console.warn(`risk-solo: the ray needed ${tries.length} pulls: ${tries.join('; ')}`)
      // It fades away over its second or so, then leaves the scene; the painting stays the only one.
      await page.waitForFunction(() => window.__stillroom!.risk?.vrPanelFade === null, undefined, WAIT)
      expect(await page.evaluate(() => window.__stillroom!.objectPosition('crisis-panel'))).toBeNull()
      expect(await storeArtworks()).toBe(1)
      expect(await serverArtworks()).toBe(1)
      expect(consoleLines.filter((l) => l.includes('pageerror'))).toEqual([])
    },
    // Entering VR on SwiftShader is the slowest part of the file; a busy machine can take minutes over it.
    SLOW * 2,
  )
})
