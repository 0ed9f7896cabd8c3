// Shoots the VR pairing keypad (emulated headset) with three characters typed into /work/notes/shots/e2e (or
// argv[2]), to look at its contrast. STILLROOM_DIST=/tmp/dist-x npx tsx test/e2e/keypad-shoot.ts [outDir] [prefix]
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { postArtwork } from './harness'
import { openPage, runShoot } from './shoot-helpers'
import { waitFrames } from './xr-driver'

const out = process.argv[2] ?? '/work/notes/shots/e2e'
const prefix = process.argv[3] ?? 'keypad'
mkdirSync(out, { recursive: true })

await runShoot('keypad', {}, async ({ server, browser }) => {
  await postArtwork(server.url, 'a quiet beach at sunset, the waves coming in slowly')
  const { page, lines } = await openPage(browser, `${server.url}/?e2e=1&emulate=1`, {
    width: 1100,
    height: 760,
  })
  await page.waitForFunction(() => window.__stillroom?.paintedCount === 1, undefined, { timeout: 180_000 })
  await page.evaluate(() => window.__stillroom!.enterVR())
  await page.waitForFunction(() => window.__stillroom!.inXR, undefined, { timeout: 60_000 })
  await page.evaluate(() => window.__stillroom!.joinSession())
  await page.waitForFunction(() => window.__stillroom!.objectPosition('panel-button:A'), undefined, {
    timeout: 120_000,
  })
  for (const key of ['C', 'K', '7'])
    await page.evaluate((k) => window.__stillroom!.pressObject(`panel-button:${k}`), key)
  await waitFrames(page, 20) // troika lays the text out over a few frames
  writeFileSync(join(out, `${prefix}-vr.png`), await page.screenshot({ timeout: 180_000 }))
  if (lines.length) console.log(lines.slice(0, 10).join('\n'))
})
