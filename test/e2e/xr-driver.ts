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
//
// Nothing here waits on the clock. IWER samples input once per XR frame, and on a loaded machine SwiftShader draws a
// frame or two a second, so a press "held for 50 ms" may span no frame at all. Presses are held until the app's own
// input state (the @react-three/xr store the app reads every frame) shows them, aims until a pointer of the app
// reports being over the target, and frame waits count the session's own XR frames.
import type { Page } from 'playwright-core'

export type Hand = 'left' | 'right'
type Vec3 = { x: number; y: number; z: number }

/** Generous caps for a machine busy with other work: reaching one is a failure, never a wait that passes. */
const PRESS_TIMEOUT = 90_000
const POINTER_TIMEOUT = 90_000

/** Runs `expr` on the emulated device, e.g. `controllers.right.updateButtonValue('trigger', 1)`. */
export const emu = (page: Page, expr: string) =>
  page.evaluate(
    `((window.__stillroom.xrStore.getState().emulator ?? (() => { throw new Error('no emulator') })())).${expr}`,
  )

/**
 * Waits for `n` frames: XR frames of the session while one runs (its own requestAnimationFrame: each is a frame the
 * app has rendered by the time we are called back, as the app's frame callback was queued before ours), else
 * animation frames of the page.
 */
export const waitFrames = (page: Page, n: number) =>
  page.evaluate(
    (count) =>
      new Promise<void>((done) => {
        type Session = EventTarget & { requestAnimationFrame(f: () => void): number }
        const session = window.__stillroom?.xrStore.getState().session as Session | null | undefined
        let k = 0
        let ended = false
        const tick = () => (++k >= count ? done() : request())
        const request = () =>
          session && !ended ? session.requestAnimationFrame(tick) : requestAnimationFrame(tick)
        // A session that ends calls back no more: count on in page frames.
        session?.addEventListener(
          'end',
          () => {
            ended = true
            requestAnimationFrame(tick)
          },
          { once: true },
        )
        request()
      }),
    n,
  )

/** IWER's button ids (`updateButtonValue`) → the component ids of the app's input state (WebXR gamepad layout). */
const componentId = (button: string) =>
  ['trigger', 'squeeze', 'thumbstick'].includes(button) ? `xr-standard-${button}` : button

/** The state of a controller component as the app last read it in a frame: 'pressed', 'touched', 'default'. */
const waitForComponentState = (page: Page, hand: Hand, button: string, pressed: boolean) =>
  page.waitForFunction(
    ({ hand, id, pressed }) => {
      const states = window.__stillroom!.xrStore.getState().inputSourceStates as unknown as Array<{
        type: string
        inputSource: XRInputSource
        gamepad?: Record<string, { state?: string } | undefined>
      }>
      const c = states.find((s) => s.type === 'controller' && s.inputSource.handedness === hand)
      return (c?.gamepad?.[id]?.state === 'pressed') === pressed
    },
    { hand, id: componentId(button), pressed },
    { polling: 'raf', timeout: PRESS_TIMEOUT },
  )

/**
 * Presses a button (or the trigger) and holds it until the app has seen it pressed — its input state, read in the
 * app's own frame, says so — and `whileHeld` (app state the press brings about, e.g. a panel open) is true, for at
 * least `frames` XR frames; then lets go and waits until the app has seen it released. IWER applies a value at the
 * start of its next XR frame and fires `selectstart` / `selectend` from the change within that frame.
 */
export const pressButton = async (
  page: Page,
  hand: Hand,
  button = 'trigger',
  frames = 2,
  whileHeld?: () => Promise<unknown>,
) => {
  await emu(page, `controllers.${hand}.updateButtonValue('${button}', 1)`)
  await waitForComponentState(page, hand, button, true)
  if (whileHeld) await whileHeld()
  await waitFrames(page, frames)
  await emu(page, `controllers.${hand}.updateButtonValue('${button}', 0)`)
  await waitForComponentState(page, hand, button, false)
}

/**
 * Holds the controller of `hand` at `position` (emulator space: metres, y up from the floor, −z ahead at the start
 * of the session), aimed at `target` (world space), through the DevUI handle. Resolves with the pose the emulated
 * controller reports once an XR frame has taken it, so a caller can check that it took.
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
  // The DevUI copies the handle onto the controller at the start of the next XR frame.
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

/** What a pointer of the app last reported over a watched object (see `watchPointer`). */
export type PointerReport = { over: boolean; point: Vec3 | null; moves: number }

/**
 * Listens, on the first visible scene object named `name`, for the pointer events the app's pointers
 * (@pmndrs/pointer-events) send it: `pointermove` each frame a pointer of type `pointerType` ('ray' for the
 * controller ray, 'teleport' for the teleport arc) is over it, with the point it hits, and `pointerleave` when it
 * leaves. Only event types the object has no handler of its own for are listened to (a three.js listener would
 * replace a React one), so the app behaves as without the watch.
 */
export const watchPointer = (page: Page, name: string, pointerType: 'ray' | 'teleport') =>
  page.evaluate(
    ({ name, pointerType }) => {
      type Obj = {
        name: string
        visible: boolean
        parent: Obj | null
        children: Obj[]
        addEventListener(type: string, f: (e: unknown) => void): void
        traverseVisible(f: (o: Obj) => void): void
        __r3f?: { handlers?: Record<string, unknown> }
      }
      let root = (window.__stillroom!.xrStore.getState() as unknown as { origin?: Obj }).origin ?? null
      if (!root) throw new Error('no XR origin: is a session running?')
      while (root.parent) root = root.parent
      let found: Obj | null = null
      root.traverseVisible((o) => {
        if (!found && o.name === name) found = o
      })
      const object = found as Obj | null
      if (!object) throw new Error(`no visible object named ${name}`)
      const handlers = object.__r3f?.handlers ?? {}
      if (handlers.onPointerMove || handlers.onPointerLeave)
        throw new Error(`${name} handles pointermove/pointerleave itself: watching would replace its handler`)
      const w = window as unknown as {
        __e2ePointer?: Record<string, { over: boolean; point: unknown; moves: number }>
      }
      const key = `${pointerType}:${name}`
      const report = { over: false, point: null as unknown, moves: 0 }
      ;(w.__e2ePointer ??= {})[key] = report
      object.addEventListener('pointermove', (e) => {
        const ev = e as {
          pointerType: string
          point: { x: number; y: number; z: number }
        }
        if (ev.pointerType !== pointerType) return
        report.over = true
        report.point = { x: ev.point.x, y: ev.point.y, z: ev.point.z }
        report.moves++
      })
      object.addEventListener('pointerleave', (e) => {
        if ((e as { pointerType: string }).pointerType === pointerType) report.over = false
      })
    },
    { name, pointerType },
  )

/**
 * Waits until a pointer watched with `watchPointer` is over its object, and has been for `moves` frames after this
 * call (so the report is of the aim in place now, not of an earlier one). Returns the report, with the hit point.
 */
export const waitForPointer = async (
  page: Page,
  name: string,
  pointerType: 'ray' | 'teleport',
  moves = 2,
) => {
  const key = `${pointerType}:${name}`
  const from = await page.evaluate(
    (k) => (window as unknown as { __e2ePointer: Record<string, PointerReport> }).__e2ePointer[k]!.moves,
    key,
  )
  const handle = await page.waitForFunction(
    ({ key, from, moves }) => {
      const r = (window as unknown as { __e2ePointer: Record<string, PointerReport> }).__e2ePointer[key]!
      return r.over && r.moves >= from + moves ? r : false
    },
    { key, from, moves },
    { polling: 'raf', timeout: POINTER_TIMEOUT },
  )
  return (await handle.jsonValue()) as PointerReport
}
