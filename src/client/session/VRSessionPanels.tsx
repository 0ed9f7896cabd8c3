import { useXR } from '@react-three/xr'
import { useReducer, useState } from 'react'
import { FollowView, Panel, PanelButton, PanelText, PANEL_THEME } from '../../scene/ui'
import { CodeBox } from './VRCodeBox'
import { isCompleteCode, KEYPAD_ROWS, keypadReducer, PAIRING_CODE_LENGTH } from './keypad'
import type { HeadsetSession } from './session-client'
import { englishText } from '../i18n/english'
import { useText } from '../i18n/text-context'
import { sudsChoices } from './suds'
import { useCueWord, useExerciseCaption, useSessionView } from './use-session-view'

const Z = 0.01
const KEY = 0.14
const GAP = 0.02

function Row({ keys, y, onKey }: { keys: readonly string[]; y: number; onKey: (k: string) => void }) {
  const width = keys.length * KEY + (keys.length - 1) * GAP
  return (
    <group position={[0, y, Z]}>
      {keys.map((k, i) => (
        <PanelButton
          key={k}
          label={k}
          width={KEY}
          height={0.12}
          fontSize={PANEL_THEME.fontSize.title}
          position={[-width / 2 + KEY / 2 + i * (KEY + GAP), 0, 0]}
          onPress={() => onKey(k)}
        />
      ))}
    </group>
  )
}

/** The pairing keypad in VR: same keys and rules as on screen, big enough for a wobbly controller ray. */
export function VRKeypad({ session }: { session: HeadsetSession }) {
  const t = useText()
  const stage = useSessionView(session, (v) => v.stage)
  const error = useSessionView(session, (v) => v.pairError)
  const [state, dispatch] = useReducer(keypadReducer, { code: '' })
  const busy = stage === 'pairing'
  const complete = isCompleteCode(state.code)
  const boxes = Array.from({ length: PAIRING_CODE_LENGTH }, (_, i) => state.code[i] ?? '')
  return (
    <FollowView name="session-keypad" distance={1.7} drop={-0.12}>
      <Panel width={1.1} height={1.24}>
        <PanelText size={PANEL_THEME.fontSize.title} weight="bold" position={[0, 0.53, Z]}>
          {t('keypad.title')}
        </PanelText>
        <PanelText size={PANEL_THEME.fontSize.small} colour={PANEL_THEME.inkSoft} position={[0, 0.455, Z]}>
          {t('keypad.hint')}
        </PanelText>
        {boxes.map((c, i) => (
          <CodeBox
            key={i}
            char={c}
            next={i === state.code.length}
            position={[(i - (PAIRING_CODE_LENGTH - 1) / 2) * 0.15, 0.34, Z]}
          />
        ))}
        <PanelText
          size={PANEL_THEME.fontSize.small}
          colour={PANEL_THEME.inkSoft}
          position={[0, 0.245, Z]}
          maxWidth={1}
        >
          {busy ? t('keypad.joining') : error ? t(error.key, error.vars) : ' '}
        </PanelText>
        {KEYPAD_ROWS.map((row, r) => (
          <Row key={r} keys={row} y={0.14 - r * 0.15} onKey={(k) => dispatch({ type: 'key', key: k })} />
        ))}
        <group position={[0, -0.47, Z]}>
          <PanelButton
            label={t('keypad.notNow')}
            meshKey={englishText('keypad.notNow')}
            width={0.26}
            position={[-0.36, 0, 0]}
            onPress={() => session.closeKeypad()}
          />
          <PanelButton
            label={t('keypad.back')}
            meshKey={englishText('keypad.back')}
            width={0.2}
            position={[-0.12, 0, 0]}
            onPress={() => dispatch({ type: 'back' })}
          />
          <PanelButton
            label={t('keypad.clear')}
            meshKey={englishText('keypad.clear')}
            width={0.2}
            position={[0.1, 0, 0]}
            onPress={() => dispatch({ type: 'clear' })}
          />
          <PanelButton
            label={t('keypad.join')}
            meshKey={englishText('keypad.join')}
            width={0.26}
            selected
            disabled={!complete || busy}
            position={[0.35, 0, 0]}
            onPress={() => void session.pair(state.code)}
          />
        </group>
      </Panel>
    </FollowView>
  )
}

/** The SUDS question in VR: eleven big keys, then Send, so a stray trigger pull never answers. */
export function VRSuds({ session, scale }: { session: HeadsetSession; scale: 10 | 100 }) {
  const t = useText()
  const [value, setValue] = useState<number | null>(null)
  const choices = sudsChoices(scale)
  const width = 1.44
  const each = (width - (choices.length - 1) * 0.014) / choices.length
  return (
    <FollowView name="session-suds" distance={1.7} drop={-0.2}>
      <Panel width={1.56} height={scale === 100 ? 0.78 : 0.64}>
        <PanelText size={PANEL_THEME.fontSize.title} weight="bold" position={[0, 0.22, Z]}>
          {t('suds.question')}
        </PanelText>
        <PanelText
          size={PANEL_THEME.fontSize.small}
          colour={PANEL_THEME.inkSoft}
          anchorX="left"
          align="left"
          position={[-width / 2, 0.13, Z]}
        >
          {t('suds.low')}
        </PanelText>
        <PanelText
          size={PANEL_THEME.fontSize.small}
          colour={PANEL_THEME.inkSoft}
          anchorX="right"
          align="right"
          position={[width / 2, 0.13, Z]}
        >
          {t('suds.high', { scale })}
        </PanelText>
        <group position={[0, 0.01, Z]}>
          {choices.map((v, i) => (
            <PanelButton
              key={v}
              label={String(v)}
              width={each}
              height={0.14}
              fontSize={PANEL_THEME.fontSize.title}
              selected={value === v}
              position={[-width / 2 + each / 2 + i * (each + 0.014), 0, 0]}
              onPress={() => setValue(v)}
            />
          ))}
        </group>
        {scale === 100 ? (
          <group position={[0, -0.15, Z]}>
            <PanelButton
              label="−5"
              width={0.2}
              position={[-0.25, 0, 0]}
              onPress={() => setValue((v) => Math.max(0, (v ?? 50) - 5))}
            />
            <PanelText size={PANEL_THEME.fontSize.title} weight="bold" position={[0, 0, 0]}>
              {value === null ? '–' : String(value)}
            </PanelText>
            <PanelButton
              label="+5"
              width={0.2}
              position={[0.25, 0, 0]}
              onPress={() => setValue((v) => Math.min(100, (v ?? 50) + 5))}
            />
          </group>
        ) : null}
        <PanelButton
          label={value === null ? t('suds.choose') : t('suds.send', { value })}
          meshKey={value === null ? englishText('suds.choose') : englishText('suds.send', { value })}
          width={0.5}
          selected={value !== null}
          disabled={value === null}
          position={[0, scale === 100 ? -0.3 : -0.18, Z]}
          onPress={() => value !== null && session.answerSuds(value)}
        />
      </Panel>
    </FollowView>
  )
}

function Message({ text, y, size = 'body' }: { text: string; y: number; size?: 'body' | 'title' | 'cue' }) {
  const font =
    size === 'cue' ? 0.1 : size === 'title' ? PANEL_THEME.fontSize.title : PANEL_THEME.fontSize.body
  // A rough measure of the text (Source Sans runs about half an em per character) sizes the plate to fit.
  const perLine = size === 'cue' ? 1.1 : 1.3
  const parts = text.split('\n')
  const longest = Math.max(...parts.map((p) => p.length))
  const width = Math.min(perLine + 0.12, 0.3 + longest * font * 0.55)
  const lines = parts.reduce((n, p) => n + Math.max(1, Math.ceil((p.length * font * 0.55) / perLine)), 0)
  return (
    <Panel width={width} height={0.08 + lines * font * 1.45} position={[0, y, 0]} opacity={0.94}>
      <PanelText
        size={font}
        weight={size === 'body' ? 'regular' : 'bold'}
        position={[0, 0, Z]}
        maxWidth={width - 0.1}
      >
        {text}
      </PanelText>
    </Panel>
  )
}

/** Quiet words in VR: paused, ended, reconnecting, the cue word, narration and exercise captions. */
export function VRSessionMessages({
  session,
  speak,
}: {
  session: HeadsetSession
  speak?: (t: string) => void
}) {
  const t = useText()
  const stage = useSessionView(session, (v) => v.stage)
  const connection = useSessionView(session, (v) => v.connection)
  const paused = useSessionView(session, (v) => v.scene?.paused ?? false)
  const caption = useSessionView(session, (v) => v.caption)
  const exercise = useExerciseCaption(session, speak)
  const cue = useCueWord(session)
  const line = caption?.text ?? exercise?.text ?? ''
  // In VR the longer lines break where a reader would pause, not wherever the plate ends.
  const centre =
    stage === 'ended'
      ? t('session.endedVR')
      : stage === 'joining'
        ? t('session.joining')
        : paused
          ? t('session.paused').replace('. ', '.\n')
          : ''
  const hint = stage === 'live' && connection === 'reconnecting' ? t('session.reconnecting') : ''
  if (!centre && !hint && !line && !cue) return null
  return (
    <FollowView name="session-messages" distance={1.8} drop={-0.05}>
      {hint ? <Message text={hint} y={0.42} /> : null}
      {centre ? (
        <Message text={centre} y={0.05} size="title" />
      ) : cue ? (
        <Message text={cue} y={0.1} size="cue" />
      ) : null}
      {line ? <Message text={line} y={-0.42} /> : null}
      {stage === 'ended' ? <LeaveVRButton /> : null}
    </FollowView>
  )
}

/** A way on after the end: out of VR, back to the page (which offers to close). */
function LeaveVRButton() {
  const t = useText()
  const xrSession = useXR((s) => s.session)
  if (!xrSession) return null
  return (
    <group position={[0, -0.32, 0]}>
      <PanelButton
        label={t('session.leaveVR')}
        meshKey={englishText('session.leaveVR')}
        width={0.36}
        height={0.11}
        onPress={() => void xrSession.end().catch(() => undefined)}
      />
    </group>
  )
}

/** Refinement: quick choices and versions for a shown painting; lives in src/client/refine. */
export { VRRefinePanel } from '../refine/VRRefinePanel'

/** The only session control shown in VR outside a session: a small, low button to open the keypad. */
export function VRJoinButton({ session }: { session: HeadsetSession }) {
  const t = useText()
  return (
    <FollowView name="session-join" distance={1.4} drop={-0.62} deadAngle={0.8}>
      <PanelButton
        label={t('keypad.open')}
        meshKey={englishText('keypad.open')}
        width={0.46}
        height={0.12}
        onPress={() => session.openKeypad()}
      />
    </FollowView>
  )
}
