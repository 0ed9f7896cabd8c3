// A press on the microphone's placeholder, kept until the push-to-talk module arrives. Without the DOM: the window
// to watch for the release is passed in (a plain EventTarget in the unit test).

/** How the placeholder was pressed: the pointer, or Space/Enter on the focused button. */
export type PressVia = 'pointer' | 'key'

/** The real button's press and release (push-to-talk's own). */
export type PressHandler = { press(): void; release(): void }

export type EarlyPress = {
  /** The placeholder went down. A second press while one is held does nothing; after a tap, the newest counts. */
  down(via: PressVia): void
  /** Let go (the window's pointerup/pointercancel, Space/Enter keyup or blur call this too). */
  up(): void
  /** Is a press held (down, not yet let go), wherever it is now handled? */
  readonly held: boolean
  /**
   * The real button takes over: a press it has not seen is pressed at once, and released at once when it was let
   * go already (a quick tap); a press still held is released when it is let go. Returns the detach function (the
   * button unmounted); a press already handed over and still held is then released by the next claimer.
   */
  claim(handler: PressHandler): () => void
  /** Stops watching the window. */
  dispose(): void
}

type ReleaseTarget = Pick<EventTarget, 'addEventListener' | 'removeEventListener'>

/** Space and Enter hold the focused button, as on the real one. */
export const isPressKey = (key: string) => key === ' ' || key === 'Enter'

export function createEarlyPress(target: ReleaseTarget): EarlyPress {
  /** The press waiting for (or handed to) the real button; null when there is none. */
  let pending: { via: PressVia; released: boolean; handedOver: boolean } | null = null
  let handler: PressHandler | null = null
  let watching: (() => void) | null = null

  const unwatch = () => {
    watching?.()
    watching = null
  }
  /** The release can happen anywhere: the placeholder may be gone by then, and focus with it. */
  const watch = (via: PressVia) => {
    unwatch()
    const letGo = () => early.up()
    const key = (e: Event) => {
      if (isPressKey((e as KeyboardEvent).key ?? '')) early.up()
    }
    // The window's own blur only: an element's blur passes the window in the capture phase too (the placeholder
    // losing focus as the real button replaces it is no release).
    const blur = (e: Event) => {
      if (e.target === target) early.up()
    }
    const listeners: Array<[string, EventListener]> =
      via === 'pointer'
        ? [
            ['pointerup', letGo],
            ['pointercancel', letGo],
          ]
        : [['keyup', key]]
    listeners.push(['blur', blur])
    for (const [type, f] of listeners) target.addEventListener(type, f, true)
    watching = () => {
      for (const [type, f] of listeners) target.removeEventListener(type, f, true)
    }
  }
  /** Hands the pending press to the handler: press if it has not been, release if it was let go. */
  const handOver = () => {
    if (!pending || !handler) return
    if (!pending.handedOver) {
      pending.handedOver = true
      handler.press()
    }
    if (pending.released) {
      pending = null
      handler.release()
    }
  }

  const early: EarlyPress = {
    down(via) {
      if (pending && !pending.released) return
      pending = { via, released: false, handedOver: false }
      watch(via)
      handOver()
    },
    up() {
      if (!pending || pending.released) return
      pending.released = true
      unwatch()
      handOver()
    },
    get held() {
      return pending !== null && !pending.released
    },
    claim(h) {
      handler = h
      handOver()
      return () => {
        if (handler === h) handler = null
      }
    },
    dispose() {
      unwatch()
      pending = null
      handler = null
    },
  }
  return early
}
