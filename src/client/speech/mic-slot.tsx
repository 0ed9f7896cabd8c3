import { lazy, Suspense, useEffect, useRef, useState } from 'react'
import { whenIdleOrGesture } from '../exercises/loader'
import { MicIcon } from './mic-icon'

// The push-to-talk code loads after the first frame (idle or the first gesture), never in the headset's first bundle.
const MicButton = lazy(() => import('./MicButton'))

export type MicSlotProps = {
  /** Confirmed words go the normal way (describe in a session, the create box solo). */
  onWords: (text: string) => Promise<boolean>
}

/** The microphone next to Create: a quiet placeholder until the push-to-talk module is here. */
export function MicSlot({ onWords }: MicSlotProps) {
  const [ready, setReady] = useState(false)
  // Held before the module arrived: the real button starts listening as soon as it mounts, if still held.
  const heldEarly = useRef(false)
  useEffect(() => whenIdleOrGesture(() => setReady(true)), [])
  const placeholder = (
    <button
      type="button"
      className="mic"
      aria-label="Hold to talk"
      onPointerDown={() => {
        heldEarly.current = true
        setReady(true)
      }}
      onPointerUp={() => void (heldEarly.current = false)}
    >
      <MicIcon />
    </button>
  )
  if (!ready) return placeholder
  return (
    <Suspense fallback={placeholder}>
      <MicButton onWords={onWords} heldEarly={heldEarly} />
    </Suspense>
  )
}
