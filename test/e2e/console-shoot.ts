// Takes the console's screenshots for a person to look at: `npx tsx test/e2e/console-shoot.ts [outDir]`.
// Runs one whole session (login, start, pair, steer, approve, SUDS, safe place) against the built app.
import { join } from 'node:path'
import {
  CONSOLE_VIEWPORT,
  loginConsole,
  startSession,
  consoleSession,
  describeOnHeadset,
  headsetSession,
  until,
  shoot,
} from './console-driver'
import { openPage, pairHeadset, runShoot } from './shoot-helpers'

if (process.argv[2]) process.env.STILLROOM_CONSOLE_SHOTS = process.argv[2]
const shotsDir = process.env.STILLROOM_CONSOLE_SHOTS ?? join(import.meta.dirname, '__screenshots__/console')

await runShoot('console', { therapist: true }, async ({ server, browser }) => {
  const { page: con, lines } = await openPage(browser, `${server.url}/console?e2e=1`, CONSOLE_VIEWPORT)
  await con.getByRole('button', { name: 'Sign in' }).waitFor()
  await shoot(con, '01-login')
  await loginConsole(con, server.url)
  await shoot(con, '02-home')
  const code = await startSession(con, 'Robin')
  await con.waitForTimeout(1500)
  await shoot(con, '03-waiting')

  const { page: head, lines: headLines } = await pairHeadset(browser, server.url, code)
  await until(
    () => consoleSession(con),
    (s) => !!s && s.phase === 'active' && true,
    "s.phase === 'active' && true",
  )
  await con.getByRole('radio', { name: 'Forest' }).click()
  await until(
    () => headsetSession(head),
    (h) => !!h && h.biome === 'forest',
    "h.biome === 'forest'",
  )
  // The client's words wait for approval; the therapist's own (below) wait only when they are held.
  await describeOnHeadset(head, 'a quiet beach at sunset, the waves coming in slowly')
  await until(
    () => consoleSession(con),
    (s) => !!s && s.artworks.length === 1,
    's.artworks.length === 1',
  )
  await con.getByLabel('Describe on the client’s behalf').fill('the fire in the old house')
  await con.getByRole('button', { name: 'Paint' }).click()
  await until(
    () => consoleSession(con),
    (s) => !!s && s.artworks.length === 2,
    's.artworks.length === 2',
  )
  await con.waitForTimeout(1500)
  await shoot(con, '04-pending')
  await con
    .locator('.pending-item', { hasText: 'quiet beach' })
    .getByRole('button', { name: 'Approve' })
    .click()
  await until(
    () => headsetSession(head),
    (h) => !!h && h.artworkIds.length === 1,
    'h.artworkIds.length === 1',
  )
  await con.getByRole('button', { name: 'Ask for a rating' }).click()
  await until(
    () => headsetSession(head),
    (h) => !!h && h.suds !== null,
    'h.suds !== null',
  )
  await head.evaluate(() => window.__stillroom!.answerSuds(6))
  await until(
    () => consoleSession(con),
    (s) => !!s && s.suds.ratings.length === 1,
    's.suds.ratings.length === 1',
  )
  await con.getByRole('button', { name: 'Ask for a rating' }).click()
  await until(
    () => headsetSession(head),
    (h) => !!h && h.suds !== null && h.suds.n === 2,
    'h.suds !== null && h.suds.n === 2',
  )
  await head.evaluate(() => window.__stillroom!.answerSuds(4))
  await until(
    () => consoleSession(con),
    (s) => !!s && s.suds.ratings.length === 2,
    's.suds.ratings.length === 2',
  )
  await head.waitForTimeout(3000)
  await shoot(head, '05-headset')
  await con.waitForTimeout(1000)
  await shoot(con, '06-session')
  // The exercise options (resonance breathing, its rate), then the same session in the landscape view.
  await con.locator('#exercises').scrollIntoViewIfNeeded()
  await con.getByRole('spinbutton', { name: 'Breaths a minute' }).fill('6.5')
  await con.locator('#exercises').screenshot({ path: join(shotsDir, '06b-exercise-options.png') })
  await con.getByRole('radio', { name: 'Box 4-4-4-4' }).click()
  await con.locator('#exercises').screenshot({ path: join(shotsDir, '06c-exercise-box.png') })
  await con.getByRole('radio', { name: 'Safe place', exact: true }).click()
  await con.locator('#exercises').screenshot({ path: join(shotsDir, '06d-exercise-safe-place.png') })
  await con.getByRole('radio', { name: 'Breathing', exact: true }).click()
  await con.getByRole('radio', { name: 'Resonance' }).click()
  await con.getByRole('button', { name: 'Start resonance breathing' }).click()
  await until(
    () => headsetSession(head),
    (h) => !!h && h.exercise === 'breathing-resonance',
    "h.exercise === 'breathing-resonance'",
  )
  await con.locator('#exercises').screenshot({ path: join(shotsDir, '06e-exercise-running.png') })
  await con.getByLabel('Break every').selectOption('30')
  await until(
    () => consoleSession(con),
    (s) => !!s && s.breakEveryMin === 30,
    's.breakEveryMin === 30',
  )
  await con.getByRole('button', { name: 'Stop exercise' }).click()
  await con.getByRole('radio', { name: 'Garden' }).click()
  await con.getByRole('radio', { name: 'Landscape' }).click()
  await until(
    () => headsetSession(head),
    (h) => !!h && h.view === 'landscape' && h.biome === 'garden',
    "h.view === 'landscape'",
  )
  // Walk the client a little so the map has a path and a gaze to show.
  await head.keyboard.down('KeyW')
  await head.waitForTimeout(1500)
  await head.keyboard.up('KeyW')
  await head.waitForTimeout(8000)
  await con.evaluate(() => window.scrollTo(0, 0))
  await shoot(con, '06f-landscape')
  await con.locator('.minimap').screenshot({ path: join(shotsDir, '06g-landscape-map.png') })
  // Indoors the map shows the room's walls and furniture; in the valley, where its waterfall falls.
  for (const [label, biome, file] of [
    ['Cozy room', 'cozy-room', '06h-room-map.png'],
    ['River valley', 'river-valley', '06i-valley-map.png'],
  ] as const) {
    await con.getByRole('radio', { name: label }).click()
    await until(
      () => headsetSession(head),
      (h) => !!h && h.view === 'landscape' && h.biome === biome,
      `h.biome === '${biome}'`,
    )
    await con.waitForTimeout(1500)
    await con.locator('.minimap').screenshot({ path: join(shotsDir, file) })
  }
  await con.getByRole('radio', { name: 'Gallery' }).click()
  await con.keyboard.press('Alt+S')
  await until(
    () => headsetSession(head),
    (h) => !!h && h.safePlaceShown,
    'h.safePlaceShown',
  )
  await con.waitForTimeout(1500)
  await shoot(con, '07-safe-place')
  await con.getByRole('button', { name: 'End session' }).click()
  await shoot(con, '08-end-confirm')
  console.log('console log:', lines.join('\n'))
  console.log('headset log:', headLines.join('\n'))
})
