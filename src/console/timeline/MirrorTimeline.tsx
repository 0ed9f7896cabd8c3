import type { SessionState } from '../../shared/session/state'
import { Timeline } from '../../scene/timeline'
import { useClientTimeline } from './use-client-timeline'

const WALL_COLOUR = '#efe6da'

/** The mirror in the Timeline view: the same rooms the headset walks, from the client's streamed pose. */
export function MirrorTimeline({ state }: { state: SessionState }) {
  const approved = state.artworks.filter((e) => e.state === 'approved').length
  const scene = useClientTimeline(state.clientId, approved)
  if (!scene) return null
  return (
    <>
      <fog attach="fog" args={[WALL_COLOUR, 16, 60]} />
      <Timeline layout={scene.layout} artworks={scene.artworks} placards={false} />
    </>
  )
}

export default MirrorTimeline
