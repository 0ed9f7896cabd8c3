// Reusable pieces for the painter harness and the bench: a vite dev server, a Chromium page, a timing.
import { chromium } from 'playwright-core'
import type { Browser, Page } from 'playwright-core'
import { createServer } from 'vite'
import type { ViteDevServer } from 'vite'
import { fileURLToPath } from 'node:url'
import type { PainterHarness } from './main'
import type { SceneSpec } from '../../../src/shared/spec'
import { CHROMIUM, CHROMIUM_ARGS } from '../harness'

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url))

export type HarnessSession = { server: ViteDevServer; browser: Browser; page: Page; close(): Promise<void> }

/** Serve the repo with vite on a free port and open the harness page in headless Chromium. */
export async function openHarness(): Promise<HarnessSession> {
  // No HMR or watching: an edit elsewhere in the repo must not reload the page mid-measurement.
  const server = await createServer({
    root: repoRoot,
    server: { port: 0, host: '127.0.0.1', hmr: false, watch: null },
    logLevel: 'warn',
  })
  await server.listen()
  const address = server.httpServer?.address()
  if (!address || typeof address === 'string') throw new Error('vite did not listen on a port')
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
  const page = await browser.newPage({ viewport: { width: 1100, height: 1100 } })
  page.on('pageerror', (e) => console.error('page error:', e.message))
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') console.error('page:', m.text())
  })
  await page.goto(`http://127.0.0.1:${address.port}/test/e2e/painter-harness/index.html`)
  await page.waitForFunction(() => document.title === 'ready', undefined, { timeout: 120_000 })
  return {
    server,
    browser,
    page,
    async close() {
      await browser.close()
      await server.close()
    },
  }
}

/** Paint one spec in the page; returns PNG bytes. */
export async function paintPng(page: Page, spec: SceneSpec, seed: number, size: number): Promise<Buffer> {
  const url = await page.evaluate(
    ([s, n, z]) => (window as unknown as { painterHarness: PainterHarness }).painterHarness.paint(s, n, z),
    [spec, seed, size] as const,
  )
  return Buffer.from(url.slice(url.indexOf(',') + 1), 'base64')
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)] ?? NaN
}

/**
 * For the bench: median wall-clock ms of painting a 1024 (and 256) painting in the harness page, after one
 * warm-up paint that also compiles the shader (reported as `firstPaintMs`).
 */
export async function measurePaint(
  page: Page,
  spec: SceneSpec,
  runs = 10,
): Promise<{ median1024Ms: number; median256Ms: number; firstPaintMs: number; runs1024: number[] }> {
  const time = (size: number, n: number): Promise<number[]> =>
    page.evaluate(
      ([s, z, k]) =>
        (window as unknown as { painterHarness: PainterHarness }).painterHarness.time(s, 7, z, k),
      [spec, size, n] as const,
    )
  const [first = NaN] = await time(1024, 1)
  const runs1024 = await time(1024, runs)
  const runs256 = await time(256, runs)
  return { median1024Ms: median(runs1024), median256Ms: median(runs256), firstPaintMs: first, runs1024 }
}
