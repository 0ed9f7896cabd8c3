// Screenshots of what a client meets when their words are raised for risk, for a person to look at:
// `npx tsx test/e2e/risk-shoot.ts [outDir]` (default /work/notes/shots/risk, outside the repository).
// Solo: the crisis panel on the screen, then in the emulated headset (and with the ray on its grounding button).
// In a session: the gentle notice on the screen and in the headset, while the therapist has not acknowledged yet.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, VIEWPORT, waitForFirstFrame } from './app-driver'
import { consoleSession, loginConsole, startSession, until, CONSOLE_VIEWPORT } from './console-driver'
import { postArtwork } from './harness'
import { openPage, pairHeadset, runShoot } from './shoot-helpers'
import { aimController, waitFrames } from './xr-driver'

const out = process.argv[2] ?? '/work/notes/shots/risk'
mkdirSync(out, { recursive: true })
const CLINIC_TEXT = 'Call the Riverside Clinic line on 0100 000 000, day or night.'
const RISK_WORDS = 'I want to hurt myself'
const WAIT = { timeout: 180_000, polling: 100 }

const save = async (page: Page, name: string) => {
  writeFileSync(join(out, `${name}.png`), await page.screenshot({ timeout: 180_000 }))
  console.log(`shot ${name}`)
}
/** Every CSS fade on the page has finished (the panels take 1.2 s). */
const settled = (page: Page) =>
  page.waitForFunction(
    () => document.getAnimations().every((a) => a.playState !== 'running'),
    undefined,
    WAIT,
  )

await runShoot(
  'risk',
  { therapist: true, env: { STILLROOM_CRISIS_TEXT: CLINIC_TEXT } },
  async ({ server, browser }) => {
    // Solo, with one painting on the wall behind the panel, as a client would have it.
    await postArtwork(server.url, 'a quiet beach at sunset, the waves coming in slowly')
    const { page, lines } = await openPage(browser, `${server.url}/?e2e=1&emulate=1`, VIEWPORT)
    await waitForFirstFrame(page)
    await page.waitForFunction(() => window.__stillroom!.paintedCount === 1, undefined, WAIT)
    await describe(page, RISK_WORDS)
    await page.getByRole('dialog').waitFor({ timeout: 60_000 })
    await page.waitForFunction((t) => window.__stillroom!.risk?.crisis.text === t, CLINIC_TEXT, WAIT)
    await settled(page)
    await save(page, '01-desktop-crisis-panel')
    await page.keyboard.press('Escape')
    await page.getByRole('dialog').waitFor({ state: 'detached', timeout: 30_000 })

    await page.evaluate(() => window.__stillroom!.enterVR())
    await page.waitForFunction(() => window.__stillroom!.inXR, undefined, WAIT)
    await describe(page, RISK_WORDS)
    await page.waitForFunction(() => window.__stillroom!.risk?.vrPanelFade === 1, undefined, WAIT)
    await waitFrames(page, 20) // troika lays the text out over a few frames
    await save(page, '02-vr-crisis-panel')
    const grounding = await page.evaluate(() =>
      window.__stillroom!.objectPosition('panel-button:Try a grounding exercise'),
    )
    if (grounding) {
      await aimController(page, 'right', { x: 0.2, y: 1.2, z: -0.3 }, grounding)
      await waitFrames(page, 10)
      await save(page, '03-vr-crisis-panel-aimed')
    }
    if (lines.length) console.log('solo page:', lines.slice(0, 10).join('\n'))
    await page.close()

    // In a session: the words reach the therapist; the client sees the gentle notice until they acknowledge.
    const con = await openPage(browser, `${server.url}/console?e2e=1`, CONSOLE_VIEWPORT)
    await loginConsole(con.page, server.url)
    const code = await startSession(con.page, 'Robin')
    const head = await pairHeadset(browser, server.url, code)
    await until(
      () => consoleSession(con.page),
      (s) => !!s && s.phase === 'active',
      'active',
    )
    await describe(head.page, RISK_WORDS)
    try {
      await head.page.waitForFunction(() => window.__stillroom!.risk?.notice === 'gentle', undefined, {
        timeout: 60_000,
      })
    } catch {
      console.log('no risk notice in the session: is the server raising risk from describe yet?')
      return
    }
    await head.page.waitForSelector('.risk-notice', { timeout: 30_000 })
    await settled(head.page)
    await save(head.page, '04-session-notice')
    await head.page.evaluate(() => window.__stillroom!.enterVR())
    await head.page.waitForFunction(() => window.__stillroom!.inXR, undefined, WAIT)
    await head.page.waitForFunction(
      () => window.__stillroom!.objectPosition('risk-notice') !== null,
      undefined,
      WAIT,
    )
    await waitFrames(head.page, 60)
    await save(head.page, '05-vr-session-notice')
    // RISK_SHOOT_WAIT=1: wait out the two minutes, for the crisis text under the message (slow: holds the lock).
    if (process.env.RISK_SHOOT_WAIT === '1') {
      await head.page.waitForFunction(() => window.__stillroom!.risk?.notice === 'crisis', undefined, {
        timeout: 200_000,
        polling: 1000,
      })
      await head.page.waitForFunction(() => window.__stillroom!.objectPosition('risk-notice-crisis') !== null)
      await waitFrames(head.page, 60)
      await save(head.page, '06-vr-session-notice-crisis')
      await head.page.evaluate(() => window.__stillroom!.xrStore.getState().session?.end())
      await head.page.waitForFunction(() => !window.__stillroom!.inXR, undefined, WAIT)
      await settled(head.page)
      await save(head.page, '07-session-notice-crisis')
    }
    // The therapist acknowledges on the console: the notice fades away (over its 1.2 s), in the scene and on the page.
    await con.page.bringToFront()
    await con.page.locator('.risk-ack').click({ timeout: 60_000 })
    await head.page.bringToFront()
    const acked = Date.now()
    await head.page.waitForFunction(() => window.__stillroom!.risk?.notice === 'none', undefined, WAIT)
    await head.page.locator('.risk-notice').waitFor({ state: 'detached', timeout: 60_000 })
    await head.page.waitForFunction(
      () => window.__stillroom!.objectPosition('risk-notice') === null,
      undefined,
      WAIT,
    )
    console.log(`the notice left ${Date.now() - acked} ms after the acknowledgement (its fade is 1200 ms)`)
    await save(head.page, '08-after-acknowledgement')
    if (head.lines.length) console.log('headset:', head.lines.slice(0, 10).join('\n'))
    if (con.lines.length) console.log('console:', con.lines.slice(0, 10).join('\n'))
  },
)
