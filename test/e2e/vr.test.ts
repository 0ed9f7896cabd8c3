// WebXR through the IWER emulator (a Meta Quest 3), driven like a person would: Enter VR, point the right
// controller at the floor and pull the trigger to teleport, push the thumbstick to snap-turn.
import { afterAll, beforeAll, describe as group, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { launchBrowser, postArtwork, startServer, watchConsole, type RunningServer } from './harness'
import { screenshot, VIEWPORT, waitForFirstFrame } from './app-driver'
import { stats } from './pixels'
import {
  aimController,
  emu as emuOn,
  pressButton,
  waitForPointer,
  waitFrames,
  watchPointer,
} from './xr-driver'

let server: RunningServer
let browser: Browser
let page: Page
let consoleLines: string[]

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
const emu = (expr: string) => emuOn(page, expr)

const pose = () => page.evaluate(() => window.__stillroom!.camera!)

/** Pushes the right thumbstick sideways until the view turns, then lets go; returns how far it turned, in degrees. */
const snapTurn = async (x: 1 | -1) => {
  const before = await pose()
  await emu(`controllers.right.updateAxes('thumbstick', ${x}, 0)`)
  await page.waitForFunction((yaw) => Math.abs(window.__stillroom!.origin.yaw - yaw) > 1e-3, before.yaw, {
    timeout: 120_000,
    polling: 50,
  })
  await emu(`controllers.right.updateAxes('thumbstick', 0, 0)`)
  // A few more frames with the stick at rest: a second snap would show here.
  await waitFrames(page, 4)
  const after = await pose()
  return (Math.abs(((after.yaw - before.yaw + 3 * Math.PI) % (2 * Math.PI)) - Math.PI) * 180) / Math.PI
}

group('VR through the emulated headset', () => {
  it('offers Enter VR and starts an immersive-vr session that renders frames', async () => {
    const button = page.getByRole('button', { name: 'Enter VR' })
    await button.waitFor({ timeout: 120_000 })
    await button.click()
    await page.waitForFunction(() => window.__stillroom!.inXR, undefined, { timeout: 120_000 })
    const mode = await page.evaluate(
      () => window.__stillroom!.xrStore.getState().session?.environmentBlendMode,
    )
    expect(mode).toBeDefined()
    // Frames keep coming in the session: the renderer keeps drawing the gallery.
    await page.waitForFunction(() => (window.__stillroom!.renderer?.calls ?? 0) > 3, undefined, {
      timeout: 120_000,
    })
    await waitFrames(page, 5)
    const image = await screenshot(page, 'vr-session')
    expect(stats(image).stdLuminance).toBeGreaterThan(3)
  })

  it('teleports where the controller points, with a fade rather than a jump', async () => {
    // Stand where open floor lies ahead (a wall within reach would catch the aim before the floor does).
    await page.evaluate(() => window.__stillroom!.placeAt(3, 4, 0))
    await waitFrames(page, 3)
    const before = await pose()
    // Hold the right controller at chest height and aim it down at the floor ahead (toward -z), until the app's
    // teleport arc reports, frame after frame, that it meets the floor.
    await watchPointer(page, 'floor', 'teleport')
    const held = await aimController(page, 'right', { x: 0.2, y: 1.2, z: -0.3 }, { x: 3.2, y: 0, z: 1.5 })
    expect(held.y, 'the controller is where the test holds it').toBeCloseTo(1.2, 3)
    const aimed = await waitForPointer(page, 'floor', 'teleport')
    const spot = aimed.point!
    // The arc meets the floor ahead, as the controller points: steady, not swinging about (src/client/steady-teleport.tsx).
    expect(spot.z, `the arc meets the floor ahead: ${JSON.stringify(spot)}`).toBeLessThan(before.z - 0.5)
    expect(Math.abs(spot.x - before.x), 'and not off to a side').toBeLessThan(1)
    // Watch for the fade in every XR frame: the viewer is "moving" only while the veil is up.
    await page.evaluate(() => {
      const w = window as unknown as { __sawFade?: boolean }
      w.__sawFade = false
      const session = window.__stillroom!.xrStore.getState().session!
      const sample = () => {
        if (window.__stillroom!.moving) w.__sawFade = true
        else session.requestAnimationFrame(sample)
      }
      session.requestAnimationFrame(sample)
    })
    // Pull the trigger and let go, each held until the app has seen it: the pointer teleports on release.
    await pressButton(page, 'right')
    await page.waitForFunction(
      (b) => {
        const c = window.__stillroom!.camera!
        return !window.__stillroom!.moving && Math.hypot(c.x - b.x, c.z - b.z) > 0.25
      },
      before,
      { timeout: 60_000, polling: 'raf' },
    )
    expect(await page.evaluate(() => (window as unknown as { __sawFade?: boolean }).__sawFade)).toBe(true)
    const after = await pose()
    // Any teleport is a jump (there is no smooth locomotion in VR), so a quarter metre with a fade is proof; the
    // head lands where the arc met the floor.
    expect(
      Math.hypot(after.x - before.x, after.z - before.z),
      consoleLines.slice(-5).join(' | '),
    ).toBeGreaterThan(0.25)
    expect(Math.hypot(after.x - spot.x, after.z - spot.z), 'lands where the arc met the floor').toBeLessThan(
      0.6,
    )
  })

  it('snap-turns 45° with the thumbstick, or 30° when chosen', async () => {
    expect(await snapTurn(1)).toBeCloseTo(45, 0)

    // 30° is selectable in the comfort settings, and the next snap uses it.
    // The emulator's own canvas covers the page while in VR, so press the page's controls without the mouse.
    await page.getByText('Moving and comfort').dispatchEvent('click')
    await page.getByLabel('30°').dispatchEvent('click')
    expect(await page.getByLabel('30°').isChecked()).toBe(true)
    expect(await snapTurn(-1)).toBeCloseTo(30, 0)
    expect(consoleLines.filter((l) => l.includes('pageerror'))).toEqual([])
  })
})
