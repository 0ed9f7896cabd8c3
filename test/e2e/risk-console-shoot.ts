// Screenshots of the console's risk alert, the structured check and the report's risk section, for a person to
// look at: `npx tsx test/e2e/risk-console-shoot.ts [outDir]` (default /work/notes/shots/risk-console, outside the
// repository). Not part of the suite. Walks the real flow on a real server: a paired headset types words of risk.
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { waitForFirstFrame } from './app-driver'
import {
  describeOnHeadset,
  loginConsole,
  pairPlainHeadset,
  startSession,
  until,
  waitForRiskAlert,
} from './console-driver'
import { watchConsole } from './harness'
import { runShoot } from './shoot-helpers'

const out = process.argv[2] ?? '/work/notes/shots/risk-console'
mkdirSync(out, { recursive: true })
const VIEWPORT = { width: 1280, height: 800 }

const shot = async (page: Page, name: string, fullPage = false) => {
  // The alert fades in over a second: wait it out so the picture shows it as the therapist sees it.
  await page.waitForTimeout(1400)
  await page.screenshot({ path: join(out, `${name}.png`), fullPage })
}

await runShoot('risk-console', { therapist: true }, async ({ server, browser }) => {
  const context = await browser.newContext({ viewport: VIEWPORT })
  await context.addInitScript('globalThis.__name = (f) => f')
  const con = await context.newPage()
  const lines = watchConsole(con)
  await loginConsole(con, server.url)
  const code = await startSession(con, 'Robin')
  const head = await browser.newPage({ viewport: { width: 560, height: 400 } })
  await head.addInitScript('globalThis.__name = (f) => f')
  await pairPlainHeadset(head, server.url, code, (p) => waitForFirstFrame(p, 150_000))
  await until(
    () => con.evaluate(() => window.__stillroomConsole!.session?.phase),
    (p) => p === 'active',
    'the session to become active',
  )

  let at = await describeOnHeadset(head, 'I want to hurt myself')
  await waitForRiskAlert(con, 1, at)
  await shot(con, '01-alert')
  // End's confirmation still opens over the alert: the safety controls stay whole.
  await con.getByRole('button', { name: 'End session' }).click()
  await shot(con, '01b-alert-end-confirm')
  await con.getByRole('button', { name: 'Keep going' }).click()

  const alert = con.getByRole('alert', { name: 'Check in with Robin' })
  await alert.getByRole('button', { name: /I’m with them/ }).click()
  const check = con.getByRole('dialog', { name: 'Risk check with Robin' })
  await check.waitFor()
  await shot(con, '02-check-open')
  await check
    .getByRole('radiogroup', { name: /Wished they were dead/ })
    .getByRole('radio', { name: 'Yes', exact: true })
    .check()
  await check
    .getByRole('radiogroup', { name: /actual thoughts/ })
    .getByRole('radio', { name: 'No', exact: true })
    .check()
  await check
    .getByRole('radiogroup', { name: /done, started or prepared/i })
    .getByRole('radio', { name: 'No', exact: true })
    .check()
  await check.getByRole('checkbox', { name: 'Stayed with the client and talked it through' }).check()
  await check.getByRole('checkbox', { name: 'Made or reviewed a safety plan' }).check()
  await check.getByRole('checkbox', { name: 'Booked a follow-up' }).check()
  await check
    .getByLabel('What you did and decided, in your words')
    .fill('Talked it through with Robin; no plan or intent. Reviewed the safety plan; follow-up on Thursday.')
  await check.getByRole('button', { name: 'Save check' }).click()
  await check.getByText(/Check saved at/).waitFor()
  await check.evaluate((el) => el.scrollTo(0, el.scrollHeight))
  await shot(con, '03-check-saved')
  await check.getByRole('button', { name: 'Close' }).click()
  await shot(con, '04-session-list')

  // A second raise while the therapist is on the client list: the alert follows them there.
  await con.getByRole('button', { name: 'Back to clients' }).click()
  await con.getByRole('heading', { name: 'Start a session' }).waitFor()
  // And a browser that keeps audio asleep (as one may after a reload): the alert offers to let the chime play.
  await until(
    () => con.evaluate(() => window.__stillroomConsole!.riskSoundPlaying),
    (p) => !p,
    'the chime to stop',
  )
  await con.waitForTimeout(1500)
  await con.evaluate(() => {
    const proto = AudioContext.prototype as unknown as { resume: () => Promise<void>; __resume?: unknown }
    proto.__resume = proto.resume
    proto.resume = () => new Promise<void>(() => undefined)
  })
  at = await describeOnHeadset(head, "I don't want to be here any more, I want to die")
  await waitForRiskAlert(con, 2, at)
  await con.getByRole('button', { name: 'Sound is blocked — click to allow' }).waitFor()
  await shot(con, '05-alert-on-home-sound-blocked')
  await con.evaluate(() => {
    const proto = AudioContext.prototype as unknown as {
      resume: () => Promise<void>
      __resume?: () => Promise<void>
    }
    proto.resume = proto.__resume!
  })
  await con.getByRole('button', { name: 'Sound is blocked — click to allow' }).click()
  await until(
    () => con.evaluate(() => window.__stillroomConsole!.riskSoundBlocked),
    (b) => !b,
    'the chime to be allowed',
  )
  await con
    .getByRole('alert', { name: 'Check in with Robin' })
    .getByRole('button', { name: /Open Robin/ })
    .click()
  await shot(con, '06-back-in-session')

  const id = await con.evaluate(() => window.__stillroomConsole!.session!.id)
  const report = await context.newPage()
  await report.goto(`${server.url}/console/sessions/${id}/report`)
  const section = report.locator('.report-risks')
  await section.waitFor({ timeout: 60_000 })
  await section.scrollIntoViewIfNeeded()
  await shot(report, '07-report-risks')
  await report.emulateMedia({ media: 'print' })
  await section.screenshot({ path: join(out, '08-report-risks-print.png') })
  await report.pdf({ path: join(out, 'report.pdf'), preferCSSPageSize: true, printBackground: true })
  if (lines.length) console.log(lines.join('\n'))
  console.log(`shots in ${out}`)
})
