// Shared set-up for browser tests and benchmarks: a real Stillroom server (the same main.ts that `npm start`
// runs, on a temporary data folder) and Debian's Chromium driven by playwright-core.
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync, mkdirSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'

export const ROOT = resolve(import.meta.dirname, '../..')
export const SCREENSHOTS = join(ROOT, 'test/e2e/__screenshots__')
export const CHROMIUM = process.env.STILLROOM_CHROMIUM ?? '/usr/bin/chromium'

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--autoplay-policy=no-user-gesture-required',
]

export const freePort = () =>
  new Promise<number>((ok, fail) => {
    const srv = createServer()
    srv.once('error', fail)
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address()
      const port = typeof addr === 'object' && addr ? addr.port : 0
      srv.close(() => ok(port))
    })
  })

export type RunningServer = { url: string; dataDir: string; stop: () => Promise<void>; log: () => string }

/** Starts `src/server/main.ts` (serving the built `dist/`) on a free port with a fresh data folder. */
export const startServer = async (
  opts: { dataDir?: string; env?: Record<string, string> } = {},
): Promise<RunningServer> => {
  const dataDir = opts.dataDir ?? mkdtempSync(join(tmpdir(), 'stillroom-e2e-'))
  mkdirSync(dataDir, { recursive: true })
  const port = await freePort()
  let output = ''
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', STILLROOM_DATA: dataDir, ...opts.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()))
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()))
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 30_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${output}`)
    try {
      const r = await fetch(`${url}/api/health`)
      if (r.ok) break
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) throw new Error(`server did not answer within 30 s:\n${output}`)
    await new Promise((r) => setTimeout(r, 150))
  }
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r))
      child.kill('SIGTERM')
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))])
      if (child.exitCode === null) child.kill('SIGKILL')
    }
    if (!opts.dataDir) rmSync(dataDir, { recursive: true, force: true })
  }
  return { url, dataDir, stop, log: () => output }
}

/** `extraArgs` adds flags for one test file only (e.g. the fake microphone of speech.test.ts). */
/**
 * The solo device every test page is: solo paintings belong to the device that made them, so artworks seeded with
 * `postArtwork` hang in the gallery of the pages this browser opens (their localStorage holds the same solo id).
 */
export const E2E_SOLO_TOKEN = 'e2e-solo-device-0123456789abcdefghijklmnop'
const SOLO_STORAGE_KEY = 'stillroom.soloDevice'

export const launchBrowser = async (extraArgs: readonly string[] = []): Promise<Browser> => {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [...CHROMIUM_ARGS, ...extraArgs],
    headless: true,
  })
  const newContext = browser.newContext.bind(browser)
  browser.newContext = async (options) => {
    const context = await newContext(options)
    await context.addInitScript(
      ([key, token]) => {
        try {
          if (!localStorage.getItem(key)) localStorage.setItem(key, token)
        } catch {
          // A page without storage (about:blank) has no solo gallery either.
        }
      },
      [SOLO_STORAGE_KEY, E2E_SOLO_TOKEN] as const,
    )
    return context
  }
  browser.newPage = async (options) => {
    const context = await browser.newContext(options)
    const page = await context.newPage()
    // Like Playwright's own newPage: the page owns its context.
    page.once('close', () => void context.close().catch(() => undefined))
    return page
  }
  return browser
}

/** Collects console errors and page errors so a test can show them when it fails. */
export const watchConsole = (page: Page) => {
  const lines: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') lines.push(`[${m.type()}] ${m.text()}`)
  })
  page.on('pageerror', (e) => lines.push(`[pageerror] ${e.message}`))
  return lines
}

export const postArtwork = async (url: string, text: string) => {
  const r = await fetch(`${url}/api/artworks`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-stillroom-solo': E2E_SOLO_TOKEN },
    body: JSON.stringify({ text }),
  })
  if (!r.ok) throw new Error(`POST /api/artworks ${r.status}: ${await r.text()}`)
  return r.json()
}
