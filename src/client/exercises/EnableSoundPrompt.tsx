import { useStore } from 'zustand'
import { useText } from '../i18n/text-context'
import type { SoundRuntime } from './sound-runtime'

/** When the browser keeps audio locked until a gesture: a clear, gentle prompt, never a silent failure. */
export function EnableSoundPrompt({ runtime }: { runtime: SoundRuntime }) {
  const t = useText()
  const audio = useStore(runtime.view, (s) => s.audio)
  if (audio !== 'blocked') return null
  return (
    <button type="button" className="sound-unlock" onClick={() => void runtime.unlock()}>
      {t('sound.enable')}
    </button>
  )
}
