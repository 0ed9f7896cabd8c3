import type { SessionState } from '../../shared/session/state'
import { decodePictureTexture } from '../../scene/gallery/picture-texture'
import { Timeline, type LoadTimelinePicture } from '../../scene/timeline'
import { aiApi } from '../ai/ai-client'
import { useClientTimeline } from './use-client-timeline'

const WALL_COLOUR = '#efe6da'

/** The earlier sessions' AI pictures, as the therapist (login cookie): the mirror's rooms match the headset's. */
const loadPicture: LoadTimelinePicture = async (sessionId, file) => {
  const blob = await aiApi().pictureBlob(sessionId, file)
  return blob ? decodePictureTexture(blob) : null
}

/** The mirror in the Timeline view: the same rooms the headset walks, from the client's streamed pose. */
export function MirrorTimeline({ state }: { state: SessionState }) {
  const approved = state.artworks.filter((e) => e.state === 'approved').length
  const scene = useClientTimeline(state.clientId, approved)
  if (!scene) return null
  return (
    <>
      <fog attach="fog" args={[WALL_COLOUR, 16, 60]} />
      <Timeline layout={scene.layout} artworks={scene.artworks} placards={false} loadPicture={loadPicture} />
    </>
  )
}

export default MirrorTimeline
