/**
 * Fan-out of one session's traffic to the connections that watch it. Narrow on purpose: today one
 * process holds every session (`createLocalRelay`); a Redis pub/sub implementation can replace it when
 * sessions are spread over several processes. Frames are pre-serialised JSON so a relay never re-encodes.
 */
export type RelayEvent =
  /** An applied command: the console's frame and the headset's (filtered) frame, both for `seq`. */
  | { kind: 'applied'; seq: number; consoleFrame: string; headsetFrame: string }
  /** A head pose for the console (already validated and re-serialised). */
  | { kind: 'pose'; frame: string }
  | { kind: 'presence'; headset: boolean }
  /** The session's open pairing codes were voided (too many wrong codes); pairing opens again at `until`. */
  | { kind: 'pairing-voided'; until: number }
  /** The session ended; `erased`: its record is gone too, so every socket on it is closed. */
  | { kind: 'ended'; erased?: boolean }

export type RelayListener = (event: RelayEvent) => void

export interface Relay {
  publish(sessionId: string, event: RelayEvent): void
  /** Returns the unsubscribe function. */
  subscribe(sessionId: string, listener: RelayListener): () => void
}

export function createLocalRelay(onListenerError?: (err: unknown) => void): Relay {
  const listeners = new Map<string, Set<RelayListener>>()
  return {
    publish(sessionId, event) {
      const set = listeners.get(sessionId)
      if (!set) return
      for (const listener of set) {
        // One broken connection must not stop the others from hearing the event.
        try {
          listener(event)
        } catch (err) {
          onListenerError?.(err)
        }
      }
    },
    subscribe(sessionId, listener) {
      let set = listeners.get(sessionId)
      if (!set) {
        set = new Set()
        listeners.set(sessionId, set)
      }
      set.add(listener)
      return () => {
        const current = listeners.get(sessionId)
        if (!current) return
        current.delete(listener)
        if (current.size === 0) listeners.delete(sessionId)
      }
    },
  }
}
