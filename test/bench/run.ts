// `npm run bench`: prints a table and writes bench-results.json (git-ignored). Targets are goals, not tests.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { interpret } from '../../src/shared/interpret'
import { launchBrowser, ROOT } from '../e2e/harness'
import { measurePaint, openHarness } from '../e2e/painter-harness/harness-server'
import { benchFirstLoad, benchGallery60, benchWordsToWall } from './app-bench'
import { benchInterpret } from './interpret'
import { benchLandscape } from './landscape-bench'
import { BIOMES } from '../../src/shared/scene-constants'
import { benchRelay } from './relay-bench'
import { benchSound, SOUND_TARGETS } from './sound-bench'
import { benchSafePlace } from './console-bench'
import { benchRedact } from './ai-bench'
import { benchTimeline, TIMELINE_TARGETS } from './timeline-bench'
import { benchRecord, RECORD_TARGETS } from './record-bench'
import { benchProvider, PROVIDER_TARGETS } from './provider-bench'
import { benchRisk, RISK_TARGETS } from './risk-bench'
import { benchRiskAlert, RISK_ALERT_TARGETS } from './risk-alert-bench'
import { benchTrust, TRUST_TARGETS } from './trust-bench'
import { benchDescribeVR, DESCRIBE_TARGETS } from './describe-bench'

const TARGETS: Record<string, { max: number; unit: string }> = {
  interpret_ms_p50: { max: 5, unit: 'ms' },
  'interpret_ms_p50.es': { max: 5, unit: 'ms' },
  'interpret_ms_p50.fr': { max: 5, unit: 'ms' },
  'interpret_ms_p50.de': { max: 5, unit: 'ms' },
  paint_1024_ms: { max: 1000, unit: 'ms' },
  words_to_wall_ms: { max: 1500, unit: 'ms' },
  first_frame_ms: { max: 1500, unit: 'ms' },
  bundle_headset_gz_kb: { max: 450, unit: 'KB' },
  // Scripts before the first frame: vite.config.ts groups the entry's static graph into ~4 chunks (was 18 when
  // every shared module became its own chunk, +380 ms of first frame).
  bundle_headset_files: { max: 6, unit: '' },
  gallery60_draw_calls: { max: 100, unit: '' },
  gallery60_triangles: { max: 300_000, unit: '' },
  gallery60_texture_mb: { max: 256, unit: 'MB' },
  'relay.command_p99_ms': { max: 15, unit: 'ms' },
  'relay.rss_mb': { max: 512, unit: 'MB' },
  'relay.safe_place_ms': { max: 1000, unit: 'ms' },
  'relay.commands_lost': { max: 0, unit: '' },
  safe_place_ms: { max: 1000, unit: 'ms' },
  redact_ms_p50: { max: 1, unit: 'ms' },
}

for (const biome of BIOMES) {
  TARGETS[`landscape.${biome}.draw_calls`] = { max: 100, unit: '' }
  TARGETS[`landscape.${biome}.triangles`] = { max: 300_000, unit: '' }
}
TARGETS.panorama_2048_ms = { max: 500, unit: 'ms' }
Object.assign(TARGETS, SOUND_TARGETS)
Object.assign(TARGETS, TIMELINE_TARGETS)
Object.assign(TARGETS, RECORD_TARGETS)
Object.assign(TARGETS, PROVIDER_TARGETS)
Object.assign(TARGETS, RISK_TARGETS)
Object.assign(TARGETS, RISK_ALERT_TARGETS)
Object.assign(TARGETS, TRUST_TARGETS)
Object.assign(TARGETS, DESCRIBE_TARGETS)

const results: Record<string, number> = {}
const step = async (name: string, f: () => Promise<Record<string, number>> | Record<string, number>) => {
  const start = Date.now()
  process.stdout.write(`… ${name}`)
  Object.assign(results, await f())
  process.stdout.write(` (${((Date.now() - start) / 1000).toFixed(0)} s)\n`)
}

await step('interpret', () => benchInterpret())
await step('privacy guard (redact)', () => benchRedact())
await step('risk screen', () => benchRisk())
await step('record: export and erase one client (200 artworks)', () => benchRecord())
await step('relay (200 sessions, server in its own process)', () => benchRelay())
await step('trust: 100,000 hostile socket frames beside a live session', () => benchTrust())
await step('paint', async () => {
  const h = await openHarness()
  try {
    const beach = interpret('a quiet beach at sunset, the waves coming in slowly')
    const forest = interpret('a deep pine forest in the morning mist')
    const b = await measurePaint(h.page, beach, 10)
    const f = await measurePaint(h.page, forest, 10)
    return {
      paint_1024_ms: b.median1024Ms,
      paint_1024_forest_ms: f.median1024Ms,
      paint_256_ms: b.median256Ms,
    }
  } finally {
    await h.close()
  }
})
const browser = await launchBrowser()
try {
  await step('first frame and headset bundle', () => benchFirstLoad(browser))
  await step('words to wall', () => benchWordsToWall(browser))
  await step('VR Describe: panel open, chip to wall', () => benchDescribeVR(browser))
  await step('gallery of 60', () => benchGallery60(browser))
  await step('every landscape and the panorama', () => benchLandscape(browser))
  await step('soundscape layers and audio per frame', () => benchSound(browser))
  await step('safe place: console click → headset fade', () => benchSafePlace(browser))
  await step('timeline: 200 artworks in 20 sessions', () => benchTimeline(browser))
  await step('AI pictures: words → painting → picture (mock, 2 s)', () => benchProvider(browser))
} finally {
  await browser.close()
}
// Its own browser: a headset page and a console page, like a clinic's two machines.
await step('risk alert: headset Enter → console alert', () => benchRiskAlert())

const rows = Object.entries(results).map(([name, value]) => {
  const t = TARGETS[name]
  const shown = Number.isInteger(value) ? String(value) : value.toFixed(value < 10 ? 2 : 0)
  return [
    name,
    `${shown}${t?.unit ? ` ${t.unit}` : ''}`,
    t ? `≤ ${t.max}` : '',
    t ? (value <= t.max ? 'ok' : 'OVER') : '',
  ]
})
const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i]!.length), 6))
console.log('\n' + ['metric', 'value', 'target', ''].map((h, i) => h.padEnd(widths[i]!)).join('  '))
for (const r of rows) console.log(r.map((c, i) => c.padEnd(widths[i]!)).join('  '))
writeFileSync(
  join(ROOT, 'bench-results.json'),
  JSON.stringify({ date: new Date().toISOString(), results }, null, 2) + '\n',
)
console.log('\nwrote bench-results.json')
