import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { ClientStore } from '../client-store'
import { readDeviceSession } from './device-token'
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

/**
 * Loads the session code when it is needed: at once when this device is paired (it rejoins without a code), or when
 * the client chooses "Join a session". Kept tiny because it is part of the first bundle.
 */
export function useSessionLoader(store: ClientStore) {
  const [loaded, setLoaded] = useState<LoadedSession | null>(null)
  const loading = useRef<Promise<LoadedSession> | null>(null)
  const sink = useCallback((scene: HeadsetScene | null) => sceneToStore(store, scene), [store])

  const load = useCallback(() => {
    loading.current ??= import('./index').then((mod) => {
      const speak = mod.createDeviceSpeak()
      // Comfort settings and volumes live with the client's record while paired (src/client/comfort/record-*).
      const prefs = mod.createRecordPrefs(store, { accessKey: readAccessKey() })
      const session = mod.createHeadsetSession({
        sink,
        origin: window.location.origin,
        accessKey: readAccessKey(),
        speak,
        onDevice: (device) => prefs.join(device),
      })
      prefs.watch(session)
      mod.bridgeSessionSound(session, store)
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
  }, [sink, store])

  useEffect(() => {
    // On failure the paired headset stays in its quiet, empty room; a reload tries again.
    if (readDeviceSession())
      load().then(
        ({ session }) => session.resume(),
        () => {},
      )
  }, [load])

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

  const join = useCallback(
    () =>
      void load().then(
        ({ session }) => session.openKeypad(),
        () =>
          store.setState({
            status: {
              kind: 'error',
              message: 'The session keypad could not open just now. Please try again.',
            },
          }),
      ),
    [load, store],
  )
  const current = useRef<LoadedSession | null>(null)
  current.current = loaded
  /** For the test API: the session now, and a way to load it. */
  const handle = useMemo(
    () => ({
      get: () => current.current?.session ?? null,
      load: () => load().then((l) => l.session),
    }),
    [load],
  )
  return { loaded, join, load, handle }
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
