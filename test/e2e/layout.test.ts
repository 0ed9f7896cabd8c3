// Layout at the screen sizes clinics use (points 1 and 2): the therapist console's session view after an
// approval, with long words in its lists, and the headset page with the exercises menu open. Measured from element
// boxes, one server and two page loads for every size: no horizontal scrolling, the safety controls never move while
// the therapist tabs through the right column, and every control (and every exercise) lies inside its panel.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe as group, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { seriousFindings } from './axe'
import { launchBrowser, startServer, watchConsole, type RunningServer } from './harness'
import { SIZES, beyondWindow, keepShot, measurePage, sizeName, twoFrames, type Box } from './layout-measure'
import { waitForFirstFrame } from './app-driver'
import {
  consoleSession,
  createTherapist,
  describeOnHeadset,
  loginConsole,
  pairPlainHeadset,
  startSession,
  until,
} from './console-driver'

// Words as a client or a therapist may really type them: one very long unbroken word, and a long plain phrase.
const LONG_WORD = 'Meeresrauschenabendsonnenuntergangsstrandspaziergangserinnerung'
const CLIENT_WORDS_APPROVED = `a sheltered cove at dusk, ${LONG_WORD}, warm sand and slow waves far out`
const CLIENT_WORDS_WAITING = `grandmothersgardenbehindthehousewithlavenderandbees in the late afternoon light, ${LONG_WORD}`
const THERAPIST_WORDS = `the old harbour wall in soft evening light, ${LONG_WORD}`

let server: RunningServer
let browser: Browser
let con: Page
let head: Page
const logs: string[][] = []

beforeAll(async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'stillroom-layout-e2e-'))
  await createTherapist(dataDir)
  server = await startServer({ dataDir, env: { STILLROOM_RATE_LIMIT: 'off' } })
  browser = await launchBrowser()
  con = await browser.newPage({ viewport: SIZES[0] })
  con.setDefaultTimeout(90_000)
  logs.push(watchConsole(con))
  await loginConsole(con, server.url)
  const code = await startSession(con, 'Robin')
  head = await browser.newPage({ viewport: SIZES[0] })
  head.setDefaultTimeout(90_000)
  logs.push(watchConsole(head))
  await pairPlainHeadset(head, server.url, code, (p) => waitForFirstFrame(p, 150_000))

  // One approval (the trigger) and one item left waiting, both the client's words with long words in them,
  // and words the therapist paints (held for approval or hung at once: either way in a list).
  const clientWords = async (words: string, marker: string) => {
    await describeOnHeadset(head, words)
    const s = await until(
      () => consoleSession(con),
      (x) => !!x?.artworks.some((e) => e.artwork.text.includes(marker)),
      `the client's words “${marker}” on the console`,
    )
    return s!.artworks.find((e) => e.artwork.text.includes(marker))!.artwork.id
  }
  const approved = await clientWords(CLIENT_WORDS_APPROVED, 'sheltered cove')
  await con
    .locator(`.pending-item[data-artwork-id="${approved}"]`)
    .getByRole('button', { name: 'Approve' })
    .click()
  await con.locator(`.hung-list [data-artwork-id="${approved}"]`).waitFor({ state: 'visible' })
  const waiting = await clientWords(CLIENT_WORDS_WAITING, 'lavender')
  await con.locator(`.pending-item[data-artwork-id="${waiting}"]`).waitFor({ state: 'visible' })
  await con.getByLabel('Describe on the client’s behalf').fill(THERAPIST_WORDS)
  await con.getByRole('button', { name: 'Paint' }).click()
  await until(
    () => consoleSession(con),
    (x) => !!x?.artworks.some((e) => e.artwork.text.includes('harbour wall')),
    "the therapist's words in the session",
  )
  // The layer sliders are part of the right column too.
  await con.locator('#sound details.layers summary').click()
}, 400_000)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

type Outside = { what: string; box: Box; panel: Box }

/** Boxes of the page in the browser: horizontal overflow of the document and body, and controls outside panels. */
const measureConsole = (page: Page) =>
  page.evaluate(() => {
    const box = (e: Element): Box => {
      const r = e.getBoundingClientRect()
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom }
    }
    const name = (e: Element) =>
      `${e.tagName.toLowerCase()} “${(e.getAttribute('aria-label') ?? e.textContent ?? '').trim().slice(0, 40)}”`
    const inside = (a: Box, b: Box) =>
      a.left >= b.left - 0.5 && a.right <= b.right + 0.5 && a.top >= b.top - 0.5 && a.bottom <= b.bottom + 0.5
    const doc = document.scrollingElement!
    const right = document.querySelector('.right')!
    const outside: Outside[] = []
    const panels = [...right.children].filter((p) => p.getBoundingClientRect().width > 0)
    const column = box(right)
    for (const panel of panels) {
      const p = box(panel)
      if (!inside(p, column))
        outside.push({ what: `panel ${panel.id || panel.className}`, box: p, panel: column })
      const controls = panel.querySelectorAll('button, input, select, textarea, output, summary, a[href]')
      for (const c of controls) {
        const r = c.getBoundingClientRect()
        if (r.width === 0 && r.height === 0) continue // not rendered (a closed <details>, a hidden input)
        if (!inside(box(c), p)) outside.push({ what: name(c), box: box(c), panel: p })
      }
    }
    return {
      viewport: window.innerWidth,
      doc: { scrollWidth: doc.scrollWidth, clientWidth: doc.clientWidth, scrollX: window.scrollX },
      body: { scrollWidth: document.body.scrollWidth, clientWidth: document.body.clientWidth },
      right: box(right),
      // The left column (mirror, map, SUDS) sticks beside the right one: all of it within the window.
      leftBottom: document.querySelector('.left')!.getBoundingClientRect().bottom,
      height: window.innerHeight,
      panelWidths: panels.map((p) => Math.round(p.getBoundingClientRect().width)),
      outside,
      // Text that does not fit its panel (a long word) widens nothing but spills: count it as well.
      spilling: panels
        .filter((p) => p.scrollWidth > p.clientWidth + 1)
        .map((p) => `${p.id || p.className}: ${p.scrollWidth} > ${p.clientWidth}`),
    }
  })

const emergencyBoxes = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('.emergency button, .topbar .back, .topbar h1')].map((e) => {
      const r = e.getBoundingClientRect()
      return [e.textContent?.trim().slice(0, 12), Math.round(r.left), Math.round(r.top), Math.round(r.width)]
    }),
  )

/** Tabs through the right column from its first control to its last, as a keyboard user would. */
async function tabThroughRightColumn(page: Page) {
  const before = await emergencyBoxes(page)
  const focusable = await page.evaluate(() => {
    const all = [
      ...document.querySelectorAll<HTMLElement>(
        '.right :is(button, input, select, textarea, summary, a[href]):not([disabled])',
      ),
    ].filter((e) => e.tabIndex >= 0 && e.getBoundingClientRect().width > 0)
    all[0]!.focus()
    return all.length
  })
  const moved: string[] = []
  let steps = 0
  for (;;) {
    const now = await emergencyBoxes(page)
    if (JSON.stringify(now) !== JSON.stringify(before)) {
      const what = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 80) ?? '')
      moved.push(`${what}: ${JSON.stringify(now)}`)
    }
    const stillRight = await page.evaluate(() => !!document.activeElement?.closest('.right'))
    if (!stillRight || steps > focusable + 5) break
    await page.keyboard.press('Tab')
    steps++
  }
  return { before, moved, steps, focusable }
}

/** Opens one of the headset page's panels (closing the others) and says which. */
async function openDockPanel(page: Page, name: 'Exercises' | 'Sound') {
  await closeComfortSettings(page)
  const panel = page.locator(`section.sound-dock-panel[aria-label="${name}"]`)
  if (!(await panel.isVisible())) await page.getByRole('button', { name, exact: true }).click()
  await panel.waitFor({ state: 'visible' })
}
const openExercises = async (page: Page) => (await openDockPanel(page, 'Exercises'), 'exercises')
const openSoundPanel = async (page: Page) => (await openDockPanel(page, 'Sound'), 'sound')
const closeComfortSettings = (page: Page) =>
  page.evaluate(() =>
    document.querySelector<HTMLDetailsElement>('.overlay .settings details')?.removeAttribute('open'),
  )
async function openComfortSettings(page: Page) {
  for (const name of ['Exercises', 'Sound'] as const) {
    const panel = page.locator(`section.sound-dock-panel[aria-label="${name}"]`)
    if (await panel.isVisible()) await page.getByRole('button', { name, exact: true }).click()
  }
  const details = page.locator('.overlay .settings details')
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open)))
    await page.getByText('Moving and comfort', { exact: true }).click()
  return 'comfort'
}
group('the console session view at common laptop and desktop sizes', () => {
  for (const size of SIZES) {
    it(`${sizeName(size)}: no sideways scroll, safety controls still, every control inside its panel`, async () => {
      await con.setViewportSize(size)
      await con.evaluate(() => {
        ;(document.activeElement as HTMLElement | null)?.blur()
        window.scrollTo(0, 0)
        document.body.scrollTo(0, 0)
      })
      await con.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))))
      await keepShot(con, `console-session-${sizeName(size)}`)
      if (size.width === 1280) {
        // The whole right column, every panel of it, for a person to read through: the same width, a tall window.
        await con.setViewportSize({ width: size.width, height: 2600 })
        await keepShot(con.locator('.right'), `console-right-column-${sizeName(size)}`)
        await con.setViewportSize(size)
      }
      const m = await measureConsole(con)
      const detail = JSON.stringify(m, null, 1)
      expect.soft(m.doc.scrollWidth, detail).toBeLessThanOrEqual(m.doc.clientWidth)
      expect.soft(m.body.scrollWidth, detail).toBeLessThanOrEqual(m.body.clientWidth)
      expect.soft(m.right.right, detail).toBeLessThanOrEqual(m.viewport)
      expect.soft(m.leftBottom, detail).toBeLessThanOrEqual(m.height)
      expect.soft(m.outside, detail).toEqual([])
      expect.soft(m.spilling, detail).toEqual([])

      const tab = await tabThroughRightColumn(con)
      expect(tab.steps, 'tabbed through the right column').toBeGreaterThan(20)
      expect.soft(tab.moved, JSON.stringify(tab.before)).toEqual([])
      const after = await con.evaluate(() => ({
        x: window.scrollX,
        doc: document.scrollingElement!.scrollLeft,
        body: document.body.scrollLeft,
      }))
      expect(after).toEqual({ x: 0, doc: 0, body: 0 })
    })
  }

  it('has no serious or critical accessibility findings (axe-core), with the layer sliders open', async () => {
    expect(await seriousFindings(con)).toEqual([])
  })
})

group('the headset page with the exercises menu open', () => {
  for (const size of SIZES) {
    it(`${sizeName(size)}: all six exercises and Begin lie inside the menu, the menu inside the window`, async () => {
      await head.setViewportSize(size)
      const menu = head.locator('section.sound-dock-panel[aria-label="Exercises"]')
      if (!(await menu.isVisible())) await head.getByRole('button', { name: 'Exercises' }).click()
      await menu.waitFor({ state: 'visible' })
      await head.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))))
      if (size.width === 1280) await keepShot(head, `headset-exercises-${sizeName(size)}`)
      // Each exercise in turn (the chosen one shows its hint and its options): all of the menu inside the panel.
      const m = await head.evaluate(async () => {
        const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))
        const box = (e: Element) => {
          const r = e.getBoundingClientRect()
          return { left: r.left, top: r.top, right: r.right, bottom: r.bottom }
        }
        const panel = document.querySelector('section.sound-dock-panel[aria-label="Exercises"]')!
        const radios = [...panel.querySelectorAll<HTMLInputElement>('.exercise-choice input[type="radio"]')]
        // The words box at the bottom stays clear of the menu, whichever exercise is chosen.
        const wordsTop = document.querySelector('.overlay')!.getBoundingClientRect().top
        const outside: Array<{ chosen: string; what: string; box: ReturnType<typeof box> }> = []
        let p = box(panel)
        for (const radio of [...radios.slice(1), radios[0]!]) {
          radio.click()
          await frame()
          p = box(panel)
          const inside = (a: ReturnType<typeof box>) =>
            a.left >= p.left - 0.5 &&
            a.right <= p.right + 0.5 &&
            a.top >= p.top - 0.5 &&
            a.bottom <= p.bottom + 0.5
          const items = [
            ...panel.querySelectorAll('.exercise-choice, .exercise-option, button, input, select'),
          ]
          for (const e of items)
            if (e.getBoundingClientRect().width > 0 && !inside(box(e)))
              outside.push({
                chosen: radio.value,
                what: e.textContent?.trim().slice(0, 30) ?? '',
                box: box(e),
              })
          if (panel.scrollHeight > panel.clientHeight + 1)
            outside.push({
              chosen: radio.value,
              what: `scrolls ${panel.scrollHeight} > ${panel.clientHeight}`,
              box: p,
            })
          if (p.bottom > wordsTop)
            outside.push({ chosen: radio.value, what: `covers the words box at ${wordsTop}`, box: p })
        }
        return {
          panel: p,
          window: { width: window.innerWidth, height: window.innerHeight },
          choices: radios.length,
          outside,
          doc: {
            scrollWidth: document.scrollingElement!.scrollWidth,
            clientWidth: document.scrollingElement!.clientWidth,
          },
        }
      })
      if (size.height === 768) {
        // The tallest menu (the safe place: its hint and a cue word to type) on the shortest window.
        await menu.getByLabel(/Safe place/).check()
        await keepShot(menu, `headset-exercises-safe-place-${sizeName(size)}`)
        await menu.getByLabel(/Slow breathing/).check()
      }
      const detail = JSON.stringify(m, null, 1)
      expect(m.choices).toBe(6)
      expect.soft(m.outside, detail).toEqual([])
      expect.soft(m.panel.right, detail).toBeLessThanOrEqual(m.window.width)
      expect.soft(m.panel.bottom, detail).toBeLessThanOrEqual(m.window.height)
      expect.soft(m.doc.scrollWidth, detail).toBeLessThanOrEqual(m.doc.clientWidth)
    })
  }

  for (const size of SIZES) {
    it(`${sizeName(size)}: the sound panel and the comfort settings lie inside the window`, async () => {
      await head.setViewportSize(size)
      const found: unknown[] = []
      for (const open of [openSoundPanel, openComfortSettings]) {
        const what = await open(head)
        await twoFrames(head)
        const m = await measurePage(head, '.sound-dock-panel, .overlay, .settings details')
        const detail = JSON.stringify({ what, ...m }, null, 1)
        expect.soft(m.doc.scrollWidth, detail).toBeLessThanOrEqual(m.doc.clientWidth)
        expect.soft(m.outside, detail).toEqual([])
        expect.soft(m.spilling, detail).toEqual([])
        // Every open panel within the window, top to bottom as well.
        found.push(
          ...(await beyondWindow(head, '.sound-dock-panel, .overlay')).map((p) => ({ open: what, ...p })),
        )
        if (size.width === 1280) await keepShot(head, `headset-${what}-${sizeName(size)}`)
      }
      expect.soft(found).toEqual([])
    })
  }

  it('has no serious or critical accessibility findings (axe-core) with each panel open', async () => {
    await head.setViewportSize(SIZES[0])
    const findings: Record<string, unknown> = {}
    for (const open of [openExercises, openSoundPanel, openComfortSettings]) {
      const what = await open(head)
      findings[what] = await seriousFindings(head)
    }
    // And what a client in a session meets besides: the refine panel, then the therapist's SUDS question.
    await openSoundPanel(head)
    await head.getByRole('button', { name: 'Sound', exact: true }).click()
    await head.getByRole('button', { name: 'Change a painting' }).click()
    const refine = head.getByRole('region', { name: 'Change a painting' })
    await refine.waitFor({ state: 'visible' })
    findings.refine = await seriousFindings(head)
    findings.refineOutside = await beyondWindow(head, '.refine-panel')
    await keepShot(head, `headset-refine-${sizeName(SIZES[0])}`)
    await con.getByRole('button', { name: 'Ask for a rating' }).click()
    const scale = head.getByRole('dialog', { name: 'How distressed do you feel right now?' })
    await scale.waitFor({ state: 'visible' })
    findings.suds = await seriousFindings(head)
    findings.sudsOutside = await beyondWindow(head, '[role="dialog"]')
    await keepShot(head, `headset-suds-${sizeName(SIZES[0])}`)
    await scale.getByRole('radio', { name: '3', exact: true }).click()
    await scale.getByRole('button', { name: 'Send 3' }).click()
    await scale.waitFor({ state: 'detached' })
    expect(findings).toEqual({
      exercises: [],
      sound: [],
      comfort: [],
      refine: [],
      refineOutside: [],
      suds: [],
      sudsOutside: [],
    })
  })

  it('raised no page errors', () => {
    expect(logs.flat().filter((l) => l.startsWith('[pageerror]'))).toEqual([])
  })
})
