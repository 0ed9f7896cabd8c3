import { useXR } from '@react-three/xr'
import { useCallback, useEffect, useMemo } from 'react'
import { createStore, useStore } from 'zustand'
import { playKeyTick } from '../../audio/key-tick'
import type { SoundSlot } from '../sound-slot'
import type { TalkState } from '../speech/push-to-talk'
import { createBrowserPushToTalk } from '../speech/talk-browser'
import type { TalkSlot } from '../speech/talk-slot'
import { talkLine } from '../speech/talk-text'
import type { DescribeAction } from './describe-state'
import { useText } from '../i18n/text-context'

const QUIET = createStore<TalkState>()(() => ({ kind: 'idle', hint: null }))
/** How long a line about speaking (a hint, or why it cannot) stands before the words come back. */
const TALK_LINE_MS = 6000

/**
 * Speaking while the Describe panel is open (right B, as anywhere in VR): the words heard join the sentence on the
 * keyboard, to be read and edited before Create, and the panel's preview line says how speaking goes. Returns that
 * line (null when there is nothing to say) and a dispatch that also clears a settled line at the next touch.
 */
export function useDescribeTalk(slot: TalkSlot | undefined, dispatch: (a: DescribeAction) => void) {
  const t = useText()
  const talk = useMemo(() => slot?.get(createBrowserPushToTalk) ?? null, [slot])
  const state = useStore(talk?.store ?? QUIET)
  useEffect(() => {
    if (state.kind !== 'confirm' || !talk) return
    dispatch({ type: 'heard', text: state.text })
    talk.reset()
  }, [state, talk, dispatch])
  const settled = state.kind === 'unavailable' || (state.kind === 'idle' && state.hint !== null)
  useEffect(() => {
    if (!settled || !talk) return
    const timer = setTimeout(() => talk.reset(), TALK_LINE_MS)
    return () => clearTimeout(timer)
  }, [settled, talk])
  return {
    // The question (solo consent) has its own buttons on the talk panel, above this one.
    talking: state.kind === 'consent' ? null : talkLine(state, 'vr', t),
    act: (a: DescribeAction) => {
      dispatch(a)
      if (settled) talk?.reset()
    },
  }
}

/** Each key: a light tap in the hands where the controllers can give one, and a soft tick at the listener's volume. */
export function useKeyFeedback(sound: SoundSlot | undefined): () => void {
  const session = useXR((s) => s.session)
  return useCallback(() => {
    for (const source of session?.inputSources ?? []) {
      const actuator = (
        source.gamepad as
          { hapticActuators?: Array<{ pulse(v: number, ms: number): Promise<boolean> }> } | undefined
      )?.hapticActuators?.[0]
      void actuator?.pulse(0.12, 12).catch(() => false)
    }
    const engine = sound?.current()?.engine
    if (engine?.ctx.state === 'running') playKeyTick(engine.ctx, engine.master.input)
  }, [session, sound])
}
