// Paint every handwritten spec to PNG and print paint times: `npx tsx test/e2e/painter-harness/shoot.ts [name…]`.
import { mkdir, writeFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { measurePaint, openHarness, paintPng } from './harness-server'
import { SHOTS } from './specs'

const outDir = fileURLToPath(new URL('../__screenshots__/painter/', import.meta.url))

async function main(): Promise<void> {
  const only = process.argv.slice(2)
  const noTiming = only.includes('--no-timing')
  const noShots = only.includes('--timing-only')
  const names = only.filter((a) => !a.startsWith('--'))
  await mkdir(outDir, { recursive: true })
  const session = await openHarness()
  try {
    for (const shot of SHOTS) {
      if (noShots || (names.length > 0 && !names.some((n) => shot.name.includes(n)))) continue
      const t0 = performance.now()
      const png = await paintPng(session.page, shot.spec, shot.seed, 1024)
      await writeFile(`${outDir}${shot.name}.png`, png)
      console.log(`${shot.name}.png  ${Math.round(performance.now() - t0)} ms (paint + PNG encode)`)
    }
    if (!noTiming) {
      for (const shot of SHOTS.slice(0, 10)) {
        if (names.length > 0 && !names.some((n) => shot.name.includes(n))) continue
        const m = await measurePaint(session.page, shot.spec, 5)
        console.log(
          `${shot.name}: 1024 median ${m.median1024Ms.toFixed(0)} ms, 256 median ${m.median256Ms.toFixed(1)} ms`,
        )
      }
    }
  } finally {
    await session.close()
  }
}

await main()
