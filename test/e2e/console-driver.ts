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
