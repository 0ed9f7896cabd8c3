// Screenshots of refinement for a person to look at: `STILLROOM_DIST=/tmp/dist-x npx tsx test/e2e/refine-shoot.ts [dir]`.
// One session: the therapist paints and approves; the client refines from the desktop panel and opens the versions
// side by side (easels in the gallery), picks one with the mouse; the console's versions row and mirror; the same
// side by side in VR through the emulated headset, picked with a controller ray.
import { mkdirSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { launchBrowser, startServer, watchConsole } from './harness'
import {
  CONSOLE_VIEWPORT,
  consoleSession,
  createTherapist,
  loginConsole,
  startSession,
  until,
} from './console-driver'
import { aimController, pressButton, waitFrames } from './xr-driver'

const VIEWPORT = { width: 1100, height: 760 }
const waitForFirstFrame = (page: Page) =>
  page.waitForFunction(() => (window.__stillroom?.renderer?.calls ?? 0) > 0, undefined, { timeout: 60_000 })

const out = process.argv[2] ?? '/work/notes/shots/versions'
mkdirSync(out, { recursive: true })
const dataDir = mkdtempSync(join(tmpdir(), 'stillroom-refine-shoot-'))
await createTherapist(dataDir)
const server = await startServer({ dataDir, env: { STILLROOM_RATE_LIMIT: 'off' } })
const browser = await launchBrowser()

/** Waits until the easels are all painted and faded in, and the visitor stands still. */
const settled = (page: Page, count: number) =>
  page.waitForFunction(
    (n) => {
      const s = window.__stillroom!
      const v = s.versions?.versions ?? []
      return v.length === n && v.every((x) => x.painted && x.opacity >= 1) && !s.moving
    },
    count,
    { timeout: 120_000, polling: 100 },
  )

try {
  const con = await browser.newPage({ viewport: CONSOLE_VIEWPORT })
  const conLines = watchConsole(con)
  process.on('exit', () => console.log('console:', conLines.join('\n').slice(0, 3000)))
  await con.goto(`${server.url}/console?e2e=1`)
  await loginConsole(con, server.url)
  const code = await startSession(con, 'Robin')
  const head = await browser.newPage({ viewport: VIEWPORT })
  const headLines = watchConsole(head)
  process.on('exit', () => console.log(headLines.join('\n').slice(0, 3000)))
  // tsx keeps function names with a `__name` helper that page-side functions would call.
  await head.addInitScript('window.__name = (f) => f')
  await head.goto(`${server.url}/?e2e=1&emulate=1`)
  await waitForFirstFrame(head)
  if (!(await head.evaluate((c) => window.__stillroom!.pairWithCode(c), code)))
    throw new Error('pairing failed')
  await until(
    () => consoleSession(con),
    (s) => !!s && s.phase === 'active',
    'active',
  )
  await con
    .getByLabel('Describe on the client’s behalf')
    .fill('a quiet beach at sunset, the waves coming in slowly')
  await con.getByRole('button', { name: 'Paint' }).click()
  await until(
    () => consoleSession(con),
    (s) => !!s && s.artworks.length === 1,
    'one artwork',
  )
  // The therapist's own words hang at once: no approval of their own.
  await until(
    () => consoleSession(con),
    (s) => !!s && s.artworks[0]?.state === 'approved',
    'approved',
  )
  await head.waitForFunction(() => window.__stillroom!.paintedCount === 1, undefined, { timeout: 120_000 })
  // The client refines from the desktop panel (top left, clear of the words box).
  await head.getByRole('button', { name: 'Change a painting' }).click()
  await head.waitForTimeout(800)
  await head.screenshot({ path: join(out, '01-desktop-refine-panel.png') })
  await head.getByRole('button', { name: 'Warmer' }).click()
  await until(
    () => consoleSession(con),
    (s) => !!s && (s.artworks[0]?.versions?.length ?? 0) === 2,
    'two versions',
  )
  await head.getByRole('button', { name: 'Add light' }).click()
  await until(
    () => consoleSession(con),
    (s) => !!s && (s.artworks[0]?.versions?.length ?? 0) === 3,
    'three',
  )
  await head.getByRole('button', { name: /Show versions side by side/ }).click()
  await settled(head, 3)
  await head.screenshot({ path: join(out, '02-desktop-side-by-side.png') })
  // The therapist's side: the mirror says what the client compares; the versions row with its headset button.
  await con.bringToFront()
  await con.getByRole('button', { name: /Versions \(3\)/ }).click()
  await con.waitForTimeout(4000)
  await con.locator('#artworks').screenshot({ path: join(out, '03-console-versions-row.png') })
  await con.locator('.mirror').screenshot({ path: join(out, '04-console-mirror.png') })
  await con.screenshot({ path: join(out, '05-console-full.png') })
  // The client clicks version 1 on its easel: it hangs on the wall.
  await head.bringToFront()
  const points = await head.evaluate(() => window.__stillroom!.versions!.screen())
  const box = (await head.locator('canvas').first().boundingBox())!
  await head.mouse.click(box.x + points[0]!.x, box.y + points[0]!.y)
  await head.waitForFunction(() => window.__stillroom!.versions?.versions[0]?.current === true, undefined, {
    timeout: 30_000,
  })
  await head.waitForTimeout(2500)
  await head.screenshot({ path: join(out, '06-desktop-picked-first.png') })
  // VR: the same easels; the panel shrinks to a bar above eye level; a controller ray picks version 3.
  await head.evaluate(() => window.__stillroom!.enterVR())
  await head.waitForFunction(() => window.__stillroom!.inXR, undefined, { timeout: 120_000 })
  await waitFrames(head, 30)
  await head.screenshot({ path: join(out, '07-vr-side-by-side.png') })
  const target = (await head.evaluate(() => window.__stillroom!.versions!.screen()))[2]!.world
  await aimController(head, 'right', { x: 0.2, y: 1.2, z: -0.3 }, target)
  await waitFrames(head, 4)
  await head.screenshot({ path: join(out, '08-vr-aimed.png') })
  await pressButton(head, 'right')
  await head
    .waitForFunction(() => window.__stillroom!.versions?.versions[2]?.current === true, undefined, {
      timeout: 30_000,
    })
    .catch(() => console.log('VR pick did not land'))
  await waitFrames(head, 60)
  await head.screenshot({ path: join(out, '09-vr-picked-third.png') })
} finally {
  await browser.close()
  await server.stop()
}
