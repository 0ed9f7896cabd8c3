import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react'
import type { ClientStore } from '../client-store'
import type { SoundSlot } from '../sound-slot'
import { readDeviceSession } from './device-token'
import type { JoinKeypadProps } from './JoinKeypad'
import { createKeyBuffer } from './key-buffer'
// Only types: the session code itself arrives with the dynamic import below.
import type * as SessionModuleNs from './index'
import type { HeadsetScene } from './scene-mapping'
import type { HeadsetSession } from './session-client'

type SessionModule = typeof SessionModuleNs
export type LoadedSession = {
  mod: SessionModule
  session: HeadsetSession
  speak: (text: string) => void
}

/** True when this device holds a pairing: the app then never shows solo artworks, not even for a moment. */
export function isDevicePaired(): boolean {
  return readDeviceSession() !== null
}

/** The `--lan` access key the app already took from the address (see access-key.ts), for `POST /api/pair`. */
function readAccessKey(): string | null {
  try {
    return sessionStorage.getItem('stillroom.accessKey')
  } catch {
    return null
  }
}

let fetching: Promise<SessionModule> | null = null
/** The session's code (the module only: no session is made), fetched once; a failed fetch may be tried again. */
function importSession(): Promise<SessionModule> {
  fetching ??= import('./index').catch((e: unknown) => {
    fetching = null
    throw e
  })
  return fetching
}

/**
 * Fetches the session's code ahead of need without starting anything, so the keypad's code is already here when
 * the client chooses "Join a session". The app calls it after its first frame (at an idle moment) and when the
 * button is hovered, focused or pressed; never before the first frame, which it would slow.
 */
export function prefetchSession(): void {
  importSession().catch(() => undefined) // tried again when it is needed
}

/** The pairing keypad as the app shows it (JoinKeypad), or null while there is none. */
export type KeypadShown = Required<
  Pick<JoinKeypadProps, 'busy' | 'error' | 'onJoin' | 'onCancel' | 'opening'>
> &
  Pick<JoinKeypadProps, 'keys'>

const noSubscription = () => () => {}

/**
 * Loads the session code when it is needed: at once when this device is paired (it rejoins without a code), or when
 * the client chooses "Join a session" (usually fetched by then, see `prefetchSession`). The keypad shows at once
 * either way: `keypad` describes it from the click on, first "Opening…" while the code arrives, then the session's
 * own. The app renders it in one place, so it is one keypad throughout (never replaced, focus kept), and its code
 * lives in `keys`, so nothing typed in between is lost. Kept tiny because it is part of the first bundle.
 */
export function useSessionLoader(store: ClientStore, sound: SoundSlot) {
  const [loaded, setLoaded] = useState<LoadedSession | null>(null)
  const loading = useRef<Promise<LoadedSession> | null>(null)
  const sink = useCallback((scene: HeadsetScene | null) => sceneToStore(store, scene), [store])
  const [keys] = useState(createKeyBuffer)
  /** From "Join a session" until the session's keypad takes over: the number of that try, else 0. */
  const opening = useRef(0)
  const tries = useRef(0)
  const [early, setEarly] = useState<{ busy: boolean } | null>(null)
  /** A code joined on the early keypad, for the session to pair with once it is here. */
  const earlyCode = useRef<string | null>(null)

  const load = useCallback(() => {
    loading.current ??= importSession().then((mod) => {
      // Narration speaks with the session's AI voice while it has one (the slot's preferred voice).
      const speak = mod.createDeviceSpeak(() => sound.voices.preferred())
      // Comfort settings and volumes live with the client's record while paired (src/client/comfort/record-*).
      const prefs = mod.createRecordPrefs(store, { accessKey: readAccessKey(), volumes: sound.volumes })
      const session = mod.createHeadsetSession({
        sink,
        origin: window.location.origin,
        accessKey: readAccessKey(),
        speak,
        onDevice: (device) => prefs.join(device),
      })
      prefs.watch(session)
      mod.bridgeSessionSound(session, sound)
      const value = { mod, session, speak }
      setLoaded(value)
      return value
    })
    // A chunk that failed to load (network blip, a newer build on the server) may be tried again later.
    loading.current.catch((e: unknown) => {
      console.warn('Stillroom: the session code could not be loaded', e)
      loading.current = null
    })
    return loading.current
  }, [sink, store, sound])

  useEffect(() => {
    // On failure the paired headset stays in its quiet, empty room; a reload tries again.
    if (readDeviceSession())
      load().then(
        ({ session }) => session.resume(),
        () => {},
      )
  }, [load])

  // In VR the page's "Join a session" is out of reach, and the VR button that stands in for it comes with the
  // session's code: entering VR loads that code (loaded only; nothing connects until the client presses Join).
  useEffect(() => {
    const inVR = (s: { inXR: boolean }) => {
      if (s.inXR) load().catch(() => undefined) // a failed load is tried again on the next entry
    }
    inVR(store.getState())
    return store.subscribe(inVR)
  }, [load, store])

  // Taking the headset off and on, or the network coming back: try again now instead of waiting out the backoff.
  useEffect(() => {
    if (!loaded) return
    const nudge = () => {
      if (document.visibilityState === 'visible') loaded.session.nudge()
    }
    document.addEventListener('visibilitychange', nudge)
    window.addEventListener('online', nudge)
    return () => {
      document.removeEventListener('visibilitychange', nudge)
      window.removeEventListener('online', nudge)
      loaded.session.dispose()
    }
  }, [loaded])

  const current = useRef<LoadedSession | null>(null)
  current.current = loaded
  const join = useCallback(() => {
    keys.clear()
    earlyCode.current = null
    const ready = current.current
    if (ready) {
      ready.session.openKeypad()
      return
    }
    const n = ++tries.current
    opening.current = n
    setEarly({ busy: false })
    void load().then(
      ({ session }) => {
        if (opening.current !== n) return // "Not now" while it loaded: nothing opens by itself later
        opening.current = 0
        session.openKeypad()
        const code = earlyCode.current
        earlyCode.current = null
        if (code) void session.pair(code)
        setEarly(null)
      },
      () => {
        if (opening.current !== n) return
        opening.current = 0
        setEarly(null)
        store.setState({
          status: {
            kind: 'error',
            message: 'The session keypad could not open just now. Please try again.',
          },
        })
      },
    )
  }, [keys, load, store])
  // Where the loaded session is with its keypad (the session's view is a vanilla store).
  const view = loaded?.session.view
  const subscribe = view ? view.subscribe : noSubscription
  const stage = useSyncExternalStore(subscribe, () => view?.getState().stage ?? 'solo')
  const pairError = useSyncExternalStore(subscribe, () => view?.getState().pairError ?? null)
  const sessionKeys = loaded && (stage === 'keypad' || stage === 'pairing') ? loaded.session : null
  const keypad = useMemo<KeypadShown | null>(() => {
    if (sessionKeys)
      return {
        opening: false,
        busy: stage === 'pairing',
        error: pairError,
        onJoin: (code) => void sessionKeys.pair(code),
        onCancel: () => sessionKeys.closeKeypad(),
        keys,
      }
    if (early)
      return {
        opening: true,
        busy: early.busy,
        error: null,
        // Joined before the session is here: it pairs with this code as soon as it is.
        onJoin: (code) => {
          earlyCode.current = code
          setEarly({ busy: true })
        },
        onCancel: () => {
          opening.current = 0
          earlyCode.current = null
          setEarly(null)
        },
        keys,
      }
    return null
  }, [sessionKeys, stage, pairError, early, keys])
  // Joined or "Not now": the next keypad starts empty, however it is opened.
  const shown = keypad !== null
  useEffect(() => {
    if (!shown) keys.clear()
  }, [shown, keys])
  /** For the test API: the session now, and a way to load it. */
  const handle = useMemo(
    () => ({
      get: () => current.current?.session ?? null,
      load: () => load().then((l) => l.session),
    }),
    [load],
  )
  return { loaded, join, load, handle, prefetch: prefetchSession, keypad }
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
