// safe_place_ms: the therapist clicks "Safe place" on the console → the headset's fade starts. Two real pages on one
// real server (the console logged in, the headset paired by code), both stamped on the browser's one epoch clock
// (performance.timeOrigin + performance.now()). The median of a few clicks is reported.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { VIEWPORT, waitForFirstFrame } from '../e2e/app-driver'
import {
  CONSOLE_VIEWPORT,
  createTherapist,
  headsetSession,
  loginConsole,
  startSession,
  until,
} from '../e2e/console-driver'
import { startServer } from '../e2e/harness'
import { median } from './interpret'

export async function benchSafePlace(browser: Browser, clicks = 5): Promise<Record<string, number>> {
  const dataDir = mkdtempSync(join(tmpdir(), 'stillroom-console-bench-'))
  await createTherapist(dataDir)
  const server = await startServer({ dataDir, env: { STILLROOM_RATE_LIMIT: 'off' } })
  const con = await browser.newPage({ viewport: CONSOLE_VIEWPORT })
  const head = await browser.newPage({ viewport: VIEWPORT })
  try {
    await loginConsole(con, server.url)
    const code = await startSession(con, 'Bench')
    await head.goto(`${server.url}/?e2e=1&emulate=1`)
    await waitForFirstFrame(head)
    if (!(await head.evaluate((c) => window.__stillroom!.pairWithCode(c), code)))
      throw new Error('pairing failed')
    await until(
      () => headsetSession(head),
      (h) => h?.connection === 'open',
      'the headset to join',
    )
    const times: number[] = []
    const button = con.getByRole('button', { name: /Safe place/ })
    for (let i = 0; i < clicks; i++) {
      const before = (await headsetSession(head))?.fade.count['safe-place'] ?? 0
      await button.click()
      await until(
        () => headsetSession(head),
        (h) => (h?.fade.count['safe-place'] ?? 0) > before && h?.fade.startedAt !== null,
        'the safe-place fade',
      )
      const sent = await con.evaluate(() =>
        window.__stillroomConsole!.sent.filter((s) => s.type === 'safe-place-go'),
      )
      const fadeAt = await head.evaluate(
        () => performance.timeOrigin + window.__stillroom!.session!.fade.startedAt!,
      )
      times.push(fadeAt - sent.at(-1)!.at)
      // Let the fade finish before the next click, as a therapist would.
      await until(
        () => headsetSession(head),
        (h) => h?.fade.value === 0,
        'the fade to finish',
      )
    }
    return { safe_place_ms: median(times), safe_place_ms_max: Math.max(...times) }
  } finally {
    await con.close()
    await head.close()
    await server.stop()
  }
}
