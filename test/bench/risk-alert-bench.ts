// risk.alert_ms: the client types words of risk in the headset and presses Enter → the therapist console draws its
// alert. Two real pages on one real server (the console logged in, the headset paired by code), both stamped on the
// browser's one epoch clock (performance.timeOrigin + performance.now()); the median of a few raises is reported.
// Run alone with `npx tsx test/bench/risk-alert-bench.ts` (needs a built dist/, like every browser bench).
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { waitForFirstFrame } from '../e2e/app-driver'
import {
  createTherapist,
  describeOnHeadset,
  loginConsole,
  pairPlainHeadset,
  startSession,
  until,
  waitForRiskAlert,
} from '../e2e/console-driver'
import { launchBrowser, startServer } from '../e2e/harness'
import { median } from './interpret'

export const RISK_ALERT_TARGETS = {
  'risk.alert_ms': { max: 1000, unit: 'ms' },
}

const WORDS = ['I want to hurt myself', 'I want to die', 'I keep cutting myself', 'I want to end it all']

export async function benchRiskAlert(raises = 5): Promise<Record<string, number>> {
  const dataDir = mkdtempSync(join(tmpdir(), 'stillroom-risk-bench-'))
  await createTherapist(dataDir)
  const server = await startServer({ dataDir, env: { STILLROOM_RATE_LIMIT: 'off' } })
  const browser = await launchBrowser()
  try {
    const con = await browser.newPage({ viewport: { width: 1280, height: 800 } })
    const head = await browser.newPage({ viewport: { width: 560, height: 400 } })
    // tsx names the functions handed to page.evaluate with __name, which the pages do not have.
    for (const p of [con, head]) await p.addInitScript('globalThis.__name = (f) => f')
    await loginConsole(con, server.url)
    const code = await startSession(con, 'Bench')
    await pairPlainHeadset(head, server.url, code, (p) => waitForFirstFrame(p, 150_000))
    const times: number[] = []
    for (let i = 0; i < raises; i++) {
      const enterAt = await describeOnHeadset(head, WORDS[i % WORDS.length]!)
      times.push((await waitForRiskAlert(con, i + 1, enterAt)).ms)
      // The therapist acknowledges before the next raise, so each alert is a new one.
      await con
        .getByRole('alert', { name: 'Check in with Bench' })
        .getByRole('button', { name: /I’m with them/ })
        .click()
      await until(
        () => con.evaluate((n) => window.__stillroomConsole!.session!.risks![n]!.acknowledgedAt, i),
        (at) => at !== null,
        'the acknowledgement',
      )
    }
    return { 'risk.alert_ms': median(times), 'risk.alert_ms_max': Math.max(...times) }
  } finally {
    await browser.close()
    await server.stop()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await benchRiskAlert()
  for (const [name, value] of Object.entries(result)) console.log(`${name}: ${value.toFixed(0)} ms`)
}
