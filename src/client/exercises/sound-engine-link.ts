import { createSoundEngine, type SoundEngine } from '../../audio/engine'
import type { OfflineContextCtor } from '../../audio/render-layer'
import { audioStatusOf, type SoundViewStore } from './sound-view'

// The sound engine and the view's audio status: opened once, watched for the browser starting or suspending it.

/** The engine, or null on a device without Web Audio (the exercises still run, silently, on the wall clock). */
export function openSoundEngine(Offline: OfflineContextCtor | undefined, log: (m: string) => void) {
  try {
    if (Offline) return createSoundEngine({ Offline, log })
  } catch (e) {
    log(`no audio on this device: ${String(e)}`)
  }
  return null
}

/**
 * Keeps the view's audio status in step with the engine's context, and returns the refresh for after a tap's
 * unlock. Volumes are applied again once it runs, since a suspended context may have missed them.
 */
export function watchAudioStatus(deps: {
  engine:
    | (Pick<SoundEngine, 'state' | 'unlock' | 'setVolumes'> & { ctx: Pick<EventTarget, 'addEventListener'> })
    | null
  view: SoundViewStore
  /** @default globalThis.setTimeout */
  setTimeout?: (f: () => void, ms: number) => unknown
}): () => void {
  const { engine, view } = deps
  if (!engine) {
    view.setState({ audio: 'unavailable' })
    return () => {}
  }
  const refresh = () => {
    const status = audioStatusOf(engine.state())
    view.setState({ audio: status })
    if (status === 'running') engine.setVolumes(view.getState().volumes)
  }
  engine.ctx.addEventListener('statechange', refresh)
  void engine.unlock().then(refresh)
  // Give the browser a moment; if it is still suspended, ask for a tap rather than failing silently.
  const later = deps.setTimeout ?? ((f: () => void, ms: number) => setTimeout(f, ms))
  later(refresh, 500)
  return refresh
}
