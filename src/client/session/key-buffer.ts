import { keypadReducer, type KeypadAction } from './keypad'

/**
 * What has been typed on the pairing keypad, kept outside any one keypad. The headset shows its keypad at once
 * when the client chooses "Join a session", before the session's code has arrived (session-slot.ts); that
 * keypad and the one the session shows when it is ready share this buffer, so nothing typed in between is lost.
 * Same rules as the keypad (keypad.ts). Part of the first bundle: kept tiny, no React.
 */
export type KeyBuffer = {
  /** The code so far (at most six characters of the pairing alphabet). */
  get(): string
  dispatch(action: KeypadAction): void
  /** Empty again: a new "Join a session", or "Not now". */
  clear(): void
  /** For `useSyncExternalStore`: called after every change. */
  subscribe(listener: () => void): () => void
}

export function createKeyBuffer(): KeyBuffer {
  let code = ''
  const listeners = new Set<() => void>()
  const set = (next: string) => {
    if (next === code) return
    code = next
    for (const l of [...listeners]) l()
  }
  return {
    get: () => code,
    dispatch: (action) => set(keypadReducer({ code }, action).code),
    clear: () => set(''),
    subscribe(listener) {
      listeners.add(listener)
      return () => void listeners.delete(listener)
    },
  }
}
