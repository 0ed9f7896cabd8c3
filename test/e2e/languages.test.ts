// A session with the console in English and the headset in Spanish, end to end: the therapist chooses the client's
// language on their card, the paired headset (a browser set to English) speaks Spanish, a Spanish description of a
// car accident is held and shown to the therapist with its reason in English, and a language changed on the console
// reaches the headset live. Waits read the pages' own state, never a fixed sleep.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe as group, expect, it } from 'vitest'
import { HEADSET_DE } from '../../src/shared/i18n/headset-de'
import { HEADSET_ES } from '../../src/shared/i18n/headset-es'
import type { SessionState } from '../../src/shared/session/state'
import { waitForFirstFrame } from './app-driver'
import { consoleSession, createTherapist, loginConsole, pairPlainHeadset, until } from './console-driver'
import { launchBrowser, startServer, watchConsole, type RunningServer } from './harness'

const HELD_WORDS =
  'una playa tranquila al atardecer, pero no dejo de pensar en el accidente de coche de mi hermano'
const HEAD_VIEWPORT = { width: 800, height: 600 }

let server: RunningServer
let browser: Browser
let dataDir: string
let con: Page
let head: Page
const logs: string[][] = []

const state = async (): Promise<SessionState> => {
  const s = await consoleSession(con)
  if (!s) throw new Error('the console has no session')
  return s
}
/** The headset page's visible text, its line breaks read as spaces. */
const headText = () => head.evaluate(() => document.body.innerText.replace(/\s+/g, ' '))
const headLang = () => head.evaluate(() => document.documentElement.lang)

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'stillroom-languages-e2e-'))
  await createTherapist(dataDir)
  server = await startServer({ dataDir, env: { STILLROOM_RATE_LIMIT: 'off' } })
  browser = await launchBrowser()
  con = await (
    await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' })
  ).newPage()
  con.setDefaultTimeout(90_000)
  logs.push(watchConsole(con))
  await loginConsole(con, server.url)
}, 300_000)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
  rmSync(dataDir, { recursive: true, force: true })
})

group('a Spanish-speaking client with an English-speaking therapist', () => {
  it('the headset speaks Spanish, a held Spanish description reaches the therapist with its reason in English', async () => {
    await con.getByLabel('New client (pseudonym)').fill('Lucía')
    await con.getByRole('button', { name: 'Add client' }).click()
    const card = con.locator('.client-card', { hasText: 'Lucía' })
    const language = card.getByRole('radiogroup', { name: 'Headset language' })
    await language.getByRole('radio', { name: 'Español' }).click()
    await until(
      () => language.getByRole('radio', { name: 'Español' }).getAttribute('aria-checked'),
      (v) => v === 'true',
      'the card to keep Spanish',
    )
    await card.getByRole('button', { name: 'Start session with Lucía' }).click()
    const code = (await con.locator('.pairing-code').getAttribute('data-code')) ?? ''
    expect((await state()).language).toBe('es')

    // A headset whose browser is set to English: the session's client language wins.
    head = await (await browser.newContext({ viewport: HEAD_VIEWPORT, locale: 'en-US' })).newPage()
    head.setDefaultTimeout(90_000)
    logs.push(watchConsole(head))
    await pairPlainHeadset(head, server.url, code, (p) => waitForFirstFrame(p, 150_000))
    await until(state, (s) => s.phase === 'active', 'the session to become active')
    await until(headLang, (l) => l === 'es', 'the headset to speak Spanish')

    // The words box is in Spanish; the Spanish description goes to the therapist and is held.
    const box = head.getByLabel(HEADSET_ES['page.wordsLabel'])
    await box.fill(HELD_WORDS)
    await box.press('Enter')
    const held = await until(
      state,
      (s) => s.artworks.some((a) => a.state === 'held'),
      'the description to be held for the therapist',
    )
    const entry = held.artworks.find((a) => a.state === 'held')!
    expect(entry.artwork.spec.language).toBe('es')
    expect(entry.artwork.spec.biome).toBe('beach')
    expect(entry.reasons.join(' ')).toMatch(/^accidents: 'accidente de coche'/)

    // The therapist reads it in English: the words as typed, why it waits, and the choices.
    const item = con.locator(`.pending-item[data-artwork-id="${entry.artwork.id}"]`)
    await item.waitFor()
    const itemText = await item.innerText()
    expect(itemText).toContain(HELD_WORDS)
    expect(itemText).toContain('held for safety')
    expect(itemText).toContain("accidents: 'accidente de coche'")
    expect(itemText).toContain('Beach')
    // The client reads, in Spanish, that the therapist will look at the words with them; nothing was painted.
    await until(headText, (t) => t.includes(HEADSET_ES['session.note.described']), 'the Spanish note')
    expect((await state()).artworks.filter((a) => a.state === 'approved')).toEqual([])
    await head.screenshot({ path: 'test/e2e/__screenshots__/languages-headset-es.png' })
    await con.screenshot({ path: 'test/e2e/__screenshots__/languages-console-held-es.png' })

    // The therapist changes the client's language on the record: the running session's headset follows at once.
    const patched = await con.evaluate(
      async (clientId) => {
        const res = await fetch(`/api/clients/${clientId}`, {
          method: 'PATCH',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ language: 'de' }),
        })
        return res.status
      },
      (await state()).clientId,
    )
    expect(patched).toBe(200)
    await until(headLang, (l) => l === 'de', 'the headset to speak German')
    await head.getByLabel(HEADSET_DE['page.wordsLabel']).waitFor()
  })
})
