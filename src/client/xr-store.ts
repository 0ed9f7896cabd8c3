import { createXRStore } from '@react-three/xr'

/** Controller and hand models are served from our own origin (copied into public/xr-profiles): nothing
 * may be fetched from the internet at run time. The library needs an absolute URL. */
export function xrProfilesUrl(origin: string): string {
  return new URL('/xr-profiles/', origin).href
}

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
    controller: { teleportPointer: true },
    hand: { teleportPointer: true },
  })
}

export type StillroomXRStore = ReturnType<typeof createStillroomXRStore>

/**
 * Headless Chromium ships its own navigator.xr, so IWER will not replace it unless forced (STACK.md).
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
