// The walkable timeline in the real built app: three earlier sessions of one client, the headset paired with
// a fourth, the therapist switches the view to Timeline. Every wait reads the app's own state (window.__stillroom),
// never the wall clock.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { DAY, startTimelineServer, therapistSocket } from '../integration/timeline-seed'
import { VIEWPORT, waitForFirstFrame } from './app-driver'
import { until } from './console-driver'
import { launchBrowser, ROOT, watchConsole } from './harness'
import { decodePng, stats } from './pixels'

const SHOTS = process.env.STILLROOM_TIMELINE_SHOTS ?? join(ROOT, 'test/e2e/__screenshots__/timeline')
const NOW = Date.now()
// Oldest first: 3, 2 and 4 approved artworks; the held and pending words must never reach the rooms.
const SESSIONS = [
  { id: 'first', startedAt: NOW - 21 * DAY, artworks: [{}, { held: true, text: 'a fight' }, {}, {}] },
  { id: 'second', startedAt: NOW - 14 * DAY, artworks: [{}, { pending: true }, {}] },
  { id: 'third', startedAt: NOW - 7 * DAY, artworks: [{}, {}, {}, {}] },
]

let env: Awaited<ReturnType<typeof startTimelineServer>>
let browser: Browser

beforeAll(async () => {
  env = await startTimelineServer(() => SESSIONS)
  browser = await launchBrowser()
}, 180_000)

afterAll(async () => {
  await browser?.close()
  await env?.stop()
})

type Probe = {
  rooms: Array<{ sessionId: string; label: string; count: number; minX: number; maxX: number }>
  current: number
  visible: number[]
  planes: number
  status: string
}
const probe = (page: Page) => page.evaluate(() => (window.__stillroom?.timeline ?? null) as Probe | null)
// ~40 s on a quiet machine; the limits only stop a stuck run on a machine shared by several test runs.
const WAIT = 240_000
const t0 = Date.now()
const step = (what: string) =>
  process.env.STILLROOM_E2E_VERBOSE && console.log(`${((Date.now() - t0) / 1000).toFixed(1)} s: ${what}`)
const shoot = async (page: Page, name: string) => {
  mkdirSync(SHOTS, { recursive: true })
  const png = await page.screenshot({ type: 'png', timeout: 90_000 })
  writeFileSync(join(SHOTS, `${name}.png`), png)
  return decodePng(png)
}

it('walks the client’s sessions as dated rooms, in order, with only approved artworks', async () => {
  const page = await browser.newPage({ viewport: VIEWPORT })
  const errors = watchConsole(page)
  await page.addInitScript(
    (device) => localStorage.setItem('stillroom.device', JSON.stringify(device)),
    env.device,
  )
  const therapist = await therapistSocket(env.url, env.cookie, env.sessionId)
  try {
    await page.goto(`${env.url}/?e2e=1`)
    await waitForFirstFrame(page, WAIT)
    step('first frame')
    await until(
      () => page.evaluate(() => window.__stillroom?.session?.stage ?? null),
      (s) => s === 'live',
      'the headset to rejoin its session',
      WAIT,
    )
    step('live')
    therapist.send({ type: 'set-view', view: 'timeline' })
    const ready = (await until(
      () => probe(page),
      (p) => p !== null && p.status === 'ready' && p.rooms.length === 3,
      'three timeline rooms',
      WAIT,
    )) as Probe
    step('rooms')
    // One room per session that has artworks, oldest first, each with its own count and date.
    expect(ready.rooms.map((r) => r.sessionId)).toEqual(['first', 'second', 'third'])
    expect(ready.rooms.map((r) => r.count)).toEqual([3, 2, 4])
    const labels = ready.rooms.map((r) => r.label)
    expect(new Set(labels).size).toBe(3)
    for (const l of labels) expect(l).toMatch(/^[A-Z][a-z]{2} \d{1,2} [A-Z][a-z]{2}/)
    for (let i = 1; i < 3; i++) expect(ready.rooms[i]!.minX).toBeGreaterThan(ready.rooms[i - 1]!.maxX)
    expect(await page.evaluate(() => window.__stillroom!.mode)).toBe('timeline')
    // The first room and its neighbour are in the scene; all of their paintings get painted.
    expect(ready.current).toBe(0)
    expect(ready.visible).toEqual([0, 1])
    expect(ready.planes).toBe(5)
    await until(
      () => page.evaluate(() => window.__stillroom!.paintedCount),
      (n) => n >= 5,
      'the first rooms painted',
      WAIT,
    )
    step('painted')
    await until(
      () => page.evaluate(() => window.__stillroom!.fadeState.every((f) => f.opacity >= 1)),
      (done) => done,
      'the paintings faded in',
      WAIT,
    )
    const first = stats(await shoot(page, 'desktop-room-1'))
    // A calm, light room — not a black or blank frame.
    expect(first.meanLuminance).toBeGreaterThan(90)
    expect(first.stdLuminance).toBeGreaterThan(4)

    // Walk on to the last room: the window follows, the oldest room's paintings leave the scene.
    const last = ready.rooms[2]!
    await page.evaluate((x) => window.__stillroom!.placeAt(x, 1.2, -Math.PI / 2 + 0.5), last.minX + 1.2)
    const moved = (await until(
      () => probe(page),
      (p) => p !== null && p.current === 2,
      'the third room in view',
      WAIT,
    )) as Probe
    expect(moved.visible).toEqual([1, 2])
    expect(moved.planes).toBe(6)
    await until(
      () => page.evaluate(() => window.__stillroom!.paintedCount),
      (n) => n >= 6,
      'the last rooms painted',
      WAIT,
    )
    await shoot(page, 'desktop-room-3')
    // Errors only: warnings (deprecations, the emulator, other features' notes) are not this test's business.
    const failures = errors.filter((e) => e.startsWith('[error]') || e.startsWith('[pageerror]'))
    expect(failures.filter((e) => !e.includes('WebGL') && !e.includes('GPU stall'))).toEqual([])
  } finally {
    therapist.close()
    await page.close()
  }
}, 400_000)
