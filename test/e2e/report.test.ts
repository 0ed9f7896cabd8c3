// The printable session report, in the real built app: a seeded session (artworks, SUDS ratings, an exercise and
// a note) opened from the console, printed with Chromium's page.pdf(); the PDF must hold the paintings as
// embedded images and the SUDS chart, and its first page (pdftoppm → PNG) must show the chart.
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { session } from '../unit/insight-fixtures'
import { loginConsole } from './console-driver'
import { ROOT, launchBrowser, startServer, watchConsole, type RunningServer } from './harness'
import { decodePng } from './pixels'
import { seedClientRecord } from './record-seed'

const SHOTS = join(ROOT, '../notes/shots/insight')
const T0 = Date.UTC(2026, 10, 24, 14)

/**
 * How a printed page looks: how far down its lowest ink reaches (0–1 of the page height) and the share of the page
 * in the app's warm background colours (the headset's wall #efe6da, the console's #f3ede3).
 */
function pageLooks(img: { width: number; height: number; data: Uint8Array }) {
  let inkBottom = 0
  let warm = 0
  for (let y = 0; y < img.height; y++) {
    for (let x = 0; x < img.width; x++) {
      const i = (y * img.width + x) * 4
      const [r, g, b] = [img.data[i]!, img.data[i + 1]!, img.data[i + 2]!]
      if (Math.min(r, g, b) < 200) inkBottom = y
      const near = (c: number[]) => Math.abs(r - c[0]!) + Math.abs(g - c[1]!) + Math.abs(b - c[2]!) < 8
      if (near([0xef, 0xe6, 0xda]) || near([0xf3, 0xed, 0xe3])) warm++
    }
  }
  return { inkBottom: inkBottom / img.height, warmShare: warm / (img.width * img.height) }
}

let server: RunningServer
let browser: Browser
let dataDir: string
const ids = { full: '', empty: '' }

/** One client with a full session and an empty one, straight into the database (server not yet running). */
async function seed(dir: string): Promise<void> {
  const full = session('report-full', T0, {
    words: [
      {
        text: 'a quiet beach at sunset, the waves coming in slowly',
        biome: 'beach',
        valence: 0.6,
        arousal: -0.4,
      },
      { text: 'a pine forest after rain, soft light', biome: 'forest', valence: 0.5, arousal: -0.3 },
      { text: 'the fire in the old house', held: true },
    ],
    exercises: ['breathing-box'],
    suds: [
      [2, 7],
      [18, 5],
      [36, 3],
    ],
    notes: ['Chose "harbour" as the cue word; breathing came easier after the beach.'],
    end: 42,
  })
  const empty = session('report-empty', T0 + 86_400_000, { end: 3 })
  await seedClientRecord(dir, { id: 'client-robin', alias: 'Robin', createdAt: T0 }, [full, empty])
  ids.full = full.id
  ids.empty = empty.id
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'stillroom-report-'))
  await seed(dataDir)
  server = await startServer({ dataDir })
  browser = await launchBrowser()
}, 120_000)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
  rmSync(dataDir, { recursive: true, force: true })
})

describe('printable session report', () => {
  it('prints a PDF with the paintings as images and a SUDS chart that shows on page 1', async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 900 } })
    const errors = watchConsole(page)
    await loginConsole(page, server.url)
    await page.goto(`${server.url}/console/sessions/${ids.full}/report`)
    await page.locator('.report-page[data-ready]').waitFor({ timeout: 60_000 })
    // Everything the report promises is on the page: pseudonym, words, exercise, chart, note.
    await expect(page.getByRole('heading', { name: 'Robin' }).isVisible()).resolves.toBe(true)
    const text = await page.locator('.report-page').innerText()
    expect(text).toContain('a quiet beach at sunset')
    expect(text).toContain('the fire in the old house')
    expect(text).toContain('Box breathing')
    expect(text).toContain('harbour')
    expect(text).not.toContain('violence')
    expect(await page.locator('.report-suds').getAttribute('data-points')).toBe('3')
    // Two paintings were shown, so two pictures (painted by the console's painter); the held words have none.
    expect(await page.locator('.report-artwork img').count()).toBe(2)
    expect(await page.getByRole('button', { name: 'Print / Save as PDF' }).isEnabled()).toBe(true)

    mkdirSync(SHOTS, { recursive: true })
    await page.screenshot({ path: join(SHOTS, 'report-screen.png'), fullPage: true })
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true })
    const work = mkdtempSync(join(tmpdir(), 'stillroom-pdf-'))
    try {
      const pdfPath = join(work, 'report.pdf')
      writeFileSync(pdfPath, pdf)
      writeFileSync(join(SHOTS, 'report.pdf'), pdf)
      // Embedded image XObjects: `pdfimages -list` prints one row per image after a two-line header.
      const images = execFileSync('pdfimages', ['-list', pdfPath], { encoding: 'utf8' })
        .trim()
        .split('\n')
        .slice(2)
        .filter((row) => /\bimage\b/.test(row))
      expect(images.length).toBeGreaterThanOrEqual(2)
      const pdfText = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' })
      expect(pdfText).toContain('Robin')
      expect(pdfText).toContain('SUDS')
      expect(pdfText).toMatch(/0 min/)
      expect(pdfText).toMatch(/therapist.s notes/i)

      execFileSync('pdftoppm', ['-png', '-r', '96', pdfPath, join(work, 'page')])
      const pages = readdirSync(work)
        .filter((f) => f.startsWith('page-'))
        .sort()
        .map((f) => readFileSync(join(work, f)))
      pages.forEach((png, i) => writeFileSync(join(SHOTS, `report-page-${i + 1}.png`), png))
      const looks = pages.map((png) => pageLooks(decodePng(png)))
      // Sections follow one another: the first page is used to its foot, not a summary and a white half page.
      expect(looks[0]!.inkBottom, JSON.stringify(looks)).toBeGreaterThan(0.75)
      // No page shows the app's warm wall or console colour as a block (it did under the last section).
      for (const look of looks) expect(look.warmShare, JSON.stringify(looks)).toBeLessThan(0.01)
      const img = decodePng(pages[0]!)
      // The chart's line and dots are the one dark green on page 1: find them and check they span a chart.
      let count = 0
      let minX = Infinity
      let maxX = -Infinity
      let minY = Infinity
      let maxY = -Infinity
      for (let y = 0; y < img.height; y++) {
        for (let x = 0; x < img.width; x++) {
          const i = (y * img.width + x) * 4
          const [r, g, b] = [img.data[i]!, img.data[i + 1]!, img.data[i + 2]!]
          if (Math.abs(r - 0x4e) + Math.abs(g - 0x6b) + Math.abs(b - 0x5b) < 40) {
            count++
            minX = Math.min(minX, x)
            maxX = Math.max(maxX, x)
            minY = Math.min(minY, y)
            maxY = Math.max(maxY, y)
          }
        }
      }
      expect(count).toBeGreaterThan(150)
      expect(maxX - minX).toBeGreaterThan(img.width * 0.35)
      expect(maxY - minY).toBeGreaterThan(40)
      // No dark page: the print has a white background.
      const corner = img.data.subarray(0, 4)
      expect(Math.min(corner[0]!, corner[1]!, corner[2]!)).toBeGreaterThan(240)
    } finally {
      rmSync(work, { recursive: true, force: true })
    }
    expect(errors.filter((e) => e.startsWith('[pageerror]'))).toEqual([])
    await page.close()
  }, 120_000)

  it('says plainly when a session is empty, and when a session is not this therapist’s', async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 900 } })
    await loginConsole(page, server.url)
    await page.goto(`${server.url}/console/sessions/${ids.empty}/report`)
    await page.locator('.report-page[data-ready]').waitFor({ timeout: 60_000 })
    expect(await page.locator('.report-empty').innerText()).toContain('Nothing was recorded in this session')
    const pdf = await page.pdf({ preferCSSPageSize: true })
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    await page.goto(`${server.url}/console/sessions/not-a-session/report`)
    await expect(page.getByRole('alert').innerText()).resolves.toContain('There is no such session')
    await page.close()
  }, 90_000)
})
