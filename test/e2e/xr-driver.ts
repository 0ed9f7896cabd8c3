// Drives IWER's emulated Meta Quest 3 (`?emulate=1`) the way a person would: hold a controller somewhere, aim it
// at a point of the scene, pull the trigger, push a thumbstick.
//
// Why controller poses go through IWER's DevUI: @react-three/xr installs the DevUI with the emulator, and on every
// XR frame, before the frame's input is read, the DevUI copies the world pose of its two on-screen transform handles
// onto the emulated controllers (node_modules/@iwer/devui/lib/scene.js, InputLayer.renderScene →
// syncDeviceTransforms; called from node_modules/iwer/lib/session/XRSession.js, `devui.render(now)` just before
// `device.onFrameStart(frame)`). A pose written straight to `emulator.controllers.right.position` is therefore
// overwritten before any frame sees it. Moving the DevUI's handle instead (as dragging it with the mouse would) is
// what makes the pose stick: the handle is parented to the headset rig, so we convert the wanted pose, given in the
// emulator's own space (the XR origin's frame), into the handle's parent frame.
import type { Page } from 'playwright-core'

export type Hand = 'left' | 'right'
type Vec3 = { x: number; y: number; z: number }

/** Runs `expr` on the emulated device, e.g. `controllers.right.updateButtonValue('trigger', 1)`. */
export const emu = (page: Page, expr: string) =>
  page.evaluate(
    `((window.__stillroom.xrStore.getState().emulator ?? (() => { throw new Error('no emulator') })())).${expr}`,
  )

/** Waits for `n` animation frames of the page (IWER runs one XR frame per animation frame). */
export const waitFrames = (page: Page, n: number) =>
  page.evaluate(
    (count) =>
      new Promise<void>((done) => {
        let k = 0
        const tick = () => (++k >= count ? done() : requestAnimationFrame(tick))
        requestAnimationFrame(tick)
      }),
    n,
  )

/**
 * Holds the controller of `hand` at `position` (emulator space: metres, y up from the floor, −z ahead at the start
 * of the session), aimed at `target` (world space), through the DevUI handle. Resolves with the pose the emulated
 * controller reports after two frames, so a caller can check that it took.
 */
export const aimController = async (page: Page, hand: Hand, position: Vec3, target: Vec3) => {
  await page.evaluate(
    ({ hand, position, target }) => {
      type V = {
        x: number
        y: number
        z: number
        set(x: number, y: number, z: number): V
        clone(): V
        sub(v: V): V
        normalize(): V
        applyAxisAngle(axis: V, angle: number): V
        copy(v: V): V
      }
      type Q = {
        clone(): Q
        invert(): Q
        multiply(q: Q): Q
        copy(q: Q): Q
        setFromUnitVectors(a: V, b: V): Q
      }
      type Handle = {
        position: V
        quaternion: Q
        parent: {
          updateWorldMatrix(a: boolean, b: boolean): void
          worldToLocal(v: V): V
          getWorldQuaternion(q: Q): Q
        }
      }
      const s = window.__stillroom!
      const emulator = (
        s.xrStore.getState() as unknown as {
          emulator?: { devui?: { inputLayer?: { transformHandles?: Map<string, Handle> } } }
        }
      ).emulator
      const handle = emulator?.devui?.inputLayer?.transformHandles?.get(hand)
      if (!handle) throw new Error('no IWER DevUI transform handle: is the page open with ?emulate=1?')
      // World → emulator space: undo the XR origin's place, lift (seated) and turn.
      const origin = { ...s.origin, y: s.comfort.originY }
      const up = handle.position.clone().set(0, 1, 0)
      const local = handle.position
        .clone()
        .set(target.x - origin.x, target.y - origin.y, target.z - origin.z)
        .applyAxisAngle(up, -origin.yaw)
      const from = handle.position.clone().set(position.x, position.y, position.z)
      const forward = handle.position.clone().set(0, 0, -1)
      const aim = handle.quaternion.clone().setFromUnitVectors(forward, local.sub(from).normalize())
      // Emulator space → the handle's parent (the DevUI's headset rig).
      handle.parent.updateWorldMatrix(true, false)
      handle.position.copy(handle.parent.worldToLocal(from))
      const parentTurn = handle.parent.getWorldQuaternion(handle.quaternion.clone()).invert()
      handle.quaternion.copy(parentTurn.multiply(aim))
    },
    { hand, position, target },
  )
  await waitFrames(page, 2)
  return page.evaluate((h) => {
    const c = (
      window.__stillroom!.xrStore.getState() as unknown as {
        emulator: { controllers: Record<string, { position: Vec3 }> }
      }
    ).emulator.controllers[h]!
    return { x: c.position.x, y: c.position.y, z: c.position.z }
  }, hand)
}

/**
 * Pulls and releases a trigger (or another button). IWER applies a button value at the start of its next frame and
 * fires `selectstart` / `selectend` from the change, so each state is held for a few frames of its own.
 */
export const pressButton = async (page: Page, hand: Hand, button = 'trigger', frames = 3) => {
  await emu(page, `controllers.${hand}.updateButtonValue('${button}', 1)`)
  await waitFrames(page, frames)
  await emu(page, `controllers.${hand}.updateButtonValue('${button}', 0)`)
  await waitFrames(page, frames)
}
