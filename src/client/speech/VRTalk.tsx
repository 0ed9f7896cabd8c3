import { useFrame } from '@react-three/fiber'
import { useXRStore } from '@react-three/xr'
import { useEffect, useMemo, useRef } from 'react'
import * as THREE from 'three'
import { useStore, type StoreApi } from 'zustand'
import { HEADSET_EN, type HeadsetKey } from '../../shared/i18n/headset-en'
import { FollowView, Panel, PanelButton, PanelText, PANEL_THEME } from '../../scene/ui'
import { useText } from '../i18n/text-context'
import type { Describing } from '../describe/describe-state'
import type { PushToTalk } from './push-to-talk'
import { createBrowserPushToTalk } from './talk-browser'
import type { TalkSlot } from './talk-slot'
import { talkLine } from './talk-text'
import type { BaseKey } from '../../shared/i18n/catalog'

const Z = 0.01
const HINT_MS = 8000
type Button = { state?: string } | undefined

/**
 * Push-to-talk in VR: hold the right controller's B button to speak (X, Y and the thumbsticks already have their
 * jobs). A small panel shows "Listening…" with a soft level, then the words with "Use these words" / "Try again".
 */
export default function VRTalk({
  onWords,
  talk: slot,
  describing,
}: {
  onWords: (text: string) => Promise<boolean>
  /** The page's push-to-talk, shared with the desktop button. */
  talk: TalkSlot
  /** The Describe panel: while it is open it shows how speaking goes, and takes the words heard. */
  describing: StoreApi<Describing>
}) {
  const t = useText()
  /** A button's words in the language on screen; its mesh keeps the English name the tests and code look for. */
  const say = (key: HeadsetKey & BaseKey<HeadsetKey>) => ({ label: t(key), meshKey: HEADSET_EN[key] })
  const talk = useMemo(() => slot.get(createBrowserPushToTalk), [slot])
  const state = useStore(talk.store)
  // On view, not merely open: while it steps aside (the SUDS question…), words heard are shown here.
  const describeOpen = useStore(describing, (s) => s.shown)
  const xr = useXRStore()
  const wasDown = useRef(false)
  const pickWords = () => {
    talk.reset()
    describing.setState({ open: true })
  }

  // Said once: the next time speaking is not possible, the word chips open at once instead of the same sentence.
  useEffect(() => {
    if (state.kind === 'unavailable' && state.again) pickWords()
  })
  // A hint goes away by itself; a question, a transcript or an explanation waits for the client.
  useEffect(() => {
    if (!(state.kind === 'idle' && state.hint)) return
    const timer = setTimeout(() => talk.reset(), HINT_MS)
    return () => clearTimeout(timer)
  }, [state, talk])

  useFrame(() => {
    let b: Button
    for (const s of xr.getState().inputSourceStates)
      if (s.type === 'controller' && s.inputSource.handedness === 'right') b = s.gamepad['b-button'] as Button
    const down = b?.state === 'pressed'
    if (down && !wasDown.current) void talk.press()
    else if (!down && wasDown.current) void talk.release()
    wasDown.current = down
  })

  const line = talkLine(state, 'vr', t)
  if (!line || (state.kind === 'unavailable' && state.again)) return null
  // The Describe panel shows the rest itself; only the question needs its own buttons, above that panel.
  if (describeOpen && state.kind !== 'consent') return null
  const confirm = state.kind === 'confirm'
  const asking = state.kind === 'consent' || state.kind === 'unavailable'
  const height = confirm ? 0.5 : asking ? 0.4 : 0.26
  return (
    <FollowView name="talk-panel" distance={1.6} drop={-0.05}>
      <Panel width={1.1} height={height} position={[0, describeOpen ? 0.69 + height / 2 : 0.12, 0]}>
        <PanelText
          size={PANEL_THEME.fontSize.body}
          colour={state.kind === 'consent' ? PANEL_THEME.ink : PANEL_THEME.inkSoft}
          maxWidth={0.98}
          position={[0, height / 2 - 0.07 - (asking ? 0.04 : 0), Z]}
        >
          {line}
        </PanelText>
        {state.kind === 'listening' ? <LevelDot talk={talk} y={-0.04} /> : null}
        {confirm ? (
          <>
            <PanelText size={PANEL_THEME.fontSize.title} maxWidth={0.98} position={[0, 0.02, Z]}>
              {t('talk.quote', { text: state.text })}
            </PanelText>
            <PanelButton
              {...say('talk.use')}
              width={0.44}
              selected
              position={[-0.13, -0.16, Z]}
              onPress={() => void talk.use(onWords)}
            />
            <PanelButton
              {...say('talk.again')}
              width={0.3}
              position={[0.27, -0.16, Z]}
              onPress={() => talk.reset()}
            />
          </>
        ) : null}
        {state.kind === 'consent' ? (
          <>
            <PanelButton
              {...say('talk.yes')}
              width={0.5}
              selected
              position={[-0.15, -0.11, Z]}
              onPress={() => void talk.agree()}
            />
            <PanelButton
              {...say('talk.notNow')}
              width={0.26}
              position={[0.29, -0.11, Z]}
              onPress={() => talk.reset()}
            />
          </>
        ) : null}
        {state.kind === 'unavailable' ? (
          <>
            <PanelButton
              {...say('talk.pickWords')}
              width={0.34}
              selected
              position={[-0.12, -0.11, Z]}
              onPress={pickWords}
            />
            <PanelButton
              {...say('talk.ok')}
              width={0.2}
              position={[0.22, -0.11, Z]}
              onPress={() => talk.reset()}
            />
          </>
        ) : null}
      </Panel>
    </FollowView>
  )
}

/** A soft sage dot that swells gently with the voice (eased, never flashing). */
function LevelDot({ talk, y }: { talk: PushToTalk; y: number }) {
  const mesh = useRef<THREE.Mesh>(null)
  const eased = useRef(0)
  const geometry = useMemo(() => new THREE.CircleGeometry(0.035, 40), [])
  const material = useMemo(
    () =>
      new THREE.MeshBasicMaterial({
        color: PANEL_THEME.accent,
        transparent: true,
        opacity: 0.75,
        depthTest: false,
        depthWrite: false,
        toneMapped: false,
      }),
    [],
  )
  useFrame((_, delta) => {
    eased.current += (talk.level() - eased.current) * Math.min(1, delta * 6)
    mesh.current?.scale.setScalar(0.7 + eased.current * 0.9)
  })
  return (
    <mesh
      ref={mesh}
      name="talk-level"
      geometry={geometry}
      material={material}
      position={[0, y, Z]}
      renderOrder={PANEL_THEME.renderOrder + 2}
    />
  )
}
