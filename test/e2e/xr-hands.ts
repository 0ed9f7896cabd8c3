// Tracked hands in IWER's emulated Quest 3: the client pokes a panel button with the index fingertip, as on a
// headset without controllers. The hand is placed through the DevUI handle (see xr-driver.ts, why), facing the
// button; where its fingertip ends up is read from the XR frame's joint pose, and the hand is moved so that the
// fingertip comes to the button, in front of it, through its surface and back, as a finger pokes.
import type { Page } from 'playwright-core'
import { aimController, emu, waitFrames, type Hand } from './xr-driver'

type Vec3 = { x: number; y: number; z: number }

const add = (a: Vec3, b: Vec3, k = 1): Vec3 => ({ x: a.x + b.x * k, y: a.y + b.y * k, z: a.z + b.z * k })
const sub = (a: Vec3, b: Vec3): Vec3 => ({ x: a.x - b.x, y: a.y - b.y, z: a.z - b.z })

/** Switches the emulated headset to tracked hands and waits until the app tracks the `hand` as a hand. */
export async function useHands(page: Page, hand: Hand = 'right') {
  await emu(page, `primaryInputMode = 'hand'`)
  await page.waitForFunction(
    (h) =>
      (
        window.__stillroom!.xrStore.getState().inputSourceStates as unknown as Array<{
          type: string
          inputSource: XRInputSource
        }>
      ).some((s) => s.type === 'hand' && s.inputSource.handedness === h),
    hand,
    { polling: 'raf', timeout: 90_000 },
  )
}

/** The index fingertip of `hand` in the session's origin space (the emulator's), from the next XR frame. */
const fingertip = (page: Page, hand: Hand) =>
  page.evaluate(
    (h) =>
      new Promise<Vec3>((resolve, reject) => {
        const st = window.__stillroom!.xrStore.getState()
        const session = st.session
        const space = (st as unknown as { originReferenceSpace?: XRReferenceSpace }).originReferenceSpace
        if (!session || !space) return reject(new Error('no XR session'))
        session.requestAnimationFrame((_t, frame) => {
          const source = [...session.inputSources].find((s) => s.hand && s.handedness === h)
          const joint = source?.hand?.get('index-finger-tip')
          const pose = joint && frame.getJointPose?.(joint, space)
          if (!pose) return reject(new Error(`no ${h} fingertip pose`))
          const p = pose.transform.position
          resolve({ x: p.x, y: p.y, z: p.z })
        })
      }),
    hand,
  )

/** A world point in the emulator's space: the XR origin's place, lift (seated) and turn undone. */
const toEmulator = (page: Page, world: Vec3) =>
  page.evaluate((w) => {
    const s = window.__stillroom!
    const dx = w.x - s.origin.x
    const dz = w.z - s.origin.z
    const c = Math.cos(s.origin.yaw)
    const n = Math.sin(s.origin.yaw)
    return { x: c * dx - n * dz, y: w.y - s.comfort.originY, z: n * dx + c * dz }
  }, world)

/**
 * Pokes the object named `name` with the fingertip of `hand`: the fingertip comes to 6 cm in front of it, then to
 * 1.5 cm (the touch pointer's "down" is within 3 cm), and back to 10 cm, a few XR frames at each place. Each place
 * is reached by moving the hand until its fingertip is there (within 8 mm). The emulated finger jumps from place to
 * place, so it never goes through the key: a jump to behind it would land on the panel behind the key first, which
 * a real finger, arriving through the key, never does.
 */
export async function poke(page: Page, hand: Hand, name: string) {
  const target = await page.evaluate((n) => window.__stillroom!.objectPosition(n), name)
  if (!target) throw new Error(`no ${name} to poke`)
  const eye = await page.evaluate(() => window.__stillroom!.camera!)
  const toEye = sub(eye, target)
  const len = Math.hypot(toEye.x, toEye.y, toEye.z)
  const normal = { x: toEye.x / len, y: toEye.y / len, z: toEye.z / len }
  // Each place is approached by correcting the hand by where its fingertip actually is, starting from where the
  // fingertip sat from the hand on the last poke (the first time, from the hand 30 cm in front).
  const behind = add(target, normal, -0.3)
  for (const depth of [0.06, 0.015, 0.1]) {
    const want = await toEmulator(page, add(target, normal, depth))
    const known = reach.get(page)
    let wrist = known ? sub(want, known) : await toEmulator(page, add(target, normal, 0.3))
    for (let i = 0; i < 5; i++) {
      await aimController(page, hand, wrist, behind)
      const tip = await fingertip(page, hand)
      reach.set(page, sub(tip, wrist))
      const miss = sub(want, tip)
      if (Math.hypot(miss.x, miss.y, miss.z) < 0.008) break
      wrist = add(wrist, miss)
    }
    await waitFrames(page, 2)
  }
}

/** Per page: the fingertip's offset from the hand's place, as last measured. */
const reach = new WeakMap<Page, Vec3>()
