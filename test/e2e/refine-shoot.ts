// Screenshots of refinement for a person to look at: `STILLROOM_DIST=/tmp/dist-x npx tsx test/e2e/refine-shoot.ts`.
// One session: the therapist paints and approves, the client refines from the desktop panel, the console's versions.
import { mkdirSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { launchBrowser, startServer, watchConsole } from './harness'
import {
  CONSOLE_VIEWPORT,
  consoleSession,
  createTherapist,
  loginConsole,
  startSession,
  until,
} from './console-driver'
import { VIEWPORT, waitForFirstFrame } from './app-driver'

const out = process.argv[2] ?? '/work/notes/shots/refine'
mkdirSync(out, { recursive: true })
const dataDir = mkdtempSync(join(tmpdir(), 'stillroom-refine-shoot-'))
await createTherapist(dataDir)
const server = await startServer({ dataDir, env: { STILLROOM_RATE_LIMIT: 'off' } })
const browser = await launchBrowser()
try {
  const con = await browser.newPage({ viewport: CONSOLE_VIEWPORT })
  await con.goto(`${server.url}/console?e2e=1`)
  await loginConsole(con, server.url)
  const code = await startSession(con, 'Robin')
  const head = await browser.newPage({ viewport: VIEWPORT })
  const headLines = watchConsole(head)
  process.on('exit', () => console.log(headLines.join('\n').slice(0, 3000)))
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
  await con.locator('.pending-item').getByRole('button', { name: 'Approve' }).click()
  await until(
    () => consoleSession(con),
    (s) => !!s && s.artworks[0]?.state === 'approved',
    'approved',
  )
  // The client refines from the desktop panel.
  await head.getByRole('button', { name: 'Change a painting' }).click()
  await head.waitForTimeout(800)
  await head.screenshot({ path: join(out, '01-headset-panel.png') })
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
  await head.getByRole('button', { name: /Show versions/ }).click()
  await head.waitForTimeout(1500)
  await head.screenshot({ path: join(out, '02-headset-versions.png') })
  // The therapist's side: versions row with thumbnails.
  await con.bringToFront()
  await con.getByRole('button', { name: /Versions \(3\)/ }).click()
  await con.getByLabel('Change it in words').fill('a little more sky, with birds')
  await con.getByRole('button', { name: 'Refine', exact: true }).click()
  await until(
    () => consoleSession(con),
    (s) => !!s && (s.artworks[0]?.versions?.length ?? 0) === 4,
    'four',
  )
  await con.waitForTimeout(2500)
  await con.locator('#artworks').screenshot({ path: join(out, '03-console-versions.png') })
  await con.screenshot({ path: join(out, '04-console-full.png') })
} finally {
  await browser.close()
  await server.stop()
}
