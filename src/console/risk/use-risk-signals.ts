import { useEffect, useSyncExternalStore } from 'react'
import type { RiskChime } from './risk-chime'

/** The tab's title while an alert waits; the title from before comes back once it is acknowledged. */
export function useRiskTitle(title: string | null): void {
  useEffect(() => {
    if (!title) return
    const before = document.title
    document.title = title
    return () => {
      // Another page may have set its own title meanwhile: only put back what this alert changed.
      if (document.title === title) document.title = before
    }
  }, [title])
}

/**
 * Plays the chime while `on`. While the browser blocks audio, any click or key on the page lets it play (a
 * click is what browsers ask for); returns whether it is blocked, for the alert's hint.
 */
export function useRiskSound(sound: RiskChime, on: boolean): boolean {
  const blocked = useSyncExternalStore(
    sound.subscribe,
    () => sound.blocked,
    () => false,
  )
  useEffect(() => {
    if (!on) return
    sound.start()
    return () => sound.stop()
  }, [sound, on])
  useEffect(() => {
    if (!on || !blocked) return
    const allow = () => sound.unlock()
    window.addEventListener('pointerdown', allow, true)
    window.addEventListener('keydown', allow, true)
    return () => {
      window.removeEventListener('pointerdown', allow, true)
      window.removeEventListener('keydown', allow, true)
    }
  }, [sound, on, blocked])
  return on && blocked
}
