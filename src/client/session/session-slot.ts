import { createStore, type StoreApi } from 'zustand/vanilla'
import type { ClientStore } from '../client-store'
import { englishText } from '../i18n/english'
import type { SoundSlot } from '../sound-slot'
import { createKeyBuffer, type KeyBuffer } from './key-buffer'
// Only types: the session code itself arrives with `importSession`, a dynamic import made by the page.
import type * as SessionModuleNs from './index'
import type { HeadsetScene } from './scene-mapping'
import type { HeadsetSession } from './session-client'

export type SessionModule = typeof SessionModuleNs
export type LoadedSession = {
  mod: SessionModule
  session: HeadsetSession
  speak: (text: string) => void
}

export type SessionSlotState = {
  /** The session's code and the headset's session client, once loaded (paired, joining, or in VR). */
  loaded: LoadedSession | null
  /** From "Join a session" until the session's own keypad takes over; `busy` once a code was joined meanwhile. */
  early: { busy: boolean } | null
}

export type SessionSlotDeps = {
  store: ClientStore
  sound: SoundSlot
  /** The session's code (`import('./session/index')`): fetched once here, and again after a failed fetch. */
  importSession: () => Promise<SessionModule>
  /** True when this device holds a pairing: it rejoins at start, without a code. */
  isPaired: () => boolean
  /** The `--lan` access key the page took from its address, for pairing. */
  readAccessKey: () => string | null
  origin: string
  /** Calls `nudge` when the page becomes visible again or the network comes back; returns the unsubscribe. */
  onWake: (nudge: () => void) => () => void
}

/** The session's scene, as the app renders it: the approved artworks and the view, spec and brightness. */
export function sceneToStore(store: ClientStore, scene: HeadsetScene | null): void {
  if (!scene) {
    store.setState({ sessionScene: null })
    return
  }
  store.setState({
    artworks: scene.artworks,
    loaded: true,
    sessionScene: { view: scene.view, spec: scene.spec, brightness: scene.brightness },
  })
}

/**
 * A therapist's live session in the headset shell: its code loads when it is needed (at once on a paired device,
 * on "Join a session", on entering VR, ahead of need at an idle moment), and the keypad shows from the click on,
 * before that code is here. What is typed lives in `keys`, shared by the early keypad and the session's own, so
 * nothing typed while the code arrives is lost. Part of the first bundle: no React, and only types of the session.
 */
export function createSessionSlot(deps: SessionSlotDeps) {
  const { store, sound } = deps
  const state: StoreApi<SessionSlotState> = createStore<SessionSlotState>()(() => ({
    loaded: null,
    early: null,
  }))
  const keys: KeyBuffer = createKeyBuffer()

  let fetching: Promise<SessionModule> | null = null
  const importSession = () => {
    fetching ??= deps.importSession().catch((e: unknown) => {
      fetching = null
      throw e
    })
    return fetching
  }

  let loading: Promise<LoadedSession> | null = null
  const load = (): Promise<LoadedSession> => {
    loading ??= importSession().then((mod) => {
      const accessKey = deps.readAccessKey()
      // Narration speaks with the session's AI voice while it has one (the slot's preferred voice).
      const speak = mod.createDeviceSpeak(() => sound.voices.preferred())
      // Comfort settings and volumes live with the client's record while paired (src/client/comfort/record-*).
      const prefs = mod.createRecordPrefs(store, { accessKey, volumes: sound.volumes })
      const session = mod.createHeadsetSession({
        sink: (scene) => sceneToStore(store, scene),
        origin: deps.origin,
        accessKey,
        speak,
        onDevice: (device) => prefs.join(device),
      })
      prefs.watch(session)
      mod.bridgeSessionSound(session, sound)
      const value = { mod, session, speak }
      state.setState({ loaded: value })
      return value
    })
    // A chunk that failed to load (network blip, a newer build on the server) may be tried again later.
    loading.catch((e: unknown) => {
      console.warn('Stillroom: the session code could not be loaded', e)
      loading = null
    })
    return loading
  }

  /** From "Join a session": the number of that try while its keypad is early, else 0. */
  let opening = 0
  let tries = 0
  /** A code joined on the early keypad, for the session to pair with once it is here. */
  let earlyCode: string | null = null

  const join = () => {
    keys.clear()
    earlyCode = null
    const ready = state.getState().loaded
    if (ready) {
      ready.session.openKeypad()
      return
    }
    const n = ++tries
    opening = n
    state.setState({ early: { busy: false } })
    load().then(
      ({ session }) => {
        if (opening !== n) return // "Not now" while it loaded: nothing opens by itself later
        opening = 0
        session.openKeypad()
        const code = earlyCode
        earlyCode = null
        if (code) void session.pair(code)
        state.setState({ early: null })
      },
      () => {
        if (opening !== n) return
        opening = 0
        state.setState({ early: null })
        // Said in the language on screen by its key (status-text.ts); the English stays with it.
        const key = 'keypad.error.unavailable'
        store.setState({ status: { kind: 'error', message: englishText(key), key } })
      },
    )
  }

  return {
    store: state,
    keys,
    load,
    join,
    /**
     * Fetches the session's code ahead of need without starting anything, so the keypad's code is already here when
     * the client chooses "Join a session". Never before the first frame, which it would slow.
     */
    prefetch(): void {
      importSession().catch(() => undefined) // tried again when it is needed
    },
    /** The early keypad's Join: the session pairs with this code as soon as it is here. */
    joinEarly(code: string) {
      earlyCode = code
      state.setState({ early: { busy: true } })
    },
    /** The early keypad's "Not now". */
    cancelEarly() {
      opening = 0
      earlyCode = null
      state.setState({ early: null })
    },
    /** For the browser tests: the session now, and a way to load it. */
    handle: {
      get: () => state.getState().loaded?.session ?? null,
      load: () => load().then((l) => l.session),
    },
    /** Rejoins a paired device, loads the code on entering VR, nudges on wake; returns the function that stops. */
    start(): () => void {
      // On failure the paired headset stays in its quiet, empty room; a reload tries again.
      if (deps.isPaired())
        load().then(
          ({ session }) => session.resume(),
          () => undefined,
        )
      // In VR the page's "Join a session" is out of reach, and the VR button that stands in for it comes with the
      // session's code: entering VR loads that code (loaded only; nothing connects until the client presses Join).
      const inVR = (s: { inXR: boolean }) => {
        if (s.inXR) load().catch(() => undefined) // a failed load is tried again on the next entry
      }
      inVR(store.getState())
      const stops = [
        store.subscribe(inVR),
        // Taking the headset off and on, or the network coming back: try again now instead of waiting out the backoff.
        deps.onWake(() => state.getState().loaded?.session.nudge()),
      ]
      return () => {
        stops.forEach((stop) => stop())
        const loaded = state.getState().loaded
        if (!loaded) return
        // Gone for good: a shell started again makes a new session client rather than reuse a closed one.
        loaded.session.dispose()
        loading = null
        state.setState({ loaded: null })
      }
    },
  }
}

export type SessionSlot = ReturnType<typeof createSessionSlot>
