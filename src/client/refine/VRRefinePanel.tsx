import { useState } from 'react'
import { REFINE_CHOICES } from '../../shared/refine/choices'
import { englishText } from '../i18n/english'
import { useText } from '../i18n/text-context'
import { FollowView, Panel, PanelButton, PanelText, PANEL_THEME } from '../../scene/ui'
import { useRefineView, type RefineTarget } from './refine-target'
import { choiceKey, refinable, shortTitle, versionItems } from './refine-model'

const Z = 0.01

/**
 * The refine panel in VR: a small, low "Change a painting" button; opened, the quick choices in a 3×3 grid and,
 * once there are versions, "Side by side": the versions stand on easels before the painting (SessionVersions) and
 * the client points at one to hang it, while this panel shrinks to a bar above eye level, clear of the easels.
 * Big targets for a controller ray.
 */
export function VRRefinePanel({
  target,
  buttonDrop = -0.62,
}: {
  target: RefineTarget
  /** How far below the view its button follows (alone on the device it stands under "Join a session"). */
  buttonDrop?: number
}) {
  const t = useText()
  const entries = useRefineView(target, (v) => v.state?.artworks)
  // Side by side is session state (the therapist sees it and may open it too), not this panel's own.
  const comparing = useRefineView(target, (v) => v.state?.compare?.artworkId ?? null)
  const [open, setOpen] = useState(false)
  const [index, setIndex] = useState<number | null>(null)
  const list = refinable(entries)
  if (list.length === 0) return null
  const compared = comparing === null ? -1 : list.findIndex((e) => e.artwork.id === comparing)
  const compare = (artworkId: string | null) =>
    target.sendVersionCommand({ type: 'compare-versions', artworkId })
  // Side by side (opened here, on the screen or by the therapist): only the small bar, never over the easels.
  if (compared >= 0)
    return (
      <VRCompareBar
        onHide={() => compare(null)}
        onClose={() => {
          compare(null)
          setOpen(false)
        }}
      />
    )
  if (!open)
    return (
      <FollowView name="refine-open" distance={1.4} drop={buttonDrop} deadAngle={0.8}>
        <PanelButton
          label={t('refine.open')}
          meshKey={englishText('refine.open')}
          width={0.5}
          height={0.1}
          onPress={() => setOpen(true)}
        />
      </FollowView>
    )
  const i = Math.min(index ?? list.length - 1, list.length - 1)
  const entry = list[i]!
  const id = entry.artwork.id
  const versions = versionItems(entry, t)
  const height = 0.78
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
            label={t(choiceKey(c))}
            meshKey={englishText(choiceKey(c))}
            width={0.28}
            height={0.09}
            position={[((k % 3) - 1) * 0.3, height / 2 - 0.2 - Math.floor(k / 3) * 0.11, Z]}
            onPress={() => target.sendVersionCommand({ type: 'refine', artworkId: id, choice: c })}
          />
        ))}
        <group position={[0, -height / 2 + 0.08, Z]}>
          {versions.length > 1 ? (
            <PanelButton
              label={t('refine.sideBySideVR', { n: versions.length })}
              meshKey={englishText('refine.sideBySideVR', { n: versions.length })}
              width={0.42}
              height={0.08}
              position={[-0.2, 0, 0]}
              onPress={() => compare(id)}
            />
          ) : null}
          <PanelButton
            label={t('refine.close')}
            meshKey={englishText('refine.close')}
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

/** While the versions stand side by side: a small bar above eye level, so it never covers the easels below. */
function VRCompareBar({ onHide, onClose }: { onHide: () => void; onClose: () => void }) {
  const t = useText()
  return (
    <FollowView name="refine-compare" distance={1.6} drop={0.34} deadAngle={0.8}>
      <Panel width={0.96} height={0.3}>
        <PanelText size={PANEL_THEME.fontSize.small} position={[0, 0.075, Z]} maxWidth={0.88}>
          {t('refine.hintVR')}
        </PanelText>
        <PanelButton
          label={t('refine.hideVR')}
          meshKey={englishText('refine.hideVR')}
          width={0.4}
          height={0.09}
          position={[-0.22, -0.055, Z]}
          onPress={onHide}
        />
        <PanelButton
          label={t('refine.close')}
          meshKey={englishText('refine.close')}
          width={0.3}
          height={0.09}
          position={[0.26, -0.055, Z]}
          onPress={onClose}
        />
      </Panel>
    </FollowView>
  )
}
