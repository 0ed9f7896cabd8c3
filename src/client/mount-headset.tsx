import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { takeAccessKey } from '../shared/ui/access-key'
import { createApi } from './api'
import { App } from './App'
import { createClientStore } from './client-store'
import { loadSoundRuntime, whenIdleOrGesture } from './exercises/loader'
import { readFlags } from './flags'
import { createHeadsetApp } from './headset-app'
import { HEADSET_CATALOGS } from '../shared/i18n/headset-catalogs'
import { createHeadsetText } from './i18n/headset-text'
import { loadCrisisUi } from './risk/loader'
import { readDeviceSession } from './session/device-token'
import { createSoundSlot } from './sound-slot'
import { createStillroomXRStore, installEmulatedRuntime } from './xr-store'

/** The page coming back into view (the headset put on again) or the network returning. */
function wakeEvents(nudge: () => void): () => void {
  const wake = () => {
    if (document.visibilityState === 'visible') nudge()
  }
  document.addEventListener('visibilitychange', wake)
  window.addEventListener('online', wake)
  return () => {
    document.removeEventListener('visibilitychange', wake)
    window.removeEventListener('online', wake)
  }
}

/**
 * Mounts the headset page: the gallery, the words box and everything a client uses, desktop and VR. The one place
 * the headset's parts are chosen and joined; the shell (headset-app.ts) and the components receive them.
 */
export function mountHeadset(root: HTMLElement): void {
  const flags = readFlags(window.location.search)
  const xrStore = createStillroomXRStore({ emulate: flags.emulate, origin: window.location.origin })
  const store = createClientStore()
  const sound = createSoundSlot({ load: (slot) => loadSoundRuntime(slot, store), probes: flags.e2e })
  const accessKey = takeAccessKey()
  const text = createHeadsetText({
    storage: globalThis.localStorage,
    browserLanguage: navigator.language,
    load: (language) => HEADSET_CATALOGS[language](),
    warn: (message, error) => console.warn(message, error),
  })
  const app = createHeadsetApp({
    flags,
    api: createApi({ accessKey, language: () => text.store.getState().language }),
    store,
    sound,
    xrStore,
    installEmulator: flags.emulate ? () => installEmulatedRuntime(xrStore) : null,
    xr: () => navigator.xr,
    whenIdleOrGesture: (run) => whenIdleOrGesture(run),
    loadCrisisUi,
    loadRiskScreen: loadCrisisUi,
    isPaired: () => readDeviceSession() !== null,
    importSession: () => import('./session/index'),
    readAccessKey: () => accessKey,
    origin: window.location.origin,
    onWake: wakeEvents,
    language: navigator.language,
    text,
    loadLandscape: () => import('../scene/landscape'),
    loadWalkRules: () => import('../shared/landscape/walk-area'),
    loadTestApi: flags.e2e ? () => import('./test-api') : null,
  })
  // Screen readers and the browser's own words (spelling, hyphenation) follow the language on screen.
  const markLanguage = () => document.documentElement.setAttribute('lang', text.store.getState().language)
  text.store.subscribe(markLanguage)
  // The first render waits for the words of the device's language (a small chunk, English is already here), so
  // nothing is ever shown in a language the client did not choose.
  void text.ready.then(() => {
    markLanguage()
    createRoot(root).render(
      <StrictMode>
        <App app={app} />
      </StrictMode>,
    )
  })
}
