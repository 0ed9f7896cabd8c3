import { createXRStore } from '@react-three/xr'
import { steadyController } from './steady-teleport'

/** Controller and hand models are served from our own origin (copied into public/xr-profiles): nothing
 * may be fetched from the internet at run time. The library needs an absolute URL. */
export function xrProfilesUrl(origin: string): string {
  return new URL('/xr-profiles/', origin).href
}

/** How long an emulated trigger may stay down and still click (a few frames at SwiftShader's frame rate). */
export const EMULATED_CLICK_MS = 20_000

/**
 * The XR store. `emulate` (test/dev only) injects IWER's Meta Quest 3; the emulator code is loaded lazily by
 * @react-three/xr (a dynamic import), so it never weighs on the initial bundle.
 */
export function createStillroomXRStore(options: { emulate: boolean; origin: string }) {
  return createXRStore({
    // Without this @react-three/xr would emulate on `localhost` for everyone.
    emulate: options.emulate ? { type: 'metaQuest3', inject: true, syntheticEnvironment: false } : false,
    // Never start a session the client did not ask for.
    offerSession: false,
    enterGrantedSession: false,
    baseAssetPath: xrProfilesUrl(options.origin),
    defaultControllerProfileId: 'generic-trigger',
    // The emulator renders both eyes at Quest 3 size on the desktop's GPU (a CPU rasteriser in tests): a
    // quarter-size framebuffer keeps it responsive. Real headsets keep their own default.
    frameBufferScaling: options.emulate ? 0.25 : undefined,
    // A ray "click" is a press and release within 300 ms (@pmndrs/pointer-events). The emulator on a CPU rasteriser
    // draws a frame or two a second and applies a press and its release in frames of their own, always further
    // apart than that, so no emulated trigger pull ever clicked a panel. Real headsets keep the library's default.
    // The controller is the library's default with its teleport arc eased without overshoot (steady-teleport.tsx):
    // the library's own arc swings further off every frame once frames take over 200 ms, so a teleport landed by
    // chance in the emulator, and a hitch in a headset could fling the arc.
    controller: steadyController(options.emulate ? { clickThresholdMs: EMULATED_CLICK_MS } : {}),
    // Tracked hands poke panel buttons with the index fingertip (the touch pointer); the emulator's slow frames
    // need the same patience with a poke as with a trigger pull. Nothing in Stillroom is grabbed, and the grab
    // pointer's sphere, between thumb and index, sits beside the fingertip and would take every poke for itself.
    hand: {
      teleportPointer: true,
      grabPointer: false,
      touchPointer: options.emulate ? { clickThresholdMs: EMULATED_CLICK_MS } : true,
    },
  })
}

export type StillroomXRStore = ReturnType<typeof createStillroomXRStore>

/**
 * Headless Chromium ships its own navigator.xr, so IWER will not replace it unless forced (docs/STACK.md).
 * Resolves once the emulated runtime is installed, or immediately when emulation is off.
 */
export async function installEmulatedRuntime(store: StillroomXRStore, timeoutMs = 10_000): Promise<boolean> {
  const started = performance.now()
  while (performance.now() - started < timeoutMs) {
    const emulator = store.getState().emulator
    if (emulator) {
      emulator.installRuntime({ forceInstall: true })
      return true
    }
    await new Promise((r) => setTimeout(r, 50))
  }
  return false
}
