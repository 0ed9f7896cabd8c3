// Screenshots of the timeline for looking at (not a test): `STILLROOM_DIST=… npx tsx test/e2e/timeline-shoot.ts [dir]`.
// Seeds a client with a few sessions, pairs a headset page, switches to Timeline, shoots the desktop view, the
// emulated VR view and the console's timeline strip.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { DAY, startTimelineServer, therapistSocket } from '../integration/timeline-seed'
import { VIEWPORT } from './app-driver'
import { CONSOLE_VIEWPORT, loginConsole, until } from './console-driver'
import { launchBrowser, watchConsole } from './harness'

const OUT = process.argv[2] ?? '/work/notes/shots/timeline'
const NOW = Date.now()
const t0 = Date.now()
const log = (what: string) => console.log(`${((Date.now() - t0) / 1000).toFixed(1)} s: ${what}`)

async function shoot(page: Page, name: string) {
  mkdirSync(OUT, { recursive: true })
  writeFileSync(join(OUT, `${name}.png`), await page.screenshot({ type: 'png', timeout: 120_000 }))
  log(`shot ${name}`)
}

const env = await startTimelineServer(() => [
  { id: 'first', startedAt: NOW - 28 * DAY, artworks: [{}, {}, {}] },
  { id: 'second', startedAt: NOW - 21 * DAY, artworks: [{}, {}] },
  { id: 'third', startedAt: NOW - 14 * DAY, artworks: [{}, {}, {}, {}, {}, {}] },
  { id: 'fourth', startedAt: NOW - 7 * DAY, artworks: [{}, {}, {}, {}] },
])
log('server up')
const browser = await launchBrowser()
try {
  const therapist = await therapistSocket(env.url, env.cookie, env.sessionId)
  therapist.send({ type: 'set-view', view: 'timeline' })
  if (process.argv[3] !== 'console') await shootHeadset(therapist)
  therapist.close()
  await shootConsole()
} finally {
  await browser.close()
  await env.stop()
}

async function shootConsole() {
  const c = await browser.newPage({ viewport: CONSOLE_VIEWPORT })
  const errors = watchConsole(c)
  await loginConsole(c, env.url)
  await c.locator('[data-timeline-for="timeline-client"] summary').click()
  await until(
    () => c.locator('img.timeline-img').count(),
    (n) => n >= 15,
    'thumbnails',
    300_000,
  )
  await shoot(c, 'console-strip')
  await c.locator('.timeline-thumb').nth(4).click()
  await until(
    () => c.locator('img.timeline-large').count(),
    (n) => n === 1,
    'large picture',
    300_000,
  )
  await shoot(c, 'console-strip-open')
  await c.keyboard.press('Escape')
  await c.getByRole('button', { name: 'Open', exact: true }).first().click()
  await c.waitForTimeout(20_000)
  await shoot(c, 'console-session-timeline')
  log(`console errors: ${errors.join('\n')}`)
  await c.close()
}

async function shootHeadset(therapist: Awaited<ReturnType<typeof therapistSocket>>) {
  const page = await browser.newPage({ viewport: VIEWPORT })
  const errors = watchConsole(page)
  page.on('console', (m) => m.type() === 'warning' && log(`[page] ${m.text()}`))
  await page.addInitScript((d) => localStorage.setItem('stillroom.device', JSON.stringify(d)), env.device)
  await page.goto(`${env.url}/?e2e=1&emulate=1`)
  await until(
    () => page.evaluate(() => window.__stillroom?.session?.stage ?? null),
    (s) => s === 'live',
    'live',
    200_000,
  )
  log('live')
  therapist.send({ type: 'set-view', view: 'timeline' })
  await until(
    () => page.evaluate(() => window.__stillroom?.timeline ?? null),
    (p) => p !== null && p.status === 'ready',
    'timeline',
    200_000,
  )
  log('timeline ready')
  await until(
    () => page.evaluate(() => window.__stillroom!.paintedCount),
    (n) => n >= 5,
    'painted',
    300_000,
  )
  await until(
    () => page.evaluate(() => window.__stillroom!.fadeState.every((f) => f.opacity >= 1)),
    (x) => x,
    'faded',
    200_000,
  )
  await shoot(page, 'desktop-start')
  const probe = await page.evaluate(() => window.__stillroom!.timeline!)
  const r2 = probe.rooms[2]!
  // The doorway into the third room, seen from the second: the date over the doorway.
  await page.evaluate((x) => window.__stillroom!.placeAt(x, 0.4, -Math.PI / 2), probe.rooms[1]!.minX + 1.5)
  await until(
    () => page.evaluate(() => window.__stillroom!.paintedCount),
    (n) => n >= 9,
    'painted 2',
    300_000,
  )
  await page.waitForTimeout(4000)
  await shoot(page, 'desktop-doorway')
  await page.evaluate((x) => window.__stillroom!.placeAt(x, 1.8, -0.5), r2.minX + 1.2)
  await page.waitForTimeout(6000)
  await shoot(page, 'desktop-room-3-sign')
  await page.evaluate(() => window.__stillroom!.enterVR())
  await page.waitForTimeout(8000)
  await shoot(page, 'vr-room-3')
  log(`errors: ${errors.join('\n')}`)
  therapist.send({ type: 'set-view', view: 'timeline' })
  await page.close()
}
