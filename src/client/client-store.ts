import { createStore } from 'zustand/vanilla'
import type { Artwork } from '../shared/artwork'
import type { BaseKey } from '../shared/i18n/catalog'
import type { HeadsetKey } from '../shared/i18n/headset-en'
import type { SceneSpec } from '../shared/spec'
import { parseComfort, sameComfort, type ComfortParse, type ComfortSettings } from '../shared/comfort'
import {
  createDeviceComfortSource,
  systemPrefersReducedMotion,
  type ComfortSource,
} from './comfort/comfort-source'

export type Status =
  | { kind: 'idle' }
  | { kind: 'painting' }
  | { kind: 'shown' }
  | { kind: 'held' }
  /** `message`: the words as they came (a server's, or English); `key`, when there is one, says them in the client's language. */
  | { kind: 'error'; message: string; key?: BaseKey<HeadsetKey> | undefined }

export type { ComfortSettings, Posture, SnapDegrees } from '../shared/comfort'

export type ClientState = {
  /** Every artwork the server knows, oldest first, held ones included (they are never painted). */
  artworks: Artwork[]
  loaded: boolean
  status: Status
  /** How the client moves, turns and sees (src/client/comfort); change with `setComfort`. */
  comfort: ComfortSettings
  xrSupported: boolean
  inXR: boolean
  /**
   * Set while a therapist's live session drives the scene (src/client/session): which view, the scene spec and the
   * therapist's brightness (a multiplier on the client's own). Null in solo use. `artworks` then holds the
   * session's approved artworks only.
   */
  sessionScene: { view: 'gallery' | 'landscape' | 'timeline'; spec: SceneSpec; brightness: number } | null
  /** Solo use: walk the gallery or stand in the landscape of the newest artwork. */
  mode: 'gallery' | 'landscape'
  /**
   * A scene for the landscape chosen directly (tests, later the console); null follows the newest shown artwork.
   * Unknown on purpose: anything unreadable renders the quiet default and logs why.
   */
  landscapeSpec: unknown
}

function reportComfortProblems(problems: readonly string[]): void {
  if (problems.length > 0) console.warn(`Stillroom comfort settings: ${problems.join('; ')}`)
}

/** The shell's React-visible state. Per-frame values (pose, fades) live in the viewer, not here. */
export function createClientStore(
  storage: Storage | undefined = globalThis.localStorage,
  comfortSource: ComfortSource = createDeviceComfortSource(storage, {
    prefersReducedMotion: systemPrefersReducedMotion(),
  }),
) {
  let source = comfortSource
  const first = source.load()
  const initial = first instanceof Promise ? null : first
  if (initial) reportComfortProblems(initial.problems)
  const store = createStore<ClientState>()(() => ({
    artworks: [],
    loaded: false,
    status: { kind: 'idle' },
    comfort: initial ? initial.settings : parseComfort(undefined).settings,
    xrSupported: false,
    inXR: false,
    sessionScene: null,
    mode: 'gallery',
    landscapeSpec: null,
  }))
  if (first instanceof Promise) {
    void first.then((r) => {
      if (source !== comfortSource) return
      reportComfortProblems(r.problems)
      store.setState({ comfort: r.settings })
    })
  }
  return Object.assign(store, {
    /** Change some comfort settings; bad values are repaired (kept as they were) and the result is saved. */
    setComfort(partial: Partial<ComfortSettings>) {
      const current = store.getState().comfort
      const { settings, problems } = parseComfort({ ...current, ...partial }, current)
      reportComfortProblems(problems)
      if (sameComfort(settings, current)) return
      store.setState({ comfort: settings })
      void Promise.resolve(source.save(settings)).catch((e: unknown) =>
        console.warn('Stillroom: could not keep comfort settings', e),
      )
    },
    /** Swap where settings are kept (the client's record) and take the settings it holds. */
    async switchComfortSource(next: ComfortSource): Promise<void> {
      source = next
      const loaded: ComfortParse = await next.load()
      if (source !== next) return
      reportComfortProblems(loaded.problems)
      store.setState({ comfort: loaded.settings })
    },
    setMode(mode: 'gallery' | 'landscape') {
      if (store.getState().mode !== mode) store.setState({ mode })
    },
    addArtwork(artwork: Artwork) {
      const { artworks } = store.getState()
      if (artworks.some((a) => a.id === artwork.id)) return
      store.setState({ artworks: [...artworks, artwork] })
    },
  })
}

export type ClientStore = ReturnType<typeof createClientStore>

/** Only 'shown' artworks hang on the wall; a held one waits for the therapist and is never painted. */
export function shownArtworks(artworks: readonly Artwork[]): Artwork[] {
  return artworks.filter((a) => a.status === 'shown')
}
