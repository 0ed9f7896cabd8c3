import { createStore } from 'zustand/vanilla'
import type { Artwork } from '../shared/artwork'

export type Status =
  | { kind: 'idle' }
  | { kind: 'painting' }
  | { kind: 'shown' }
  | { kind: 'held' }
  | { kind: 'error'; message: string }

export type SnapDegrees = 30 | 45
export type Posture = 'standing' | 'seated'

export type ClientState = {
  /** Every artwork the server knows, oldest first, held ones included (they are never painted). */
  artworks: Artwork[]
  loaded: boolean
  status: Status
  snapDegrees: SnapDegrees
  posture: Posture
  xrSupported: boolean
  inXR: boolean
}

const SNAP_KEY = 'stillroom.snapDegrees'
const POSTURE_KEY = 'stillroom.posture'

function readSetting(storage: Storage | undefined, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null
  } catch {
    return null
  }
}

function writeSetting(storage: Storage | undefined, key: string, value: string): void {
  try {
    storage?.setItem(key, value)
  } catch {
    // Private mode: the setting lasts for this visit only.
  }
}

/** The shell's React-visible state. Per-frame values (pose, fades) live in the viewer, not here. */
export function createClientStore(storage: Storage | undefined = globalThis.localStorage) {
  const store = createStore<ClientState>()(() => ({
    artworks: [],
    loaded: false,
    status: { kind: 'idle' },
    snapDegrees: readSetting(storage, SNAP_KEY) === '30' ? 30 : 45,
    posture: readSetting(storage, POSTURE_KEY) === 'seated' ? 'seated' : 'standing',
    xrSupported: false,
    inXR: false,
  }))
  return Object.assign(store, {
    setSnapDegrees(snapDegrees: SnapDegrees) {
      writeSetting(storage, SNAP_KEY, String(snapDegrees))
      store.setState({ snapDegrees })
    },
    setPosture(posture: Posture) {
      writeSetting(storage, POSTURE_KEY, posture)
      store.setState({ posture })
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
