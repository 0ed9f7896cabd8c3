import { HeadVeil } from '../HeadVeil'
import type { Presenter } from './presenter'

/**
 * The session's soft veil: pale, never black, its colour and opacity following the presenter (safe place, pause,
 * end), and drawn just under the in-VR panels so pause and end messages stay readable.
 * Also advances the presenter: its fades run on the render clock, so they hold still if frames stop; a step is
 * capped at 0.25 s so a hitch never becomes a cut, while a slow device still finishes a fade in a few frames.
 */
export function SessionVeil({ presenter }: { presenter: Presenter }) {
  return (
    <HeadVeil
      name="session-veil"
      opacity={() => presenter.veil.value}
      colour={() => presenter.veil.colour}
      beforeFrame={(delta) => presenter.update(Math.min(delta, 0.25))}
      // Above the scene and the comfort vignette, below panels (9 100+) so messages show through.
      renderOrder={9_050}
      radius={0.5}
      widthSegments={20}
      heightSegments={14}
    />
  )
}
