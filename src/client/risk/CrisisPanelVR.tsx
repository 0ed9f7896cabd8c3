import { useRef, useState } from 'react'
import type * as THREE from 'three'
import { useStore } from 'zustand'
import { FollowView, Panel, PanelButton, PanelText } from '../../scene/ui'
import type { RiskFlow } from './risk-flow'
import { useText } from '../i18n/text-context'
import { readableCrisisText } from './risk-text'
import { useGroupFade } from './use-group-fade'
import { crisisPanelLayout } from './vr-layout'

const Z = 0.01

/** The crisis text, fading in on its own when the clinic's words replace the default while the panel is open. */
function CrisisWords({ text, size, width, top }: { text: string; size: number; width: number; top: number }) {
  const group = useRef<THREE.Group>(null)
  useGroupFade(group, true)
  return (
    <group ref={group}>
      <PanelText size={size} maxWidth={width} anchorY="top" position={[0, top, Z]}>
        {text}
      </PanelText>
    </group>
  )
}

/**
 * The crisis panel in the headset: the same words and the same two ways on as on the screen, in front of the client,
 * fading in and out. Buttons answer the controller ray (and the mouse on the desktop canvas).
 */
export function CrisisPanelVR({ flow, onGrounding }: { flow: RiskFlow; onGrounding: () => void }) {
  const open = useStore(flow.store, (s) => s.open)
  const crisis = useStore(flow.crisisText.store, (s) => s.crisis)
  const [mounted, setMounted] = useState(open)
  if (open && !mounted) setMounted(true)
  if (!mounted) return null
  return (
    <Content
      open={open}
      text={crisis.text}
      onGone={() => setMounted(false)}
      flow={flow}
      onGrounding={onGrounding}
    />
  )
}

function Content({
  open,
  text,
  onGone,
  flow,
  onGrounding,
}: {
  open: boolean
  text: string
  onGone: () => void
  flow: RiskFlow
  onGrounding: () => void
}) {
  const t = useText()
  const group = useRef<THREE.Group>(null)
  useGroupFade(group, open, onGone)
  const shown = readableCrisisText(text)
  const l = crisisPanelLayout(shown)
  // A press on a panel that is already fading away does nothing twice.
  const press = (action: () => void) => () => {
    if (flow.store.getState().open) action()
  }
  return (
    <FollowView name="crisis-follow" distance={1.6} drop={-0.12}>
      {/* Named inside the fade: a test finds it (traverseVisible) only while it can be seen. */}
      <group ref={group} name="crisis-panel">
        <Panel width={l.width} height={l.height} opacity={0.97}>
          <PanelText size={l.titleSize} weight="bold" position={[0, l.titleY, Z]} maxWidth={l.textWidth}>
            {t('crisis.heading')}
          </PanelText>
          <CrisisWords key={shown} text={l.text} size={l.textSize} width={l.textWidth} top={l.textTop} />
          <group position={[0, l.buttonY, Z]}>
            <PanelButton
              label={t('crisis.grounding')}
              width={l.groundingWidth}
              height={l.buttonHeight}
              selected
              position={[l.groundingX, 0, 0]}
              onPress={press(onGrounding)}
            />
            <PanelButton
              label={t('crisis.close')}
              width={l.closeWidth}
              height={l.buttonHeight}
              position={[l.closeX, 0, 0]}
              onPress={press(() => flow.close())}
            />
          </group>
        </Panel>
      </group>
    </FollowView>
  )
}
