import { useFrame } from '@react-three/fiber'
import { useRef } from 'react'
import { FIRST_FRAME_MARK } from './first-frame-mark'

/**
 * Calls `onFirst` once, after the first frame that drew something (R3F's first frames may draw nothing while the
 * gallery suspends): the sound, exercise and placard chunks wait for it, then for idle or a gesture.
 */
export function AfterFirstFrame({ onFirst }: { onFirst: () => void }) {
  const done = useRef(false)
  useFrame(({ gl }) => {
    // Read before this frame renders, so it counts the previous frame's draw calls.
    if (done.current || gl.info.render.calls === 0) return
    done.current = true
    // A standard User Timing mark: the bench reads it, and so can a clinic's own browser tools.
    performance.mark(FIRST_FRAME_MARK)
    onFirst()
  })
  return null
}
