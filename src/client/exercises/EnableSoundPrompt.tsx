import { useStore } from 'zustand'
import type { SoundRuntime } from './sound-runtime'

/** When the browser keeps audio locked until a gesture: a clear, gentle prompt, never a silent failure. */
export function EnableSoundPrompt({ runtime }: { runtime: SoundRuntime }) {
  const audio = useStore(runtime.view, (s) => s.audio)
  if (audio !== 'blocked') return null
  return (
    <button type="button" className="sound-unlock" onClick={() => void runtime.unlock()}>
      Tap to enable sound
    </button>
  )
}
