import type { Artwork } from '../../shared/artwork'
import { visibleArtworks } from '../../shared/session/reducer'
import type { SessionState, Sound, View } from '../../shared/session/state'
import type { SceneSpec } from '../../shared/spec'

/** While paused the sound drops to this share, a quiet room rather than silence. */
export const PAUSED_SOUND_FACTOR = 0.25

/** Everything the headset shows, derived from the session state alone (pure, so it is unit-tested). */
export type HeadsetScene = {
  view: View
  spec: SceneSpec
  /** 1 = normal; multiplies the client's own comfort brightness. */
  brightness: number
  /** Approved artworks only, in slot order (the gallery hangs them in this order). */
  artworks: Artwork[]
  sound: Sound
  paused: boolean
  ended: boolean
  /** Server time the client was last brought to the safe place, while they are still there. */
  safePlaceSince: number | null
  cueWord: string
  /** The open SUDS question, if any. */
  suds: { scale: 10 | 100; n: number } | null
  narration: { n: number; text: string } | null
  exercise: { id: string; startedAt: number; timeScale: number; baseMs: number; options: unknown } | null
}

export function sceneFromState(state: SessionState): HeadsetScene {
  // Never trust the wire for what is hidden: the server already strips pending work, this filters again.
  const entries = visibleArtworks(state)
    .filter((e) => e.state === 'approved')
    .sort((a, b) => (a.slot ?? Number.MAX_SAFE_INTEGER) - (b.slot ?? Number.MAX_SAFE_INTEGER))
  const paused = state.phase === 'paused'
  const atSafePlace = state.safePlace.activeSince !== null
  return {
    view: state.view,
    spec: state.spec,
    brightness: state.brightness,
    artworks: entries.map((e) => ({ ...e.artwork, status: 'shown' as const })),
    sound: paused ? { ...state.sound, master: state.sound.master * PAUSED_SOUND_FACTOR } : state.sound,
    paused,
    ended: state.phase === 'ended',
    safePlaceSince: state.safePlace.activeSince,
    cueWord: atSafePlace ? (state.safePlace.saved?.cueWord ?? '') : '',
    suds: state.suds.request ? { scale: state.suds.scale, n: state.suds.request.n } : null,
    narration: state.narration ? { n: state.narration.n, text: state.narration.text } : null,
    exercise: state.exercise
      ? {
          id: state.exercise.id,
          startedAt: state.exercise.startedAt,
          timeScale: state.exercise.timeScale,
          baseMs: state.exercise.baseMs,
          options: state.exercise.options,
        }
      : null,
  }
}

export type TransitionKind = 'none' | 'safe-place' | 'pause' | 'resume' | 'view' | 'end'

/**
 * How to move from the scene on show to the next one. Big changes pass through a soft veil (never a cut);
 * small ones (a biome, a new painting) are eased by the scene itself.
 */
export function transitionFor(from: HeadsetScene | null, to: HeadsetScene): TransitionKind {
  if (!from) return 'none'
  if (to.ended && !from.ended) return 'end'
  if (to.safePlaceSince !== null && to.safePlaceSince !== from.safePlaceSince) return 'safe-place'
  if (to.paused && !from.paused) return 'pause'
  if (!to.paused && from.paused) return 'resume'
  if (to.view !== from.view) return 'view'
  return 'none'
}
