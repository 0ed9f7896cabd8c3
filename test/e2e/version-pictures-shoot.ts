// Screenshots of AI pictures in the VR timeline (not a test):
// `STILLROOM_DIST=… npx tsx test/e2e/version-pictures-shoot.ts [dir]`.
// Seeds a client with three earlier sessions, some artworks with stored AI pictures, pairs a headset page, switches
// to Timeline and shoots a room with pictures on its walls (desktop and emulated VR), and reports the draw calls.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { PNG } from 'pngjs'
import type { Page } from 'playwright-core'
import { DAY, startTimelineServer, therapistSocket } from '../integration/timeline-seed'
import { VIEWPORT } from './app-driver'
import { until } from './console-driver'
import { launchBrowser, watchConsole } from './harness'

const OUT = process.argv[2] ?? '/work/notes/shots/version-pictures'
const NOW = Date.now()
const t0 = Date.now()
const log = (what: string) => console.log(`${((Date.now() - t0) / 1000).toFixed(1)} s: ${what}`)

type Rgb = [number, number, number]
const mix = (a: Rgb, b: Rgb, t: number): Rgb => [0, 1, 2].map((i) => a[i]! + (b[i]! - a[i]!) * t) as Rgb

/** A soft "AI picture" stand-in: sky, sun, three ridges in aerial perspective and a still lake. */
function calmPicture(variant: number, size = 384): Buffer {
  const skies: Array<[Rgb, Rgb, Rgb]> = [
    [
      [244, 196, 160],
      [176, 196, 222],
      [252, 236, 200],
    ],
    [
      [200, 220, 236],
      [150, 178, 210],
      [255, 248, 230],
    ],
    [
      [236, 206, 214],
      [168, 170, 206],
      [255, 232, 210],
    ],
  ]
  const [horizon, top, sun] = skies[variant % skies.length]!
  const ridge: Rgb = variant % 2 ? [92, 120, 118] : [104, 116, 140]
  const png = new PNG({ width: size, height: size })
  const sunX = size * (0.3 + 0.4 * ((variant * 0.37) % 1))
  const sunY = size * 0.42
  const ridgeY = (x: number, k: number) =>
    size * (0.5 + 0.06 * k) +
    Math.sin(x / (38 + 11 * k) + variant + k) * (10 + 6 * k) +
    Math.sin(x / 17 + k) * 3
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      const lake = y > size * 0.7
      const yy = lake ? size * 1.4 - y : y
      let c = mix(top, horizon, Math.min(1, yy / (size * 0.55)))
      const d = Math.hypot(x - sunX, yy - sunY)
      if (d < size * 0.06) c = mix(c, sun, 0.9)
      else c = mix(c, sun, Math.max(0, 0.35 - d / (size * 1.2)))
      for (let k = 0; k < 3; k++)
        if (yy > ridgeY(x, k)) c = mix(c, mix(ridge, horizon, 0.65 - 0.25 * k), 0.85)
      if (lake) c = mix(c, [170, 190, 205], 0.25 + 0.05 * Math.sin(y / 2.5))
      const grain = ((x * 73856093) ^ (y * 19349663)) % 7
      const i = (y * size + x) * 4
      for (let k = 0; k < 3; k++) png.data[i + k] = Math.max(0, Math.min(255, Math.round(c[k]! + grain - 3)))
      png.data[i + 3] = 255
    }
  return PNG.sync.write(png)
}

async function shoot(page: Page, name: string) {
  mkdirSync(OUT, { recursive: true })
  writeFileSync(join(OUT, `${name}.png`), await page.screenshot({ type: 'png', timeout: 120_000 }))
  log(`shot ${name}`)
}

const env = await startTimelineServer(() => [
  { id: 'first', startedAt: NOW - 21 * DAY, artworks: [{}, { picture: calmPicture(0) }, {}] },
  {
    id: 'second',
    startedAt: NOW - 14 * DAY,
    artworks: [{ picture: calmPicture(1) }, {}, { picture: calmPicture(2) }, { picture: calmPicture(0) }],
  },
  { id: 'third', startedAt: NOW - 7 * DAY, artworks: [{}, {}] },
])
log('server up')
const browser = await launchBrowser()
try {
  const therapist = await therapistSocket(env.url, env.cookie, env.sessionId)
  const page = await browser.newPage({ viewport: VIEWPORT })
  const errors = watchConsole(page)
  await page.addInitScript((d) => localStorage.setItem('stillroom.device', JSON.stringify(d)), env.device)
  await page.goto(`${env.url}/?e2e=1&emulate=1`)
  await until(
    () => page.evaluate(() => window.__stillroom?.session?.stage ?? null),
    (s) => s === 'live',
    'live',
    200_000,
  )
  therapist.send({ type: 'set-view', view: 'timeline' })
  const probe = await until(
    () => page.evaluate(() => window.__stillroom?.timeline ?? null),
    (p) => p !== null && p.status === 'ready',
    'timeline',
    200_000,
  )
  log('timeline ready')
  const room = probe!.rooms[1]!
  await page.evaluate((x) => window.__stillroom!.placeAt(x, 1.2, -Math.PI / 2), room.minX + 0.8)
  const shown = await until(
    () => page.evaluate(() => window.__stillroom!.pictures),
    (p) => p.filter((x) => x.state === 'shown').length >= 3,
    'three pictures shown',
    300_000,
  )
  log(`pictures: ${JSON.stringify(shown)}`)
  await page.waitForTimeout(3000)
  await shoot(page, 'desktop-room-with-pictures')
  const calls = await page.evaluate(() => window.__stillroom!.renderer!.calls)
  log(`draw calls: ${calls}`)
  // Facing the wall on the right (+z) from across the room, a little back, so two pictures are in view.
  await page.evaluate((x) => window.__stillroom!.placeAt(x, -1.3, Math.PI * 0.92), room.minX + 2.2)
  await page.waitForTimeout(4000)
  await shoot(page, 'desktop-room-facing-wall')
  await page.evaluate(() => window.__stillroom!.enterVR())
  await page.waitForTimeout(6000)
  await page.evaluate((x) => window.__stillroom!.placeAt(x, -1.3, Math.PI * 0.92), room.minX + 2.2)
  await page.waitForTimeout(5000)
  await shoot(page, 'vr-room-with-pictures')
  log(`errors: ${errors.join('\n') || 'none'}`)
  therapist.close()
  await page.close()
} finally {
  await browser.close()
  await env.stop()
}
