import { HEADSET_EN } from '../../shared/i18n/headset-en'
import { useText } from '../i18n/text-context'
import { useEffect, useMemo, useReducer, useRef, useState } from 'react'
import { createStore, useStore, type StoreApi } from 'zustand'
import { FollowView, Panel, PanelButton, PanelText, PANEL_THEME } from '../../scene/ui'
import type { ClientStore } from '../client-store'
import type { SoundSlot } from '../sound-slot'
import type { TalkSlot } from '../speech/talk-slot'
import { statusText } from '../status-text'
import type { HeadsetSession, HeadsetSessionView } from '../session/session-client'
import { isSudsAsked } from '../session/suds-asked'
import {
  DESCRIBE_START,
  describeReducerIn,
  describedWords,
  type DescribeState,
  type Describing,
} from './describe-state'
import { useDescribeTalk, useKeyFeedback } from './use-describe-talk'
import { VRDescribeChips } from './VRDescribeChips'
import { VRDescribeKeyboard } from './VRDescribeKeyboard'

const Z = 0.01

export type VRDescribeProps = {
  store: ClientStore
  /** The same road as typed words: safety screen, the therapist where it applies, the painting on the wall. */
  onCreate: (words: string) => Promise<boolean>
  /** Whether words are on their way (the shell's words flow). */
  words: StoreApi<{ busy: boolean }>
  inSession: boolean
  /** Whether the panel is open (the shell's, so other panels can step aside). */
  describing: StoreApi<Describing>
  /** Another panel needs the client now (the keypad, comfort, the crisis panel): Describe steps aside meanwhile. */
  hidden: boolean
  /** The live session, whose SUDS question also comes first (null when solo). */
  session?: HeadsetSession | null
  /** The panel opened: make ready what Create will need (the local risk screen). */
  onOpen?: () => void
  /** The page's push-to-talk: words spoken while the panel is open join its sentence, to be edited. */
  talk?: TalkSlot
  /** The page's sound: a soft tick per key, through the listener's own volume. */
  sound?: SoundSlot
}

/**
 * Describe in VR: a low "Describe" button, and a panel of word chips (places, time, weather, feelings, things) or a
 * calm keyboard with suggestions, a preview of the words, and Create. Words go the same way as typed words.
 */
export function VRDescribe(props: VRDescribeProps) {
  const open = useStore(props.describing, (s) => s.open)
  const setOpen = (value: boolean) => props.describing.setState({ open: value })
  const t = useText()
  const asked = useStore(
    (props.session?.view ?? NO_SESSION) as StoreApi<HeadsetSessionView | null>,
    isSudsAsked,
  )
  // The words so far outlive the panel stepping aside (for the SUDS question, comfort, …) and coming back.
  const draft = useRef<DescribeState>(DESCRIBE_START)
  // Leaving VR closes it: the next time in, the client starts from the button.
  useEffect(() => () => props.describing.setState({ open: false }), [props.describing])
  if (props.hidden || asked) return null
  if (!open)
    return (
      <FollowView name="describe-open" distance={1.4} drop={-0.48} deadAngle={0.8}>
        <PanelButton
          label={t('describe.open')}
          meshKey={HEADSET_EN['describe.open']}
          width={0.4}
          height={0.12}
          onPress={() => setOpen(true)}
        />
      </FollowView>
    )
  return <DescribePanel {...props} draft={draft} onClose={() => setOpen(false)} />
}

const NO_SESSION = createStore<HeadsetSessionView | null>()(() => null)

function DescribePanel({
  store,
  onCreate,
  words: progress,
  inSession,
  onClose,
  onOpen,
  describing,
  talk: talkSlot,
  sound,
  draft,
}: VRDescribeProps & { onClose: () => void; draft: { current: DescribeState } }) {
  const t = useText()
  const busy = useStore(progress, (s) => s.busy)
  useEffect(() => onOpen?.(), [onOpen])
  useEffect(() => {
    describing.setState({ shown: true })
    return () => describing.setState({ shown: false })
  }, [describing])
  // The chips' sentence in the language on screen.
  const reducer = useMemo(() => describeReducerIn(t), [t])
  const [state, dispatch] = useReducer(reducer, draft.current)
  useEffect(() => {
    draft.current = state
  }, [state, draft])
  const [sentAt, setSentAt] = useState<number | null>(null)
  const status = useStore(store, (s) => s.status)
  const tap = useKeyFeedback(sound)
  const { talking, act } = useDescribeTalk(talkSlot, dispatch)
  const words = describedWords(state, t)
  const create = () => {
    if (!words || busy) return
    void onCreate(words).then((ok) => {
      if (!ok) return
      dispatch({ type: 'sent' })
      setSentAt(Date.now())
    })
  }
  // After Create, the panel says what became of the words (painted, kept for the therapist, sent) until new ones.
  const line =
    sentAt !== null && !words
      ? inSession && status.kind === 'idle'
        ? t('describe.sent')
        : statusText(status, inSession, false, t)
      : ''
  return (
    <FollowView name="describe-panel" distance={1.6} drop={-0.08}>
      <Panel width={1.4} height={1.34}>
        <PanelText size={PANEL_THEME.fontSize.title} weight="bold" position={[0, 0.59, Z]}>
          {t('describe.title')}
        </PanelText>
        <PanelText
          name="describe-preview"
          size={PANEL_THEME.fontSize.body}
          colour={words && !talking ? PANEL_THEME.ink : PANEL_THEME.inkSoft}
          maxWidth={1.28}
          position={[0, 0.47, Z]}
        >
          {talking ||
            words ||
            line ||
            (state.mode === 'chips' ? t('describe.pickHint') : t('describe.typeHint'))}
        </PanelText>
        {state.mode === 'chips' ? (
          <VRDescribeChips state={state} dispatch={act} />
        ) : (
          <VRDescribeKeyboard state={state} dispatch={act} onKey={tap} />
        )}
        <group position={[0, -0.5, Z]}>
          <PanelButton
            label={t('describe.close')}
            meshKey={HEADSET_EN['describe.close']}
            width={0.26}
            position={[-0.48, 0, 0]}
            onPress={onClose}
          />
          <PanelButton
            label={t(state.mode === 'chips' ? 'describe.keyboard' : 'describe.chips')}
            meshKey={HEADSET_EN[state.mode === 'chips' ? 'describe.keyboard' : 'describe.chips']}
            width={0.3}
            position={[-0.17, 0, 0]}
            onPress={() => dispatch({ type: 'mode', mode: state.mode === 'chips' ? 'keyboard' : 'chips' })}
          />
          <PanelButton
            label={t('describe.clear')}
            meshKey={HEADSET_EN['describe.clear']}
            width={0.22}
            position={[0.1, 0, 0]}
            disabled={!words}
            onPress={() =>
              state.mode === 'chips'
                ? dispatch({ type: 'sent' })
                : dispatch({ type: 'key', action: { kind: 'clear' } })
            }
          />
          <PanelButton
            label={t(busy ? 'describe.sending' : 'describe.create')}
            meshKey={HEADSET_EN[busy ? 'describe.sending' : 'describe.create']}
            width={0.3}
            selected
            disabled={!words || busy}
            position={[0.42, 0, 0]}
            onPress={create}
          />
        </group>
      </Panel>
    </FollowView>
  )
}

export default VRDescribe
