import { useEffect, useRef } from 'react'

/** The parts of a keyboard event that decide what a key means (a DOM `KeyboardEvent` has them all). */
export type KeyLike = Pick<
  KeyboardEvent,
  'code' | 'key' | 'repeat' | 'ctrlKey' | 'altKey' | 'metaKey' | 'target'
>

export interface HeldKeyBindings<A extends string> {
  /** The action a key press starts, or undefined when the press is not ours (then the page keeps it). */
  down(e: KeyLike): A | undefined
  /** The action a key release ends, or undefined. */
  up(e: KeyLike): A | undefined
  /** An auto-repeated press that finds its action not held (the key went down elsewhere) starts nothing. @default false */
  ignoreRepeat?: boolean
  onPress?(action: A): void
  onRelease?(action: A): void
}

export interface HeldKeys<A extends string> {
  /** What is held now; read it each frame. */
  readonly held: ReadonlySet<A>
  /** Handles a press; true when it was ours (the caller then stops the browser's default, e.g. scrolling). */
  keydown(e: KeyLike): boolean
  keyup(e: KeyLike): void
  /** The window lost focus: no key-up will come, so everything held lets go. */
  blur(): void
  /** Holds an action from elsewhere (a focused button held with Space); nothing happens when already held. */
  press(action: A): void
  release(action: A): void
}

/**
 * Which keys are held, without the DOM: a press starts its action once (repeats and a second key for the same
 * action do nothing more), a release or a lost focus ends it. `bindings` is read on every event, so it may change.
 */
export function createHeldKeys<A extends string>(bindings: () => HeldKeyBindings<A>): HeldKeys<A> {
  const held = new Set<A>()
  const press = (action: A) => {
    if (held.has(action)) return
    held.add(action)
    bindings().onPress?.(action)
  }
  const release = (action: A) => {
    if (!held.delete(action)) return
    bindings().onRelease?.(action)
  }
  return {
    held,
    keydown(e) {
      const b = bindings()
      const action = b.down(e)
      if (action === undefined) return false
      if (!(e.repeat && b.ignoreRepeat)) press(action)
      return true
    },
    keyup(e) {
      const action = bindings().up(e)
      if (action !== undefined) release(action)
    },
    blur() {
      for (const action of [...held]) release(action)
    },
    press,
    release,
  }
}

/** `createHeldKeys` on the window for as long as the component is mounted; the latest bindings are used. */
export function useHeldKeys<A extends string>(bindings: HeldKeyBindings<A>): HeldKeys<A> {
  const latest = useRef(bindings)
  latest.current = bindings
  const keys = useRef<HeldKeys<A> | null>(null)
  keys.current ??= createHeldKeys(() => latest.current)
  const held = keys.current

  useEffect(
    () =>
      addListeners(window, {
        keydown: (e: KeyboardEvent) => {
          if (held.keydown(e)) e.preventDefault()
        },
        keyup: (e: KeyboardEvent) => held.keyup(e),
        blur: () => held.blur(),
      }),
    [held],
  )
  return held
}

/** Adds each listener to `target`; the answer removes them all again (an effect's cleanup). */
export function addListeners<K extends string>(
  target: EventTarget,
  listeners: Record<K, (e: never) => void>,
): () => void {
  const entries = Object.entries(listeners) as [string, EventListener][]
  for (const [type, listener] of entries) target.addEventListener(type, listener)
  return () => {
    for (const [type, listener] of entries) target.removeEventListener(type, listener)
  }
}
