import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { takeAccessKey } from '../shared/ui/access-key'
import { createApi } from './api'
import { App } from './App'
import { createClientStore } from './client-store'
import { loadSoundRuntime, whenIdleOrGesture } from './exercises/loader'
import { readFlags } from './flags'
import { createHeadsetApp } from './headset-app'
import { loadCrisisUi } from './risk/loader'
import { isDevicePaired, prefetchSession } from './session/use-session-loader'
import { createSoundSlot } from './sound-slot'
import { createStillroomXRStore, installEmulatedRuntime } from './xr-store'

/**
 * Mounts the headset page: the gallery, the words box and everything a client uses, desktop and VR. The one place
 * the headset's parts are chosen and joined; the shell (headset-app.ts) and the components receive them.
 */
export function mountHeadset(root: HTMLElement): void {
  const flags = readFlags(window.location.search)
  const xrStore = createStillroomXRStore({ emulate: flags.emulate, origin: window.location.origin })
  const store = createClientStore()
  const sound = createSoundSlot({ load: (slot) => loadSoundRuntime(slot, store), probes: flags.e2e })
  const app = createHeadsetApp({
    flags,
    api: createApi({ accessKey: takeAccessKey() }),
    store,
    sound,
    xrStore,
    installEmulator: flags.emulate ? () => installEmulatedRuntime(xrStore) : null,
    xr: () => navigator.xr,
    whenIdleOrGesture: (run) => whenIdleOrGesture(run),
    loadCrisisUi,
    loadRiskScreen: loadCrisisUi,
    prefetchSession,
    isPaired: isDevicePaired,
    language: navigator.language,
  })
  createRoot(root).render(
    <StrictMode>
      <App app={app} />
    </StrictMode>,
  )
}
