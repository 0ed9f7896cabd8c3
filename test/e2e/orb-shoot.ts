// Shoots the breathing orb, at full breath, over a sunset beach painting in the gallery and over three landscapes
// (beach at dusk, snow at midday, night sky) into /work/notes/shots/e2e (or argv[2]), to look at.
// STILLROOM_DIST=/tmp/dist-x npx tsx test/e2e/orb-shoot.ts [outDir] [prefix]
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { DEFAULT_SCENE_SPEC } from '../../src/shared/scene-constants'
import { ExerciseStartSchema, buildTimeline } from '../../src/shared/exercises'
import { postArtwork } from './harness'
import { openPage, runShoot } from './shoot-helpers'
import { waitFrames } from './xr-driver'

const out = process.argv[2] ?? '/work/notes/shots/e2e'
const prefix = process.argv[3] ?? 'orb'
const VIEWPORT = { width: 900, height: 620 }
// The orb sits about a third of the way down the view; crop to the scene around it (above the overlay).
const CLIP = { x: 250, y: 110, width: 400, height: 330 }
mkdirSync(out, { recursive: true })
// Skip the spoken intro: start at the first breath.
const BREATHE_START = buildTimeline(
  ExerciseStartSchema.parse({ id: 'breathing-box', options: { cycles: 1 } }),
).steps[1]!.start

const fullBreath = async (page: Page, name: string) => {
  const started = await page.evaluate(
    (skip) => window.__stillroom!.sound!.startExercise('breathing-box', { cycles: 2 }, 1, skip),
    BREATHE_START,
  )
  if (!started.ok) throw new Error(`exercise did not start: ${started.problem}`)
  await page.waitForFunction(
    () => window.__stillroom!.sound!.exercise?.phase === 'hold' && window.__stillroom!.sound!.orb.visible,
    undefined,
    { timeout: 120_000, polling: 100 },
  )
  // The orb's own fade-in takes ten frames or more (a second of frame time, clamped per frame).
  await waitFrames(page, 10)
  writeFileSync(join(out, `${prefix}-${name}.png`), await page.screenshot({ clip: CLIP, timeout: 180_000 }))
  await page.evaluate(() => window.__stillroom!.sound!.stopExercise())
  await page.waitForFunction(() => !window.__stillroom!.sound!.orb.visible, undefined, { timeout: 60_000 })
}

await runShoot('orb', {}, async ({ server, browser }) => {
  await postArtwork(server.url, 'a quiet beach at sunset, the waves coming in slowly')
  const { page, lines } = await openPage(browser, `${server.url}/?e2e=1`, VIEWPORT)
  await page.waitForFunction(
    () => window.__stillroom?.paintedCount === 1 && window.__stillroom.sound?.audio?.state === 'running',
    undefined,
    { timeout: 180_000, polling: 250 },
  )
  await fullBreath(page, 'gallery-sunset-painting')
  await page.evaluate(() => window.__stillroom!.setMode('landscape'))
  await page.waitForFunction(() => window.__stillroom!.landscape !== null, undefined, { timeout: 120_000 })
  for (const [biome, timeOfDay] of [
    ['beach', 'dusk'],
    ['beach', 'golden-hour'],
    ['snow', 'midday'],
    ['night-sky', 'night'],
  ] as const) {
    const spec = { ...DEFAULT_SCENE_SPEC, biome, timeOfDay, weather: 'clear', title: biome }
    await page.evaluate((s) => window.__stillroom!.setLandscapeSpec(s), spec)
    await page.waitForFunction((b) => window.__stillroom!.landscape?.biome === b, biome, { timeout: 120_000 })
    await page.evaluate(() => window.__stillroom!.landscape!.settle())
    await page.waitForFunction(() => window.__stillroom!.landscape!.fade >= 1, undefined, {
      timeout: 120_000,
    })
    await fullBreath(page, `${biome}-${timeOfDay}`)
  }
  if (lines.length) console.log(lines.slice(0, 10).join('\n'))
})
