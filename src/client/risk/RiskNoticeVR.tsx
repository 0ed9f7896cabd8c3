import { useEffect, useRef, useState } from 'react'
import type * as THREE from 'three'
import { useStore } from 'zustand'
import { FollowView, Panel, PanelText, PANEL_THEME } from '../../scene/ui'
import type { CrisisTextSource } from './crisis-text'
import { sameNotice, type RiskNotice } from './risk-notice'
import type { RiskNoticeSource } from './risk-notice-watch'
import { useLanguage } from '../i18n/language-context'
import { gentleRiskMessage, readableCrisisText } from './risk-text'
import { useGroupFade } from './use-group-fade'
import { useRiskNotice } from './use-risk-notice'
import { noticePanelLayout } from './vr-layout'

const Z = 0.01

/**
 * The session's gentle message in the headset (see SessionRiskNotice for the screen): in front of the client until
 * the therapist acknowledges, the crisis text under it after two minutes of waiting. Fades in and out.
 */
export function RiskNoticeVR({
  session,
  crisisText,
}: {
  session: RiskNoticeSource
  crisisText: CrisisTextSource
}) {
  const notice = useRiskNotice(session)
  const waiting = notice.kind !== 'none'
  const [last, setLast] = useState<RiskNotice>(notice)
  if (waiting && !sameNotice(last, notice)) setLast(notice)
  const [mounted, setMounted] = useState(waiting)
  if (waiting && !mounted) setMounted(true)
  useEffect(() => {
    if (waiting) void crisisText.load()
  }, [waiting, crisisText])
  if (!mounted) return null
  return (
    <NoticePanel
      shown={waiting}
      showCrisis={last.kind === 'crisis'}
      crisisText={crisisText}
      onGone={() => setMounted(false)}
    />
  )
}

function NoticePanel({
  shown,
  showCrisis,
  crisisText,
  onGone,
}: {
  shown: boolean
  showCrisis: boolean
  crisisText: CrisisTextSource
  onGone: () => void
}) {
  const crisis = useStore(crisisText.store, (s) => s.crisis)
  // In the language on screen (the client's in a session), not the browser's.
  const language = useLanguage()
  const group = useRef<THREE.Group>(null)
  useGroupFade(group, shown, onGone)
  const message = gentleRiskMessage(language)
  const crisisWords = readableCrisisText(crisis.text)
  const l = noticePanelLayout(message, showCrisis ? crisisWords : null)
  return (
    <FollowView name="risk-notice-follow" distance={1.6} drop={-0.02}>
      <group ref={group} name="risk-notice">
        <Panel width={l.width} height={l.height} opacity={0.97}>
          <PanelText size={l.messageSize} maxWidth={l.messageWidth} position={[0, l.messageY, Z]}>
            {l.message}
          </PanelText>
          {l.crisis ? (
            <CrisisUnder
              key={crisisWords}
              text={l.crisis.text}
              width={l.crisis.width}
              size={l.crisis.size}
              top={l.crisis.top}
              ruleY={l.crisis.ruleY}
            />
          ) : null}
        </Panel>
      </group>
    </FollowView>
  )
}

/** The crisis text under the message, fading in when the two minutes are up. */
function CrisisUnder({
  text,
  width,
  size,
  top,
  ruleY,
}: {
  text: string
  width: number
  size: number
  top: number
  ruleY: number
}) {
  const group = useRef<THREE.Group>(null)
  useGroupFade(group, true)
  return (
    <group ref={group} name="risk-notice-crisis">
      <mesh position={[0, ruleY, Z]} renderOrder={PANEL_THEME.renderOrder + 2}>
        <planeGeometry args={[width * 0.6, 0.004]} />
        <meshBasicMaterial
          color={PANEL_THEME.plateEdge}
          transparent
          depthTest={false}
          depthWrite={false}
          toneMapped={false}
          fog={false}
        />
      </mesh>
      <PanelText size={size} colour={PANEL_THEME.ink} maxWidth={width} anchorY="top" position={[0, top, Z]}>
        {text}
      </PanelText>
    </group>
  )
}
