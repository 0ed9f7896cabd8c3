// The console's AI and privacy panel in clinic mode, for a person to look at; not a test.
// `npx tsx test/e2e/clinic-mode-shoot.ts [outDir]` (after `npx vite build`) → /work/notes/shots/clinic-mode/.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startMockOpenAI } from '../support/mock-openai'
import { CONSOLE_VIEWPORT, createTherapist, loginConsole, startSession } from './console-driver'
import { launchBrowser, startServer } from './harness'

const OUT = process.argv[2] ?? '/work/notes/shots/clinic-mode'
const mock = await startMockOpenAI()
const dataDir = mkdtempSync(join(tmpdir(), 'stillroom-clinic-shoot-'))
await createTherapist(dataDir)
const server = await startServer({
  dataDir,
  env: { STILLROOM_RATE_LIMIT: 'off', STILLROOM_PRIVACY: 'clinic', OPENAI_BASE_URL: mock.baseURL },
})
const browser = await launchBrowser()
mkdirSync(OUT, { recursive: true })
try {
  const page = await browser.newPage({ viewport: CONSOLE_VIEWPORT })
  await loginConsole(page, server.url)
  await startSession(page, 'Robin')
  await page.locator('#ai summary').click()
  await page.locator('.ai-consent-form').waitFor()
  await page.locator('#ai').scrollIntoViewIfNeeded()
  await page.locator('#ai').screenshot({ path: join(OUT, 'ai-panel-consent-form.png') })
  await page.getByRole('checkbox', { name: 'Speech to text' }).check()
  await page.getByRole('button', { name: 'Record consent' }).click()
  await page.locator('.ai-consent').waitFor()
  await page.waitForTimeout(500)
  await page.locator('#ai').screenshot({ path: join(OUT, 'ai-panel-clinic.png') })
  console.log(`shots in ${OUT}`)
} finally {
  await browser.close()
  await server.stop()
  await mock.close()
  rmSync(dataDir, { recursive: true, force: true })
}
