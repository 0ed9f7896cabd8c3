import { useEffect, useMemo, useSyncExternalStore } from 'react'
import { useStore } from 'zustand'
import type { JoinKeypadProps } from './JoinKeypad'
import type { SessionSlot } from './session-slot'

/** The pairing keypad as the app shows it (JoinKeypad), or null while there is none. */
export type KeypadShown = Required<
  Pick<JoinKeypadProps, 'busy' | 'error' | 'onJoin' | 'onCancel' | 'opening'>
> &
  Pick<JoinKeypadProps, 'keys'>

const noSubscription = () => () => {}

/**
 * The keypad from the click on "Join a session" to the pairing: first the early one ("Opening…") while the
 * session's code arrives, then the session's own. The app renders it in one place, so it is one keypad throughout
 * (never replaced, focus kept), and both share the slot's `keys`.
 */
export function useSessionKeypad(slot: SessionSlot): KeypadShown | null {
  const loaded = useStore(slot.store, (s) => s.loaded)
  const early = useStore(slot.store, (s) => s.early)
  // Where the loaded session is with its keypad (the session's view is a vanilla store).
  const view = loaded?.session.view
  const subscribe = view ? view.subscribe : noSubscription
  const stage = useSyncExternalStore(subscribe, () => view?.getState().stage ?? 'solo')
  const pairError = useSyncExternalStore(subscribe, () => view?.getState().pairError ?? null)
  const sessionKeys = loaded && (stage === 'keypad' || stage === 'pairing') ? loaded.session : null
  const { keys } = slot
  const keypad = useMemo<KeypadShown | null>(() => {
    if (sessionKeys)
      return {
        opening: false,
        busy: stage === 'pairing',
        error: pairError,
        onJoin: (code) => void sessionKeys.pair(code),
        onCancel: () => sessionKeys.closeKeypad(),
        keys,
      }
    if (early)
      return {
        opening: true,
        busy: early.busy,
        error: null,
        // Joined before the session is here: it pairs with this code as soon as it is.
        onJoin: (code) => slot.joinEarly(code),
        onCancel: () => slot.cancelEarly(),
        keys,
      }
    return null
  }, [sessionKeys, stage, pairError, early, keys, slot])
  // Joined or "Not now": the next keypad starts empty, however it is opened.
  const shown = keypad !== null
  useEffect(() => {
    if (!shown) keys.clear()
  }, [shown, keys])
  return keypad
}
