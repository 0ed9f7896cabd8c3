// Helpers for the two-page session tests: a therapist account made through the storage API, the console driven
// through its real login and controls, and the headset (IWER-emulated) paired with the console's code.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { createAccounts } from '../../src/server/auth/accounts'
import { createStorage } from '../../src/server/storage'
import type { SessionState } from '../../src/shared/session/state'

export const THERAPIST = { name: 'ann', password: 'calm-harbour-lighthouse-7' }
export const CONSOLE_VIEWPORT = { width: 1440, height: 900 }
const shotsDir = () =>
  process.env.STILLROOM_CONSOLE_SHOTS ?? join(import.meta.dirname, '__screenshots__/console')

/** Creates the therapist in the server's database before the server starts (as `stillroom user add` would). */
export async function createTherapist(dataDir: string, who = THERAPIST): Promise<void> {
  mkdirSync(dataDir, { recursive: true })
  const storage = createStorage(join(dataDir, 'stillroom.db'))
  try {
    await createAccounts(storage.sessions!).createUser({
      name: who.name,
      role: 'therapist',
      password: who.password,
    })
  } finally {
    await storage.close()
  }
}

export const shoot = async (page: Page, name: string): Promise<Buffer> => {
  const buffer = await page.screenshot({ type: 'png' })
  mkdirSync(shotsDir(), { recursive: true })
  writeFileSync(join(shotsDir(), `${name}.png`), buffer)
  return buffer
}

/** Signs in through the login form, as a therapist would. */
export async function loginConsole(page: Page, url: string, who = THERAPIST): Promise<void> {
  await page.goto(`${url}/console?e2e=1`)
  await page.getByLabel('Name', { exact: true }).fill(who.name)
  await page.getByLabel('Password').fill(who.password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await page.getByRole('heading', { name: 'Start a session' }).waitFor({ timeout: 90_000 })
}

/** Adds a client by pseudonym, starts a session, and returns the pairing code shown on screen. */
export async function startSession(page: Page, alias: string): Promise<string> {
  await page.getByLabel('New client (pseudonym)').fill(alias)
  await page.getByRole('button', { name: 'Add client' }).click()
  await page.getByRole('button', { name: `Start session with ${alias}` }).click()
  const code = page.locator('.pairing-code')
  await code.waitFor({ timeout: 90_000 })
  await page.waitForFunction(() => window.__stillroomConsole?.session !== null, undefined, {
    timeout: 90_000,
  })
  return (await code.getAttribute('data-code')) ?? ''
}

export const consoleState = (page: Page): Promise<SessionState> =>
  page.evaluate(() => window.__stillroomConsole!.session!)

/** Reads the console's session state. */
export const consoleSession = (page: Page) => page.evaluate(() => window.__stillroomConsole?.session ?? null)

/** Polls `read` (which runs in Node and may evaluate in pages) until `ok`; the pages' own state, never a clock. */
export async function until<T>(
  read: () => Promise<T>,
  ok: (v: T) => boolean,
  what: string,
  timeout = 90_000,
): Promise<T> {
  const deadline = Date.now() + timeout
  for (;;) {
    const v = await read()
    if (ok(v)) return v
    if (Date.now() > deadline)
      throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(v)?.slice(0, 400)}`)
    await new Promise((r) => setTimeout(r, 50))
  }
}

export const headsetSession = (page: Page) => page.evaluate(() => window.__stillroom?.session ?? null)

/** A headset page (desktop, no emulator: the words box is all the risk tests use) paired with the console's code. */
export async function pairPlainHeadset(
  head: Page,
  url: string,
  code: string,
  waitForFrame: (page: Page) => Promise<unknown>,
): Promise<void> {
  await head.goto(`${url}/?e2e=1`)
  await waitForFrame(head)
  if (!(await head.evaluate((c) => window.__stillroom!.pairWithCode(c), code)))
    throw new Error('pairing failed')
  await until(
    () => headsetSession(head),
    (h) => h?.connection === 'open',
    'the headset to join',
  )
}

/**
 * The client types words in the headset and presses Enter, as a client would; returns the epoch time (the
 * browser's one clock, performance.timeOrigin + now) of the Enter key, for timing what follows.
 */
export async function describeOnHeadset(head: Page, words: string): Promise<number> {
  const box = head.getByLabel('Describe a place or a feeling')
  await box.fill(words)
  await head.evaluate(() => {
    const w = window as unknown as { __enterAt?: number }
    delete w.__enterAt
    window.addEventListener(
      'keydown',
      (e) => {
        if (e.key === 'Enter' && w.__enterAt === undefined)
          w.__enterAt = performance.timeOrigin + performance.now()
      },
      { capture: true },
    )
  })
  await box.press('Enter')
  return head.evaluate(() => (window as unknown as { __enterAt: number }).__enterAt)
}

/**
 * Waits for the console's risk alert for the `n`th risk event of the session (1-based) and returns its id and the
 * ms from `since` to the first frame that showed it.
 */
export async function waitForRiskAlert(
  con: Page,
  n: number,
  since: number,
  timeout = 30_000,
): Promise<{ riskId: string; ms: number }> {
  const riskId = await until(
    () => con.evaluate((k) => window.__stillroomConsole?.session?.risks?.[k - 1]?.id ?? null, n),
    (id) => id !== null,
    `risk event ${n} on the console`,
    timeout,
  )
  const shownAt = await until(
    () => con.evaluate((id) => window.__stillroomConsole!.riskShown[id!] ?? null, riskId),
    (at) => at !== null,
    `the alert for risk event ${n}`,
    timeout,
  )
  return { riskId: riskId!, ms: shownAt! - since }
}
