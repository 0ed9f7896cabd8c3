import type { ClientStore } from './client-store'
import type { StillroomXRStore } from './xr-store'

export type XRPresenceDeps = {
  xrStore: Pick<StillroomXRStore, 'subscribe' | 'enterVR'>
  /** With ?emulate=1 the browser tests' WebXR emulator stands in for a headset: installs it (once); else null. */
  installEmulator: (() => Promise<unknown>) | null
  /** The browser's WebXR, when it has one. Read when asked: the emulator puts its own in place when installed. */
  xr: () => Pick<XRSystem, 'isSessionSupported'> | undefined
}

/**
 * Whether this device can enter VR, and whether it is in VR now, kept in the client store. "Enter VR" is offered
 * only where immersive-vr really works (or the emulator is on).
 */
export function createXRPresence(deps: XRPresenceDeps, store: Pick<ClientStore, 'getState' | 'setState'>) {
  const emulated = () => deps.installEmulator?.() ?? Promise.resolve()
  return {
    start(): () => void {
      let live = true
      void (async () => {
        await emulated()
        const ok = await deps
          .xr()
          ?.isSessionSupported('immersive-vr')
          .catch(() => false)
        if (live) store.setState({ xrSupported: ok === true })
      })()
      const unsubscribe = deps.xrStore.subscribe((s) => {
        if ((s.session != null) !== store.getState().inXR) store.setState({ inXR: s.session != null })
      })
      return () => {
        live = false
        unsubscribe()
      }
    },
    async enterVR(): Promise<void> {
      await emulated()
      await deps.xrStore.enterVR()
    },
  }
}
