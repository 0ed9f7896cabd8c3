import type { Artwork } from '../shared/artwork'
import { visibleArtworks } from '../shared/session/reducer'
import type { SessionState } from '../shared/session/state'

/**
 * The artworks the headset shows, in wall order. The gallery hangs a list in order, so shown artworks are
 * sorted by their stable slot (the headset does the same, so the mirror matches it wall for wall).
 */
export function mirrorArtworks(state: SessionState): Artwork[] {
  return visibleArtworks(state)
    .filter((e) => e.slot !== null)
    .sort((a, b) => (a.slot ?? 0) - (b.slot ?? 0))
    .map((e) => e.artwork)
}

/** The scene the headset is showing: the reducer puts the safe place's scene into `spec`/`view` itself. */
export function mirrorView(state: SessionState): { view: SessionState['view']; spec: SessionState['spec'] } {
  return { view: state.view, spec: state.spec }
}
