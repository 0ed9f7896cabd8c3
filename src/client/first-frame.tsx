import { addAfterEffect, useThree } from '@react-three/fiber'
import { useEffect } from 'react'
import { FIRST_FRAME_MARK } from './first-frame-mark'

/**
 * Calls `onFirst` once, right after the first frame that drew something (R3F's first frames may draw nothing while
 * the gallery suspends): the sound, exercise and placard chunks wait for it, then for idle or a gesture.
 */
export function AfterFirstFrame({ onFirst }: { onFirst: () => void }) {
  const gl = useThree((s) => s.gl)
  useEffect(() => {
    let done = false
    // An after-effect runs once the frame is drawn, so the mark lands at that frame and not after the next frame's
    // work (the painter may paint a whole canvas in a frame's useFrame on a slow GPU). The scene's render is the
    // frame's last, so the renderer's counters are the frame's own.
    const stop = addAfterEffect(() => {
      if (done || gl.info.render.calls === 0) return
      done = true
      // A standard User Timing mark: the bench reads it, and so can a clinic's own browser tools.
      performance.mark(FIRST_FRAME_MARK)
      onFirst()
    })
    return stop
  }, [gl, onFirst])
  return null
}
