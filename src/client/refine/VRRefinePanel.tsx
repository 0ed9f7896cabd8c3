import { useState } from 'react'
import { REFINE_CHOICES, REFINE_CHOICE_LABELS } from '../../shared/refine/choices'
import { FollowView, Panel, PanelButton, PanelText, PANEL_THEME } from '../../scene/ui'
import type { HeadsetSession } from '../session/session-client'
import { useSessionView } from '../session/use-session-view'
import { refinable, shortTitle, versionItems } from './refine-model'

const Z = 0.01

/**
 * The refine panel in VR: a small, low "Change a painting" button; opened, the quick choices in a 3×3 grid and,
 * once there are versions, "Show versions" with "Keep this one" for each. Big targets for a controller ray.
 */
export function VRRefinePanel({ session }: { session: HeadsetSession }) {
  const entries = useSessionView(session, (v) => v.state?.artworks)
  const [open, setOpen] = useState(false)
  const [versionsOpen, setVersionsOpen] = useState(false)
  const [index, setIndex] = useState<number | null>(null)
  const list = refinable(entries)
  if (list.length === 0) return null
  if (!open)
    return (
      <FollowView name="refine-open" distance={1.4} drop={-0.62} deadAngle={0.8}>
        <PanelButton label="Change a painting" width={0.5} height={0.1} onPress={() => setOpen(true)} />
      </FollowView>
    )
  const i = Math.min(index ?? list.length - 1, list.length - 1)
  const entry = list[i]!
  const id = entry.artwork.id
  const versions = versionItems(entry)
  const rows = versionsOpen ? versions.length : 0
  const height = 0.78 + rows * 0.11
  return (
    <FollowView name="refine-panel" distance={1.5} drop={-0.25}>
      <Panel width={0.95} height={height}>
        <group position={[0, height / 2 - 0.08, Z]}>
          <PanelButton
            label="‹"
            width={0.1}
            position={[-0.4, 0, 0]}
            disabled={i === 0}
            onPress={() => setIndex(i - 1)}
          />
          <PanelText size={PANEL_THEME.fontSize.body} weight="bold" maxWidth={0.65}>
            {shortTitle(entry)}
          </PanelText>
          <PanelButton
            label="›"
            width={0.1}
            position={[0.4, 0, 0]}
            disabled={i === list.length - 1}
            onPress={() => setIndex(i + 1)}
          />
        </group>
        {REFINE_CHOICES.map((c, k) => (
          <PanelButton
            key={c}
            label={REFINE_CHOICE_LABELS[c]}
            width={0.28}
            height={0.09}
            position={[((k % 3) - 1) * 0.3, height / 2 - 0.2 - Math.floor(k / 3) * 0.11, Z]}
            onPress={() => session.sendVersionCommand({ type: 'refine', artworkId: id, choice: c })}
          />
        ))}
        {versionsOpen
          ? versions.map((v, k) => (
              <group key={v.id} position={[0, height / 2 - 0.6 - k * 0.11, Z]}>
                <PanelText size={PANEL_THEME.fontSize.small} position={[-0.2, 0, 0]} maxWidth={0.45}>
                  {v.label}
                </PanelText>
                <PanelButton
                  label={v.current ? 'On the wall' : 'Keep this one'}
                  width={0.3}
                  height={0.08}
                  selected={v.current}
                  disabled={v.current}
                  position={[0.27, 0, 0]}
                  onPress={() =>
                    session.sendVersionCommand({ type: 'pick-version', artworkId: id, versionId: v.id })
                  }
                />
              </group>
            ))
          : null}
        <group position={[0, -height / 2 + 0.08, Z]}>
          {versions.length > 1 ? (
            <PanelButton
              label={versionsOpen ? 'Hide versions' : `Show versions (${versions.length})`}
              width={0.42}
              height={0.08}
              position={[-0.2, 0, 0]}
              onPress={() => setVersionsOpen(!versionsOpen)}
            />
          ) : null}
          <PanelButton
            label="Close"
            width={0.2}
            height={0.08}
            position={[0.3, 0, 0]}
            onPress={() => setOpen(false)}
          />
        </group>
      </Panel>
    </FollowView>
  )
}
