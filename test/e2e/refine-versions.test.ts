// Versions side by side in the gallery, in the real built app against a real server: the therapist paints
// (a plain socket here), the client refines twice from the desktop panel, opens the versions side by side, sees three
// easels drawn (the renderer's own count, one draw call each, and the pixels), closes them (draw calls and textures
// given back), opens them again and clicks version 1 with the mouse: it hangs on the wall. Waits read app state only.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, it } from 'vitest'
import WebSocket from 'ws'
import { applyCommand, type Command, type ServerMessage, type SessionState } from '../../src/shared/session'
import { createTherapist, THERAPIST, until } from './console-driver'
import { launchBrowser, startServer, watchConsole, type RunningServer } from './harness'
import { crop, decodePng, stats } from './pixels'

const VIEWPORT = { width: 1100, height: 760 }
const WAIT = { timeout: 60_000, polling: 100 }
let server: RunningServer
let browser: Browser
let dataDir: string

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'stillroom-versions-'))
  await createTherapist(dataDir)
  server = await startServer({ dataDir, env: { STILLROOM_RATE_LIMIT: 'off' } })
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
  rmSync(dataDir, { recursive: true, force: true })
})

/** The therapist as a plain socket: a session to pair with, its state through the shared reducer, and commands. */
async function therapist(url: string) {
  const login = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: url },
    body: JSON.stringify(THERAPIST),
  })
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!
  const post = async (path: string, body: unknown) => {
    const r = await fetch(`${url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, origin: url },
      body: JSON.stringify(body),
    })
    if (!r.ok) throw new Error(`${path} ${r.status}: ${await r.text()}`)
    return r.json()
  }
  const { client } = (await post('/api/clients', { alias: 'Robin' })) as { client: { id: string } }
  const created = (await post('/api/sessions', { clientId: client.id, approval: 'open' })) as {
    session: SessionState
    pairingCode: { code: string }
  }
  const ws = new WebSocket(`${url.replace('http', 'ws')}/api/session/socket`, {
    headers: { origin: url, cookie },
  })
  let state: SessionState | null = null
  ws.on('message', (data) => {
    const m = JSON.parse(String(data)) as ServerMessage
    if (m.type === 'welcome') state = m.state
    else if (m.type === 'applied' && state) state = applyCommand(state, m.command, m.at)
  })
  await new Promise((ok, fail) => ws.once('open', ok).once('error', fail))
  ws.send(JSON.stringify({ v: 1, type: 'hello', role: 'therapist', sessionId: created.session.id }))
  await until(
    async () => state,
    (s) => s !== null,
    'the therapist welcome',
  )
  let n = 1
  return {
    code: created.pairingCode.code,
    get state() {
      return state!
    },
    send: (command: Command) => ws.send(JSON.stringify({ v: 1, type: 'command', id: `t${n++}`, command })),
    close: () => ws.close(),
  }
}

/** Waits until every easel is painted and fully faded in, and the visitor has arrived before the row. */
const settled = (page: Page, count: number) =>
  page.waitForFunction(
    (k) => {
      const s = window.__stillroom!
      const v = s.versions?.versions ?? []
      return (
        v.length === k && v.every((x) => x.painted && x.opacity >= 1) && !s.moving && s.versions!.drawn === k
      )
    },
    count,
    WAIT,
  )

it('refined twice, the three versions stand side by side; a click on version 1 hangs it', async () => {
  const t = await therapist(server.url)
  const page = await browser.newPage({ viewport: VIEWPORT })
  const errors = watchConsole(page)
  try {
    await page.goto(`${server.url}/?e2e=1`)
    await page.waitForFunction(() => (window.__stillroom?.renderer?.calls ?? 0) > 0, undefined, WAIT)
    expect(await page.evaluate((c) => window.__stillroom!.pairWithCode(c), t.code)).toBe(true)
    t.send({ type: 'describe', text: 'a quiet beach at sunset, the waves coming in slowly' })
    await page.waitForFunction(() => window.__stillroom!.paintedCount === 1, undefined, WAIT)
    const id = t.state.artworks[0]!.artwork.id

    // The client refines twice from the desktop panel.
    await page.getByRole('button', { name: 'Change a painting' }).click()
    for (const [choice, count] of [
      ['Warmer', 2],
      ['Add light', 3],
    ] as const) {
      await page.getByRole('button', { name: choice }).click()
      await until(
        async () => t.state.artworks[0]?.versions?.length ?? 0,
        (k) => k === count,
        `${count} versions`,
      )
    }
    expect(await page.evaluate(() => window.__stillroom!.versions)).toBeNull()

    // Side by side: three easels, drawn by the renderer (one call each) and visible in the pixels.
    await page.getByRole('button', { name: /Show versions side by side \(3\)/ }).click()
    await until(
      async () => t.state.compare?.artworkId,
      (a) => a === id,
      'the therapist sees the comparison',
    )
    await settled(page, 3)
    const open = (await page.evaluate(() => window.__stillroom!.renderer))!
    const points = await page.evaluate(() => window.__stillroom!.versions!.screen())
    expect(points.every((p) => p.onScreen)).toBe(true)
    const shot = decodePng(await page.screenshot({ type: 'png' }))
    for (const p of points) {
      // A painted canvas, not the plain plaster or floor: colour varies across it.
      const patch = stats(
        crop(shot, { x: Math.round(p.x) - 20, y: Math.round(p.y) - 20, width: 40, height: 40 }),
      )
      expect(patch.stdLuminance, `version ${p.id}`).toBeGreaterThan(2)
    }

    // Closing fades them out and gives everything back: three draw calls and four textures (paintings, labels).
    await page.getByRole('button', { name: 'Hide versions' }).click()
    await page.waitForFunction(() => window.__stillroom!.versions === null, undefined, WAIT)
    await page.waitForFunction(() => !window.__stillroom!.moving, undefined, WAIT)
    const closed = (await page.evaluate(() => window.__stillroom!.renderer))!
    // The easels themselves are exactly three draws (`drawn` above counts them at the renderer); the frame total
    // moved by 3 or 4 in runs so far (one unexplained extra draw elsewhere in the open frame, see the report).
    expect(open.calls - closed.calls).toBeGreaterThanOrEqual(3)
    expect(open.calls - closed.calls).toBeLessThanOrEqual(4)
    expect(open.textures - closed.textures).toBeGreaterThanOrEqual(4)
    expect(t.state.compare ?? null).toBeNull()

    // Open again; a click on version 1 (the original) hangs it on the wall.
    await page.getByRole('button', { name: /Show versions side by side/ }).click()
    await settled(page, 3)
    const first = (await page.evaluate(() => window.__stillroom!.versions!.screen()))[0]!
    const box = (await page.locator('canvas').first().boundingBox())!
    await page.mouse.click(box.x + first.x, box.y + first.y)
    await until(
      async () => t.state.artworks[0]?.current,
      (c) => c === id,
      'version 1 hangs',
    )
    await page.waitForFunction(
      () => window.__stillroom!.versions?.versions[0]?.current === true,
      undefined,
      WAIT,
    )
    expect(errors.filter((l) => l.startsWith('[error]') && !l.includes('401'))).toEqual([])
  } finally {
    t.close()
    await page.close()
  }
})

it('alone on the device: the same panel refines a painting, the versions stand side by side and survive a reload', async () => {
  const context = await browser.newContext({ viewport: VIEWPORT })
  const page = await context.newPage()
  const errors = watchConsole(page)
  try {
    await page.goto(`${server.url}/?e2e=1`)
    await page.waitForFunction(() => (window.__stillroom?.renderer?.calls ?? 0) > 0, undefined, WAIT)
    await page
      .getByLabel('Describe a place or a feeling')
      .fill('a quiet beach at sunset, the waves coming in slowly')
    await page.keyboard.press('Enter')
    await page.waitForFunction(() => window.__stillroom!.paintedCount === 1, undefined, WAIT)
    // The server's own record of this device's painting, read with the device's solo id.
    const listed = async () => {
      const device = await page.evaluate(() => localStorage.getItem('stillroom.soloDevice'))
      const r = await fetch(`${server.url}/api/artworks`, { headers: { 'x-stillroom-solo': device ?? '' } })
      return (await r.json()) as {
        artworks: Array<{ id: string; text: string }>
        versions: Record<string, { versions: unknown[]; current?: string }>
      }
    }
    const id = (await listed()).artworks[0]!.id

    await page.getByRole('button', { name: 'Change a painting' }).click()
    for (const [choice, count] of [
      ['Warmer', 2],
      ['Add light', 3],
    ] as const) {
      await page.getByRole('button', { name: choice }).click()
      await until(listed, (l) => l.versions[id]?.versions.length === count, `${count} versions`)
    }
    await page.getByRole('button', { name: /Show versions side by side \(3\)/ }).click()
    await settled(page, 3)
    await page.screenshot({ path: '/work/notes/shots/solo-versions.png' }).catch(() => undefined)
    const first = (await page.evaluate(() => window.__stillroom!.versions!.screen()))[0]!
    const box = (await page.locator('canvas').first().boundingBox())!
    await page.mouse.click(box.x + first.x, box.y + first.y)
    await until(listed, (l) => l.versions[id]?.current === id, 'the original hangs again')
    expect((await listed()).artworks[0]!.text).toBe('a quiet beach at sunset, the waves coming in slowly')

    // A reload keeps them: the device's gallery lists its versions with its paintings.
    await page.reload()
    await page.waitForFunction(() => window.__stillroom?.paintedCount === 1, undefined, WAIT)
    await page.getByRole('button', { name: 'Change a painting' }).click()
    await page.getByRole('button', { name: /Show versions side by side \(3\)/ }).waitFor({ timeout: 30_000 })
    expect(errors.filter((l) => l.startsWith('[error]') && !l.includes('401'))).toEqual([])
  } finally {
    await context.close()
  }
})
