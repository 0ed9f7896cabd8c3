// Screenshot script (not a test): five seeded sessions for one client, the console's insight page and one report.
// Run: STILLROOM_DIST=/tmp/dist-x npx tsx test/e2e/insight-shoot.ts  → /work/notes/shots/insight/
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { createStorage } from '../../src/server/storage'
import type { SessionState } from '../../src/shared/session/state'
import { session, type Words } from '../unit/insight-fixtures'
import { THERAPIST, loginConsole } from './console-driver'
import { ROOT } from './harness'
import { runShoot } from './shoot-helpers'

const SHOTS = join(ROOT, '../notes/shots/insight')
const DAY = 86_400_000
const T0 = Date.UTC(2026, 9, 6, 15)

const PLAN: Array<{ words: Words[]; suds: Array<[number, number]>; notes?: string[] }> = [
  {
    words: [
      {
        text: 'a grey sea under heavy cloud',
        biome: 'beach',
        valence: -0.3,
        arousal: 0.5,
        motifs: ['water', 'clouds'],
      },
      { text: 'a fight in the street', held: true, valence: -0.8, arousal: 0.8 },
    ],
    suds: [
      [2, 8],
      [40, 6],
    ],
  },
  {
    words: [
      {
        text: 'rain on a dark forest',
        biome: 'forest',
        valence: -0.1,
        arousal: 0.3,
        motifs: ['rain', 'trees'],
      },
    ],
    suds: [
      [2, 7],
      [40, 6],
    ],
  },
  {
    words: [
      {
        text: 'a lake at dawn with mist',
        biome: 'mountain-lake',
        valence: 0.3,
        arousal: -0.2,
        motifs: ['water', 'mist'],
      },
    ],
    suds: [
      [2, 6],
      [40, 4],
    ],
  },
  {
    words: [
      {
        text: 'a quiet beach at sunset',
        biome: 'beach',
        valence: 0.5,
        arousal: -0.4,
        motifs: ['water', 'sun'],
      },
      {
        text: 'a meadow with soft grass',
        biome: 'meadow',
        valence: 0.6,
        arousal: -0.5,
        motifs: ['grass', 'trees'],
      },
    ],
    suds: [
      [2, 5],
      [40, 3],
    ],
  },
  {
    words: [
      {
        text: 'a warm sheltered cove, slow waves',
        biome: 'beach',
        valence: 0.7,
        arousal: -0.6,
        motifs: ['water', 'sun'],
      },
    ],
    suds: [
      [2, 4],
      [40, 2],
    ],
    notes: ['Chose "harbour" as the cue word.'],
  },
]

/** One client, Robin, with the five sessions of PLAN, written straight into the database. */
async function seedInsight(dataDir: string) {
  const storage = createStorage(join(dataDir, 'stillroom.db'))
  const store = storage.sessions!
  const therapist = (await store.getUserByName(THERAPIST.name))!
  await store.insertClient({
    id: 'client-robin',
    therapistId: therapist.id,
    alias: 'Robin',
    sudsScale: 10,
    safePlace: null,
    createdAt: new Date(T0).toISOString(),
  })
  for (const [i, p] of PLAN.entries()) {
    const s: SessionState = {
      ...session(`s${i + 1}`, T0 + i * 7 * DAY, { ...p, exercises: ['breathing-box'], end: 45 }),
      clientId: 'client-robin',
      therapistId: therapist.id,
    }
    await store.insertSession(
      { id: s.id, therapistId: s.therapistId, clientId: s.clientId, state: s },
      s.startedAt,
    )
  }
  await storage.close()
}

await runShoot('insight', { therapist: true, prepare: seedInsight }, async ({ server, browser }) => {
  mkdirSync(SHOTS, { recursive: true })
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } })
  await loginConsole(page, server.url)
  await page.screenshot({ path: join(SHOTS, 'home.png') })
  await page.getByRole('button', { name: 'Insight' }).click()
  await page.locator('.insight-page[data-ready]').waitFor({ timeout: 60_000 })
  await page.getByText(/The paintings have|stayed about as light/).waitFor({ timeout: 90_000 })
  // The console scrolls inside its body, so a full-page shot would cut off: make the window as tall as the page.
  const height = await page.evaluate(() => document.querySelector('.insight-page')!.scrollHeight + 40)
  await page.setViewportSize({ width: 1100, height })
  await page.screenshot({ path: join(SHOTS, 'insight.png') })
  console.log(await page.locator('.insight-caption').allInnerTexts())
  // The notes box on a live session's view.
  await page.setViewportSize({ width: 1440, height: 900 })
  await page.getByRole('button', { name: 'Back to clients' }).click()
  await page.getByRole('button', { name: 'Start session with Robin' }).click()
  const note = page.getByLabel(/A note for the record/)
  await note.fill('Chose "harbour" as the cue word; calmer after box breathing.')
  await page.getByRole('button', { name: 'Keep note' }).click()
  await page.locator('.notes-list li').waitFor({ timeout: 30_000 })
  await page.locator('#notes').scrollIntoViewIfNeeded()
  await page.locator('#notes').screenshot({ path: join(SHOTS, 'notes-panel.png') })
})
