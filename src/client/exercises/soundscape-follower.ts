import { DEFAULT_SCENE_SPEC } from '../../shared/scene-constants'
import { soundscapeMix, type LayerId, type SoundscapeMix } from '../../shared/soundscape'
import type { SoundEngine } from '../../audio/engine'
import { shownArtworks, type ClientState, type ClientStore } from '../client-store'

// The soundscape follows the scene: the session's spec, else the newest painting's, else the quiet default.

/** The spec whose place and weather the soundscape plays, from the client's state. */
export function sceneSoundSpec(s: ClientState): unknown {
  // In the landscape a scene chosen directly (tests, later the console) wins over the newest painting's.
  const chosen = s.mode === 'landscape' && s.landscapeSpec != null ? s.landscapeSpec : null
  return s.sessionScene?.spec ?? chosen ?? shownArtworks(s.artworks).at(-1)?.spec ?? DEFAULT_SCENE_SPEC
}

/** The mix for the client's state: its scene's, with the landscape's own time and weather when it has them. */
export function sceneMix(s: ClientState): SoundscapeMix {
  // Read the landscape's own time and weather if the landscape mode ever provides them separately.
  const land = (s as { landscape?: { timeOfDay?: unknown; weather?: unknown } | null }).landscape
  return soundscapeMix(sceneSoundSpec(s), { timeOfDay: land?.timeOfDay, weather: land?.weather })
}

/** Two mixes with the same key sound the same: the store changes far more often than the sound should. */
export const mixKey = (mix: SoundscapeMix) => JSON.stringify([mix.layers, mix.pad])

/**
 * Sets the engine's mix from the client's store whenever it would sound different. It waits `startDelayMs`
 * before the first mix, so rendering the first loops never competes with the first frames.
 */
export function createSoundscapeFollower(deps: {
  clientStore: ClientStore
  engine: Pick<SoundEngine, 'setMix'> | null
  /** The layers now playing, for the view. */
  onLayers: (layers: LayerId[]) => void
  log: (m: string) => void
  startDelayMs: number
  /** @default globalThis.setTimeout / clearTimeout */
  timers?: { set: (f: () => void, ms: number) => unknown; clear: (handle: unknown) => void }
}): { dispose(): void } {
  const { engine, clientStore, log } = deps
  const timers = deps.timers ?? {
    set: (f: () => void, ms: number) => setTimeout(f, ms),
    clear: (handle: unknown) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  }
  let key = ''
  const follow = () => {
    if (!engine) return
    const mix = sceneMix(clientStore.getState())
    const next = mixKey(mix)
    if (next === key) return
    key = next
    for (const p of mix.problems) log(p)
    engine.setMix(mix)
    deps.onLayers(mix.layers.map((l) => l.id))
  }
  let following = false
  const startTimer = timers.set(() => {
    following = true
    follow()
  }, deps.startDelayMs)
  const unsubscribe = clientStore.subscribe(() => {
    if (following) follow()
  })
  return {
    dispose() {
      timers.clear(startTimer)
      unsubscribe()
    },
  }
}
