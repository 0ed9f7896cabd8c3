// Paints every landscape in a few times and weathers into /work/notes/shots/landscape (or argv[2]) to look at.
// npx tsx test/e2e/landscape-shoot.ts [outDir] [biome,biome…] [time:weather,…]
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { BIOMES, DEFAULT_SCENE_SPEC } from '../../src/shared/scene-constants'
import { openPage, runShoot } from './shoot-helpers'

const out = process.argv[2] ?? '/work/notes/shots/landscape'
const biomes = process.argv[3] ? process.argv[3].split(',') : [...BIOMES]
const looks = (process.argv[4] ?? 'golden-hour:clear').split(',').map((l) => l.split(':') as [string, string])
mkdirSync(out, { recursive: true })
await runShoot('landscape', {}, async ({ server, browser }) => {
  const { page, lines } = await openPage(browser, `${server.url}/?e2e=1`, { width: 1100, height: 700 })
  await page.waitForFunction(() => (window.__stillroom?.renderer?.calls ?? 0) > 0, undefined, {
    timeout: 60_000,
  })
  await page.evaluate(() => window.__stillroom!.setMode('landscape'))
  await page.waitForFunction(() => window.__stillroom!.landscape !== null, undefined, { timeout: 60_000 })
  for (const biome of biomes) {
    for (const [timeOfDay, weather] of looks) {
      const spec = { ...DEFAULT_SCENE_SPEC, biome, timeOfDay, weather, title: `${biome}` }
      await page.evaluate((s) => window.__stillroom!.setLandscapeSpec(s), spec)
      await page
        .waitForFunction(
          // The same place at another hour only starts to glide on the next frame: wait for its target too.
          ([b, t, w]) => {
            const l = window.__stillroom!.landscape
            return l?.biome === b && l.timeOfDay === t && l.weather === w && l.fade >= 1
          },
          [biome, timeOfDay, weather] as const,
          { timeout: 240_000, polling: 100 },
        )
        .catch(async (e) => {
          console.log(lines.join('\n'))
          console.log(
            await page.evaluate(() =>
              JSON.stringify({ ...window.__stillroom!.landscape, mode: window.__stillroom!.mode }),
            ),
          )
          throw e
        })
      await page.waitForTimeout(400)
      writeFileSync(join(out, `${biome}-${timeOfDay}-${weather}.png`), await page.screenshot())
      const r = await page.evaluate(() => window.__stillroom!.renderer)
      console.log(biome, timeOfDay, weather, JSON.stringify(r))
    }
  }
  if (lines.length) console.log(lines.slice(0, 20).join('\n'))
})
