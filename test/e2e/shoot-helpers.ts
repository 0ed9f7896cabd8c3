// The start-up every screenshot script (test/e2e/*-shoot.ts) shares: the built app on a free port with the rate
// limit off, a browser, pages that collect their console errors, a paired headset, and a tidy stop at the end.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { VIEWPORT, waitForFirstFrame } from './app-driver'
import { createTherapist } from './console-driver'
import { launchBrowser, startServer, watchConsole } from './harness'
import type { RunningServer } from './harness'

export interface ShootRig {
  server: RunningServer
  browser: Browser
  dataDir: string
}

export interface ShootOptions {
  /** Adds the console's therapist (console-driver `THERAPIST`) to a fresh data folder first. @default false */
  therapist?: boolean
  /** Fills the fresh data folder (accounts, seeded sessions) before the server starts. */
  prepare?: (dataDir: string) => Promise<void>
  /** More server environment; the rate limit is always off, since a script clicks faster than a person. */
  env?: Record<string, string>
  /** More browser flags (e.g. a fake microphone). */
  browserArgs?: readonly string[]
}

/** Starts the built app on a fresh data folder and a browser, runs `shoot`, and always stops both and removes the folder. */
export async function runShoot(
  name: string,
  options: ShootOptions,
  shoot: (rig: ShootRig) => Promise<void>,
): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), `stillroom-${name}-shoot-`))
  let server: RunningServer | undefined
  let browser: Browser | undefined
  try {
    if (options.therapist) await createTherapist(dataDir)
    await options.prepare?.(dataDir)
    server = await startServer({ dataDir, env: { STILLROOM_RATE_LIMIT: 'off', ...options.env } })
    browser = await launchBrowser(options.browserArgs)
    await shoot({ server, browser, dataDir })
  } finally {
    await browser?.close()
    await server?.stop()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

/**
 * A new page at `url` that collects its console errors (`lines`). tsx compiles the functions a script hands to
 * `page.evaluate` with calls to `__name`, which the page does not have: a no-op one is defined first.
 */
export async function openPage(
  browser: Browser,
  url: string,
  viewport: { width: number; height: number },
  options: { acceptDownloads?: boolean } = {},
): Promise<{ page: Page; lines: string[] }> {
  const page = await browser.newPage({ viewport, ...options })
  const lines = watchConsole(page)
  await page.addInitScript('globalThis.__name = (f) => f')
  await page.goto(url)
  return { page, lines }
}

/** An emulated headset page that has painted its first frame and paired with the console's code. */
export async function pairHeadset(
  browser: Browser,
  serverUrl: string,
  code: string,
): Promise<{ page: Page; lines: string[] }> {
  const head = await openPage(browser, `${serverUrl}/?e2e=1&emulate=1`, VIEWPORT)
  await waitForFirstFrame(head.page)
  if (!(await head.page.evaluate((c) => window.__stillroom!.pairWithCode(c), code)))
    throw new Error('pairing failed')
  return head
}
