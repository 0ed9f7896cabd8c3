// WebXR through the IWER emulator (a Meta Quest 3), driven like a person would: Enter VR, point the right
// controller at the floor and pull the trigger to teleport, push the thumbstick to snap-turn.
import { afterAll, beforeAll, describe as group, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { launchBrowser, postArtwork, startServer, watchConsole, type RunningServer } from './harness'
import { screenshot, VIEWPORT, waitForFirstFrame } from './app-driver'
import { stats } from './pixels'

let server: RunningServer
let browser: Browser
let page: Page
let consoleLines: string[]

type Emulator = {
  controllers: Record<
    'left' | 'right',
    {
      position: { set(x: number, y: number, z: number): void }
      quaternion: { set(x: number, y: number, z: number, w: number): void }
      updateButtonValue(id: string, v: number): void
      updateAxes(id: string, x: number, y: number): void
    }
  >
}
const emulator = () =>
  (window.__stillroom!.xrStore.getState() as unknown as { emulator?: Emulator }).emulator ??
  (() => {
    throw new Error('no emulator')
  })()

beforeAll(async () => {
  server = await startServer({ env: { STILLROOM_RATE_LIMIT: 'off' } })
  await postArtwork(server.url, 'a quiet beach at sunset, the waves coming in slowly')
  await postArtwork(server.url, 'a green meadow with wildflowers in the afternoon')
  browser = await launchBrowser()
  page = await browser.newPage({ viewport: VIEWPORT })
  consoleLines = watchConsole(page)
  await page.goto(`${server.url}/?e2e=1&emulate=1`)
  await waitForFirstFrame(page)
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

/** Runs `expr` on the emulated device, e.g. `controllers.right.updateButtonValue('trigger', 1)`. */
const emu = (expr: string) => page.evaluate(`(${emulator.toString()})().${expr}`)

const pose = () => page.evaluate(() => window.__stillroom!.camera!)

group('VR through the emulated headset', () => {
  it('offers Enter VR and starts an immersive-vr session that renders frames', async () => {
    const button = page.getByRole('button', { name: 'Enter VR' })
    await button.waitFor({ timeout: 30_000 })
    await button.click()
    await page.waitForFunction(() => window.__stillroom!.inXR, undefined, { timeout: 30_000 })
    const mode = await page.evaluate(
      () => window.__stillroom!.xrStore.getState().session?.environmentBlendMode,
    )
    expect(mode).toBeDefined()
    // Frames keep coming in the session: the renderer keeps drawing the gallery.
    await page.waitForFunction(() => (window.__stillroom!.renderer?.calls ?? 0) > 3, undefined, {
      timeout: 30_000,
    })
    await page.waitForTimeout(1500)
    const image = await screenshot(page, 'vr-session')
    expect(stats(image).stdLuminance).toBeGreaterThan(3)
  })

  it('teleports where the controller points, with a fade rather than a jump', async () => {
    const before = await pose()
    await emu(`controllers.right.position.set(0.15, 1.1, -0.25)`)
    // Pitch the controller 20° down so the teleport arc lands on the floor a few metres ahead.
    await emu(`controllers.right.quaternion.set(-0.1736, 0, 0, 0.9848)`)
    await page.waitForTimeout(800)
    await emu(`controllers.right.updateButtonValue('trigger', 1)`)
    await page.waitForTimeout(400)
    await emu(`controllers.right.updateButtonValue('trigger', 0)`)
    // The fade starts: while it runs the viewer is "moving"; afterwards the head is somewhere new.
    await page.waitForFunction(() => window.__stillroom!.moving, undefined, { timeout: 10_000 })
    await page.waitForFunction(() => !window.__stillroom!.moving, undefined, { timeout: 15_000 })
    const after = await pose()
    const moved = Math.hypot(after.x - before.x, after.z - before.z)
    expect(moved, `teleport moved the viewer (log: ${consoleLines.slice(-5).join(' | ')})`).toBeGreaterThan(1)
  })

  it('snap-turns 45° with the thumbstick, or 30° when chosen', async () => {
    const before = await pose()
    await emu(`controllers.right.updateAxes('thumbstick', 1, 0)`)
    await page.waitForTimeout(500)
    await emu(`controllers.right.updateAxes('thumbstick', 0, 0)`)
    await page.waitForTimeout(800)
    const after = await pose()
    const turned = Math.abs(((after.yaw - before.yaw + 3 * Math.PI) % (2 * Math.PI)) - Math.PI)
    expect((turned * 180) / Math.PI).toBeCloseTo(45, 0)

    // 30° is selectable in the comfort settings, and the next snap uses it.
    await page.getByText('Moving and comfort').click()
    await page.getByLabel('30°').check()
    const before30 = await pose()
    await emu(`controllers.right.updateAxes('thumbstick', -1, 0)`)
    await page.waitForTimeout(500)
    await emu(`controllers.right.updateAxes('thumbstick', 0, 0)`)
    await page.waitForTimeout(800)
    const after30 = await pose()
    const turned30 = Math.abs(((after30.yaw - before30.yaw + 3 * Math.PI) % (2 * Math.PI)) - Math.PI)
    expect((turned30 * 180) / Math.PI).toBeCloseTo(30, 0)
    expect(consoleLines.filter((l) => l.includes('pageerror'))).toEqual([])
  })
})
