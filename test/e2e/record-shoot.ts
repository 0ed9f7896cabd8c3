// Screenshots of the record actions on the console for a person to look at:
// `STILLROOM_DIST=/tmp/dist-x npx tsx test/e2e/record-shoot.ts [outDir]`. Not part of the suite.
// Walks the real flow: export a client, erase them (typing the pseudonym), import the archive back.
import fs from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { watchConsole } from './harness'
import { CONSOLE_VIEWPORT, loginConsole } from './console-driver'
import { runShoot } from './shoot-helpers'

const outDir = process.argv[2] ?? '/work/notes/shots/archive'
fs.mkdirSync(outDir, { recursive: true })
const shot = async (page: Page, name: string) => {
  await page.waitForTimeout(300)
  await page.screenshot({ path: join(outDir, `${name}.png`) })
}

await runShoot('record', { therapist: true }, async ({ server, browser, dataDir }) => {
  const page = await browser.newPage({ viewport: CONSOLE_VIEWPORT, acceptDownloads: true })
  const lines = watchConsole(page)
  await loginConsole(page, server.url)
  for (const alias of ['Robin', 'Wren']) {
    await page.getByLabel('New client (pseudonym)').fill(alias)
    await page.getByRole('button', { name: 'Add client' }).click()
    await page.getByRole('button', { name: `Start session with ${alias}` }).waitFor()
  }
  const robin = page.locator('.client-card', { hasText: 'Robin' })
  await robin.locator('.record-disclosure > summary').click()
  await shot(page, '01-record-open')

  const download = page.waitForEvent('download')
  await robin.getByRole('button', { name: 'Export' }).click()
  const file = join(dataDir, 'robin.tar.gz')
  await (await download).saveAs(file)
  await shot(page, '02-exported')

  await robin.getByRole('button', { name: 'Erase…' }).click()
  await shot(page, '03-erase-confirm')
  await robin.getByLabel('Type the pseudonym to confirm').fill('Robin')
  await shot(page, '04-erase-typed')
  await robin.getByRole('button', { name: 'Erase', exact: true }).click()
  await page.locator('.client-card', { hasText: 'Robin' }).waitFor({ state: 'detached' })
  await shot(page, '05-erased')

  await page.locator('.import-client input[type=file]').setInputFiles(file)
  await page.getByText('Robin is here now').waitFor()
  await page.locator('.client-card', { hasText: 'Robin' }).waitFor()
  await shot(page, '06-imported')

  await page.locator('.import-client input[type=file]').setInputFiles(file)
  await page.getByText('already in this Stillroom').waitFor()
  await shot(page, '07-import-conflict')
  if (lines.length) console.log(lines.join('\n'))
  console.log(`shots in ${outDir}`)
})
