// Shoots the headset in every language it speaks, to look at: the page with a painting and its placard, the VR
// Describe panel with the keyboard (its accented row), the VR comfort panel and the pairing keypad, into /work/notes/shots/languages
// (or argv[2]). npx vite build && npx tsx test/e2e/languages-shoot.ts [outDir]
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { LANGUAGES, type SupportedLanguage } from '../../src/shared/safety/language'
import { watchConsole } from './harness'
import { runShoot } from './shoot-helpers'
import { waitFrames } from './xr-driver'

const out = process.argv[2] ?? '/work/notes/shots/languages'
mkdirSync(out, { recursive: true })
const SLOW = { timeout: 180_000 }

/** A fresh device whose wearer chose `language` (kept on the device, as the comfort settings do). */
async function openIn(browser: Browser, url: string, language: SupportedLanguage): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1100, height: 760 }, locale: 'en-US' })
  await context.addInitScript((lang) => {
    ;(globalThis as { __name?: unknown }).__name = (f: unknown) => f
    localStorage.setItem('stillroom.language', lang)
  }, language)
  const page = await context.newPage()
  watchConsole(page)
  await page.goto(url)
  return page
}

const press = (page: Page, name: string) =>
  page.waitForFunction((n) => window.__stillroom!.pressObject(n), name, { polling: 250, ...SLOW })

await runShoot('languages', {}, async ({ server, browser }) => {
  // The shoot's browser contexts share one solo device: each language adds one painting to the same wall.
  for (const [index, language] of LANGUAGES.entries()) {
    const page = await openIn(browser, `${server.url}/?e2e=1&emulate=1`, language)
    await page.waitForFunction(() => document.documentElement.lang.length > 0, undefined, SLOW)
    const words = {
      en: 'a quiet garden',
      es: 'un jardín tranquilo',
      fr: 'un jardin calme',
      de: 'ein ruhiger Garten',
    }
    await page.locator('textarea').fill(words[language])
    await page.locator('textarea').press('Enter')
    await page.waitForFunction((n) => window.__stillroom?.paintedCount === n, index + 1, SLOW)
    await waitFrames(page, 30)
    writeFileSync(join(out, `page-${language}.png`), await page.screenshot(SLOW))

    await page.evaluate(() => window.__stillroom!.enterVR())
    await page.waitForFunction(() => window.__stillroom!.inXR, undefined, SLOW)
    await press(page, 'panel-button:Describe')
    await press(page, 'panel-button:Keyboard')
    await waitFrames(page, 30)
    writeFileSync(join(out, `vr-describe-${language}.png`), await page.screenshot(SLOW))
    await press(page, 'panel-button:Close')
    await press(page, 'panel-button:wrist:Comfort')
    await waitFrames(page, 30)
    writeFileSync(join(out, `vr-comfort-${language}.png`), await page.screenshot(SLOW))
    await press(page, 'panel-button:Done')
    await press(page, 'panel-button:wrist:Join')
    await waitFrames(page, 30)
    writeFileSync(join(out, `vr-keypad-${language}.png`), await page.screenshot(SLOW))
    await page.context().close()
    console.log(`shot ${language}`)
  }
})
