import { HeadVeil } from './HeadVeil'
import type { Viewer } from './viewer'

const DUSK = '#15120f'
const dusk = () => DUSK

/**
 * A dark veil whose opacity follows `viewer.fade`: teleports and long moves pass through a brief, soft dusk
 * instead of a jump cut.
 */
export function FadeVeil({ viewer }: { viewer: Viewer }) {
  return (
    <HeadVeil
      name="fade-veil"
      opacity={() => viewer.fade.value}
      colour={dusk}
      renderOrder={10_000}
      radius={0.4}
      widthSegments={16}
      heightSegments={12}
    />
  )
}
