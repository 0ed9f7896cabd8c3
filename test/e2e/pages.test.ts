// What a first-time client and therapist meet, page by page, at the screen sizes clinics use: the headset page on
// a first visit and its join keypad, the console's sign-in, home (with a client's timeline open), insight and the
// printable report. For each: no sideways scrolling, every control inside the window and its panel, and no serious
// or critical axe-core finding. One server with a seeded record, one browser.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe as group, expect, it } from 'vitest'
import { session } from '../unit/insight-fixtures'
import { waitForFirstFrame } from './app-driver'
import { seriousFindings } from './axe'
import { loginConsole } from './console-driver'
import { launchBrowser, startServer, watchConsole, type RunningServer } from './harness'
import { SIZES, beyondWindow, keepShot, measurePage, sizeName, twoFrames } from './layout-measure'
import { seedClientRecord } from './record-seed'

const DAY = Date.UTC(2026, 10, 24, 9, 30)
const LONG_WORD = 'Meeresrauschenabendsonnenuntergangsstrandspaziergangserinnerung'
const PANELS = '.card, .home-head, .session-dialog, .report-page, .report-section, .insight-panel, .overlay'

let server: RunningServer
let browser: Browser
let dataDir: string
const logs: string[][] = []

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'stillroom-pages-e2e-'))
  // Two sessions on one day (told apart by their times) and one the next week, with long words in the record.
  const sessions = [
    session('morning', DAY, {
      words: [{ text: `a sheltered cove at dusk, ${LONG_WORD}`, biome: 'beach', valence: 0.5 }],
      suds: [
        [2, 7],
        [30, 4],
      ],
      exercises: ['breathing-box'],
      notes: [`Long pause before speaking; ${LONG_WORD}.`],
      end: 40,
    }),
    session('afternoon', DAY + 5 * 3_600_000, {
      words: [{ text: 'a pine forest after rain, soft light', biome: 'forest', valence: 0.4 }],
      suds: [[5, 5]],
      end: 30,
    }),
    session('next-week', DAY + 7 * 86_400_000, {
      words: [{ text: 'the lake where we used to swim', biome: 'mountain-lake', valence: 0.6 }],
      suds: [
        [3, 4],
        [25, 2],
      ],
      end: 35,
    }),
  ]
  await seedClientRecord(dataDir, { id: 'client-robin', alias: 'Robin', createdAt: DAY }, sessions)
  server = await startServer({ dataDir, env: { STILLROOM_RATE_LIMIT: 'off' } })
  browser = await launchBrowser()
}, 120_000)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
  if (dataDir) rmSync(dataDir, { recursive: true, force: true })
})

const newPage = async () => {
  const page = await browser.newPage({ viewport: SIZES[0] })
  page.setDefaultTimeout(90_000)
  logs.push(watchConsole(page))
  return page
}

/** The page at each size: no sideways scroll, nothing outside the window or its panel; a screenshot per size. */
async function checkSizes(page: Page, name: string, extra?: (page: Page) => Promise<unknown[]>) {
  const problems: Record<string, unknown> = {}
  for (const size of SIZES) {
    await page.setViewportSize(size)
    await twoFrames(page)
    const m = await measurePage(page, PANELS)
    const more = extra ? await extra(page) : []
    const found = [
      ...(m.doc.scrollWidth > m.doc.clientWidth ? [`scrolls sideways: ${JSON.stringify(m.doc)}`] : []),
      ...m.outside,
      ...m.spilling,
      ...more,
    ]
    if (found.length) problems[sizeName(size)] = found
    await keepShot(page, `${name}-${sizeName(size)}`)
  }
  await page.setViewportSize(SIZES[0])
  expect(problems).toEqual({})
}

group('the headset page, the first time', () => {
  let head: Page
  beforeAll(async () => {
    head = await newPage()
    await head.goto(`${server.url}/?e2e=1`)
    await waitForFirstFrame(head, 150_000)
  }, 200_000)

  it('greets a first visit, fits every size, and has no serious axe findings', async () => {
    await expect(head.getByRole('status').innerText()).resolves.toMatch(/\w/)
    await checkSizes(head, 'headset-first-visit', (page) => beyondWindow(page, '.overlay'))
    expect(await seriousFindings(head)).toEqual([])
  })

  it('shows the join keypad whole at every size, with no serious axe findings', async () => {
    await head.getByRole('button', { name: 'Join a session' }).click()
    const keypad = head.getByRole('dialog', { name: 'Join a session' })
    await keypad.waitFor({ state: 'visible' })
    await checkSizes(head, 'headset-keypad', (page) => beyondWindow(page, '.session-dialog'))
    expect(await seriousFindings(head)).toEqual([])
  })
})

group('the console, before and around a session', () => {
  let desk: Page
  beforeAll(async () => {
    desk = await newPage()
  })

  it('sign-in: fits every size, no serious axe findings', async () => {
    await desk.goto(`${server.url}/console`)
    await desk.getByRole('button', { name: 'Sign in' }).waitFor()
    await checkSizes(desk, 'console-sign-in')
    expect(await seriousFindings(desk)).toEqual([])
  })

  it('home, with the client’s timeline open: fits every size, no serious axe findings', async () => {
    await loginConsole(desk, server.url)
    expect(await seriousFindings(desk)).toEqual([])
    await desk.getByText('Timeline', { exact: true }).click()
    await desk.locator('.timeline-sessions').waitFor()
    await checkSizes(desk, 'console-home-timeline')
    expect(await seriousFindings(desk)).toEqual([])
  })

  it('insight: fits every size, no serious axe findings', async () => {
    await desk.getByRole('button', { name: 'Insight' }).click()
    await desk.locator('.insight-page[data-ready]').waitFor()
    await checkSizes(desk, 'console-insight')
    expect(await seriousFindings(desk)).toEqual([])
    await desk.getByRole('button', { name: 'Back to clients' }).click()
  })

  it('report: fits every size, no serious axe findings', async () => {
    await desk.goto(`${server.url}/console/sessions/morning/report`)
    await desk.locator('.report-page[data-ready]').waitFor({ timeout: 60_000 })
    await checkSizes(desk, 'console-report')
    expect(await seriousFindings(desk)).toEqual([])
  })
})

it('raised no page errors', () => {
  expect(logs.flat().filter((l) => l.startsWith('[pageerror]'))).toEqual([])
})
