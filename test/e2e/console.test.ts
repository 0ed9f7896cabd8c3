// The therapist console and the headset together: two Chromium pages on one real server. The console is
// driven through its real login and controls; the headset (IWER-emulated Quest) pairs with the code the console
// shows. Every wait reads the pages' own state (session snapshots, uPlot's data), never the wall clock.
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe as group, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { ROOT, SCREENSHOTS, launchBrowser, startServer, watchConsole, type RunningServer } from './harness'
import { captureCanvas, waitForFirstFrame } from './app-driver'
import {
  CONSOLE_VIEWPORT,
  consoleSession,
  createTherapist,
  describeOnHeadset,
  headsetSession,
  loginConsole,
  shoot,
  startSession,
  until,
} from './console-driver'
import { decodePng, luminance } from './pixels'
import { placeArtworks } from '../../src/shared/landscape/walk-area'

let server: RunningServer
let browser: Browser
let con: Page
let head: Page
let pairingCode = ''
const logs: string[][] = []

const hasLandscape = existsSync(join(ROOT, 'src/scene/landscape/index.ts'))
// The emulated headset draws every frame in SwiftShader for the whole file, beside the console page: a small window
// keeps those frames cheap. Only its state and one picture change are read here, never its layout.
const HEAD_VIEWPORT = { width: 560, height: 400 }

/** Mean absolute luminance difference between two screenshots, 0…255. */
const difference = (a: Buffer, b: Buffer) => {
  const la = luminance(decodePng(a))
  const lb = luminance(decodePng(b))
  let sum = 0
  for (let i = 0; i < la.length; i++) sum += Math.abs(la[i]! - lb[i]!)
  return sum / la.length
}

const snapshot = async () => {
  const h = await headsetSession(head)
  if (!h) throw new Error('the headset has no session')
  return h
}
const state = async () => {
  const s = await consoleSession(con)
  if (!s) throw new Error('the console has no session')
  return s
}

beforeAll(async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'stillroom-console-e2e-'))
  await createTherapist(dataDir)
  server = await startServer({ dataDir, env: { STILLROOM_RATE_LIMIT: 'off' } })
  browser = await launchBrowser()
  con = await browser.newPage({ viewport: CONSOLE_VIEWPORT })
  // Two SwiftShader pages share two cores (with other test runs): give actions room, never a fixed sleep.
  con.setDefaultTimeout(90_000)
  logs.push(watchConsole(con))
  await loginConsole(con, server.url)
  pairingCode = await startSession(con, 'Robin')
  head = await browser.newPage({ viewport: HEAD_VIEWPORT })
  head.setDefaultTimeout(90_000)
  logs.push(watchConsole(head))
  await head.goto(`${server.url}/?e2e=1&emulate=1`)
  await waitForFirstFrame(head, 150_000)
}, 300_000)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

group('therapist console with a paired headset', () => {
  it('shows a 6-character pairing code, and the headset pairs with it', async () => {
    expect(pairingCode).toMatch(/^[ACDEFHJKMNPRTUVWXY34679]{6}$/)
    expect((await state()).phase).toBe('waiting')
    const paired = await head.evaluate((code) => window.__stillroom!.pairWithCode(code), pairingCode)
    expect(paired, JSON.stringify(await headsetSession(head))).toBe(true)
    await until(state, (s) => s.phase === 'active', 'the session to become active')
    await until(() => con.evaluate(() => window.__stillroomConsole!.headset), Boolean, 'headset presence')
    // The mirror follows the client's head: poses stream in.
    await until(
      () => con.evaluate(() => window.__stillroomConsole!.poses),
      (n) => n > 5,
      'poses on the console',
    )
    await con.getByText('Headset connected').waitFor({ state: 'visible', timeout: 15_000 })
  })

  it("keeps the client's pending artwork off the headset until the therapist approves it", async () => {
    await describeOnHeadset(head, 'a green meadow with wildflowers in the afternoon')
    const pending = await until(
      state,
      (s) => s.artworks.some((e) => e.state === 'pending'),
      'the pending artwork on the console',
    )
    const id = pending.artworks.find((e) => e.state === 'pending')!.artwork.id
    const item = con.locator(`.pending-item[data-artwork-id="${id}"]`)
    await item.getByText('a green meadow with wildflowers').waitFor({ state: 'visible', timeout: 15_000 })
    // The console shows it; the headset has received nothing of it.
    const before = await snapshot()
    expect(before.artworkIds).not.toContain(id)
    expect(before.pendingVisible).toBe(false)
    expect(await head.evaluate(() => document.body.innerText)).not.toContain('wildflowers')

    await item.getByRole('button', { name: 'Approve' }).click()
    await until(snapshot, (h) => h.artworkIds.includes(id), 'the approved artwork on the headset')
    await until(
      () => head.evaluate((aid) => window.__stillroom!.fadeState.find((f) => f.id === aid)?.size ?? 0, id),
      (size) => size > 0,
      'the headset to paint it',
      60_000,
    )
    expect((await snapshot()).pendingVisible).toBe(false)
    await con.locator(`.hung-list [data-artwork-id="${id}"]`).waitFor({ state: 'visible', timeout: 15_000 })
  })

  it("puts the headset's SUDS answer on the console chart", async () => {
    await con.getByRole('button', { name: 'Ask for a rating' }).click()
    await until(snapshot, (h) => h.suds !== null, 'the SUDS question on the headset')
    expect(await head.evaluate(() => window.__stillroom!.answerSuds(7))).toBe(true)
    await until(state, (s) => s.suds.ratings.length === 1, 'the rating on the console')
    expect((await state()).suds.ratings[0]!.value).toBe(7)
    // uPlot's own data, not the state: the point is on the chart.
    await until(
      () => con.evaluate(() => window.__stillroomConsole!.chartPoints),
      (n) => n === 1,
      'the chart point',
    )
    await con.getByText('Latest: 7 / 10').waitFor({ state: 'visible', timeout: 15_000 })
    await shoot(con, 'console-session')
  })

  it('sets the break interval and starts resonance breathing at a chosen rate; the headset has both', async () => {
    await con.getByLabel('Break every').selectOption('30')
    // The rate control clamps: 40 breaths a minute becomes the schema's most, one step less is what is sent.
    await con.getByRole('radio', { name: 'Breathing', exact: true }).click()
    await con.getByRole('radio', { name: 'Resonance' }).click()
    const rate = con.getByRole('spinbutton', { name: 'Breaths a minute' })
    await rate.fill('40')
    await rate.blur()
    expect(await rate.inputValue()).toBe('10')
    await con.getByRole('button', { name: 'Less: breaths a minute' }).click()
    await con.getByRole('button', { name: 'Start resonance breathing' }).click()
    const h = await until(
      snapshot,
      (x) => x.breakEveryMin === 30 && x.exercise === 'breathing-resonance',
      'the break interval and the exercise on the headset',
    )
    expect(h.exerciseOptions).toMatchObject({ rate: 9.5, minutes: 10 })
    await con.getByText(/Running: Resonance breathing · 9\.5\/min/).waitFor({ state: 'visible' })
    await con.getByRole('button', { name: 'Stop exercise' }).click()
    await until(snapshot, (x) => x.exercise === null, 'the exercise to stop on the headset')
  }, 30_000)

  it('brings the client to the safe place from one key press, and measures click → fade', async () => {
    await con.getByRole('radio', { name: 'Gallery' }).click()
    await until(snapshot, (h) => h.view === 'gallery', 'the gallery')
    await con.getByLabel(/Save the current scene as the safe place/).fill('harbour')
    await con.getByRole('button', { name: 'Save', exact: true }).click()
    await until(state, (s) => s.safePlace.saved?.cueWord === 'harbour', 'the saved safe place')
    const savedBiome = (await state()).spec.biome
    await con.getByRole('radio', { name: 'Desert' }).click()
    await until(snapshot, (h) => h.biome === 'desert', 'the desert on the headset')
    const fadesBefore = (await snapshot()).fade.count['safe-place'] ?? 0

    await con.locator('body').press('Alt+S')
    const h = await until(snapshot, (x) => x.safePlaceShown, 'the safe place on the headset')
    expect(h.safePlaceActive).toBe(true)
    expect(h.biome).toBe(savedBiome)
    expect(h.cueWord).toBe('harbour')
    expect(h.fade.count['safe-place'] ?? 0).toBe(fadesBefore + 1)

    // safe_place_ms: the key press leaving the console → the headset's fade starting, on one epoch clock.
    const sent = await con.evaluate(() =>
      window.__stillroomConsole!.sent.filter((s) => s.type === 'safe-place-go'),
    )
    const fadeAt = await head.evaluate(() => {
      const f = window.__stillroom!.session!.fade
      return f.startedAt === null ? null : performance.timeOrigin + f.startedAt
    })
    expect(sent).toHaveLength(1)
    expect(fadeAt).not.toBeNull()
    const ms = fadeAt! - sent[0]!.at
    expect(ms).toBeGreaterThan(0)
    mkdirSync(SCREENSHOTS, { recursive: true })
    writeFileSync(join(SCREENSHOTS, 'safe-place-ms.json'), JSON.stringify({ safe_place_ms: ms }))
    console.log(`safe_place_ms ${ms.toFixed(1)}`)
    await con.getByText(/At the safe place · “harbour”/).waitFor({ state: 'visible', timeout: 15_000 })
  })

  it('pauses and resumes from the keyboard', async () => {
    await con.locator('body').press('Alt+P')
    await until(snapshot, (h) => h.paused, 'the headset to pause')
    await con.getByRole('button', { name: /Resume/ }).click()
    await until(snapshot, (h) => !h.paused && h.phase === 'active', 'the headset to resume')
  })

  it('rejoins the same session without a code when the headset page reloads', async () => {
    const seq = (await state()).seq
    await head.reload()
    await waitForFirstFrame(head, 150_000)
    // The session module loads lazily after a reload: until then there is no snapshot at all.
    const h = (await until(
      () => headsetSession(head),
      (x) => !!x && x.stage === 'live' && x.connection === 'open',
      'the headset to rejoin',
      150_000,
    ))!
    expect(h.seq).toBeGreaterThanOrEqual(seq)
    expect(h.artworkIds).toEqual(
      (await state()).artworks.filter((e) => e.state === 'approved').map((e) => e.artwork.id),
    )
    await until(() => con.evaluate(() => window.__stillroomConsole!.headset), Boolean, 'presence again')
  })

  it.skipIf(!hasLandscape)(
    "changing the place on the console changes the headset's picture",
    async () => {
      // Reduced motion holds the landscape's animation still; the place is chosen before the landscape opens, so
      // it starts settled, and the change to snow is settled at once below.
      await head.evaluate(() => window.__stillroom!.store.setComfort({ reducedMotion: true }))
      const landscape = () =>
        head.evaluate(() => {
          // The test API is briefly re-installed when the app's view changes: read it only when present.
          const s = window.__stillroom
          if (!s) return { view: undefined, veil: undefined, biome: undefined, fade: 0 }
          const l = s.landscape
          return { view: s.session?.view, veil: s.session?.fade.value, biome: l?.biome, fade: l?.fade ?? 0 }
        })
      await con.getByRole('radio', { name: 'Meadow' }).click()
      await until(snapshot, (h) => h.biome === 'meadow', 'the meadow on the headset')
      await con.getByRole('radio', { name: 'Landscape' }).click()
      await until(
        landscape,
        (r) => r.view === 'landscape' && (r.veil ?? 1) < 0.05 && r.biome === 'meadow' && r.fade >= 1,
        'the meadow landscape',
        150_000,
      )
      const meadow = (await captureCanvas(head)).png
      await con.getByRole('radio', { name: 'Snow' }).first().click()
      await until(landscape, (r) => r.biome === 'snow', 'the snow on the headset', 120_000)
      // The crossfade itself is landscape.test.ts's subject: here it is finished at once by the landscape's own
      // fader, and the picture read two drawn frames later.
      const f0 = await head.evaluate(() => {
        window.__stillroom!.landscape!.settle()
        return window.__stillroom!.landscape!.frames
      })
      await until(
        () =>
          head.evaluate(() => {
            const l = window.__stillroom?.landscape
            return l ? { fade: l.fade, frames: l.frames } : null
          }),
        (l) => !!l && l.fade >= 1 && l.frames >= f0 + 2,
        'the settled snow landscape',
        120_000,
      )
      const snow = (await captureCanvas(head)).png
      writePng('headset-meadow', meadow)
      writePng('headset-snow', snow)
      await shoot(con, 'console-landscape')
      expect(difference(meadow, snow)).toBeGreaterThan(4)

      // A painting approved here takes the lookout; the one that stood there moves on to its easel, so every stand
      // holds exactly one painting (it used to stay at the lookout, hidden behind the new one, its easel empty).
      await describeOnHeadset(head, 'a small wooden boat on a calm lake at dawn')
      const waiting = await until(
        state,
        (s) => s.artworks.some((e) => e.state === 'pending' && e.artwork.text.includes('wooden boat')),
        'the boat waiting for approval',
      )
      const boat = waiting.artworks.find((e) => e.artwork.text.includes('wooden boat'))!.artwork.id
      await con
        .locator(`.pending-item[data-artwork-id="${boat}"]`)
        .getByRole('button', { name: 'Approve' })
        .click()
      const key = (p: { x: number; y: number; z: number }) =>
        [p.x, p.y, p.z].map((v) => v.toFixed(2)).join(' ')
      const placed = await until(
        () =>
          head.evaluate(
            () => window.__stillroom?.fadeState.map((f) => ({ id: f.id, position: f.position })) ?? [],
          ),
        (planes) => planes.some((p) => p.id === boat),
        'the boat on the headset',
      )
      const stands = placeArtworks(placed.length).map((s) => key({ x: s.x, y: s.y, z: s.z }))
      // The plane sits a hair in front of its stand (Stands.tsx): compare to the centimetre on x and z.
      const near = (a: string, b: string) =>
        a.split(' ').every((v, i) => Math.abs(Number(v) - Number(b.split(' ')[i])) < 0.05)
      expect(placed.length).toBeGreaterThanOrEqual(2)
      for (const stand of stands)
        expect(
          placed.filter((p) => near(key(p.position), stand)).map((p) => p.id),
          `the stand at ${stand}`,
        ).toHaveLength(1)
      await con.getByRole('radio', { name: 'Gallery' }).click()
      await until(snapshot, (h) => h.view === 'gallery', 'the gallery again')
    },
    400_000,
  )

  it('ends the session gently on both sides after a confirmation', async () => {
    await con.getByRole('button', { name: 'End session' }).click()
    await con
      .getByRole('alertdialog', { name: 'End the session?' })
      .getByRole('button', { name: 'End session' })
      .click()
    await until(state, (s) => s.phase === 'ended', 'the session to end')
    await until(snapshot, (h) => h.stage === 'ended' || h.phase === 'ended', 'the headset to close')
    await shoot(con, 'console-ended')
    const errors = logs.flat().filter((l) => l.startsWith('[pageerror]'))
    expect(errors).toEqual([])
  })
})

group("the client's comfort kept with their record", () => {
  it('a comfort choice made in a session shows on the console and starts the next session on a fresh headset', async () => {
    // Fresh browser contexts = other (shared clinic) headsets with nothing stored. Small and without the XR
    // emulator: only pairing and the comfort settings matter here, not the picture.
    const freshHeadset = async () => {
      const ctx = await browser.newContext({ viewport: { width: 480, height: 320 } })
      const page = await ctx.newPage()
      page.setDefaultTimeout(90_000)
      logs.push(watchConsole(page))
      await page.goto(`${server.url}/?e2e=1`)
      await page.waitForFunction(() => !!window.__stillroom, undefined, { timeout: 90_000 })
      return { ctx, page }
    }
    const sessionCode = async () => {
      await con.goto(`${server.url}/console?e2e=1`)
      await con.getByRole('button', { name: 'Start session with Robin' }).click()
      // As startSession (console-driver.ts) does: the code is read once the session state has arrived.
      const code = con.locator('.pairing-code')
      await code.waitFor()
      await con.waitForFunction(() => window.__stillroomConsole?.session != null)
      return (await code.getAttribute('data-code')) ?? ''
    }
    const join = async (page: Page, code: string) => {
      expect(await page.evaluate((c) => window.__stillroom!.pairWithCode(c), code)).toBe(true)
      await until(
        () => headsetSession(page),
        (h) => h?.stage === 'live',
        'the headset to join',
      )
    }
    const posture = (page: Page) => page.evaluate(() => window.__stillroom!.store.getState().comfort.posture)

    // The emulated headset of the tests above is done: its rendering would only slow these two down.
    await head.close()
    const first = await freshHeadset()
    await join(first.page, await sessionCode())
    await first.page.evaluate(() => window.__stillroom!.store.setComfort({ posture: 'seated' }))
    await con.goto(`${server.url}/console?e2e=1`)
    type Listed = { clients: Array<{ alias: string; prefs?: { comfort?: { posture?: string } } }> }
    await until(
      () =>
        con.evaluate(async () => {
          const r = (await (await fetch('/api/clients')).json()) as Listed
          return r.clients.find((c) => c.alias === 'Robin')?.prefs?.comfort?.posture
        }),
      (p) => p === 'seated',
      'the record to keep the seated posture',
    )
    await con.reload()
    const card = con.locator('.client-card', { hasText: 'Robin' })
    await card.getByText(/seated/).waitFor({ state: 'visible' })
    await shoot(con, 'console-client-card')
    await first.ctx.close()

    const second = await freshHeadset()
    expect(await posture(second.page)).toBe('standing')
    await join(second.page, await sessionCode())
    await until(
      () => posture(second.page),
      (p) => p === 'seated',
      "the client's posture on the new headset",
    )
    await second.ctx.close()
  }, 240_000)
})

function writePng(name: string, buffer: Buffer) {
  const dir = join(SCREENSHOTS, 'console')
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, `${name}.png`), buffer)
}
