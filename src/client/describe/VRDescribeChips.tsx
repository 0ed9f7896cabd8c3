import { CHIP_GROUPS, chipPage } from '../../shared/describe/chips'
import { HEADSET_EN } from '../../shared/i18n/headset-en'
import { PanelButton, PanelText, PANEL_THEME } from '../../scene/ui'
import { useText } from '../i18n/text-context'
import type { DescribeAction, DescribeState } from './describe-state'

const Z = 0.01
const PER_PAGE = 12
const COLUMNS = 3

/** The group tabs and one page of chips: large targets, three across, the picked ones lit. */
export function VRDescribeChips({
  state,
  dispatch,
}: {
  state: DescribeState
  dispatch: (a: DescribeAction) => void
}) {
  const t = useText()
  const group = CHIP_GROUPS.find((g) => g.id === state.group) ?? CHIP_GROUPS[0]!
  const { chips, page, pages } = chipPage(group, state.page, PER_PAGE)
  return (
    <>
      <group position={[0, 0.33, Z]}>
        {CHIP_GROUPS.map((g, i) => (
          <PanelButton
            key={g.id}
            label={t(g.key)}
            meshKey={g.label}
            width={0.245}
            height={0.1}
            fontSize={PANEL_THEME.fontSize.small}
            selected={g.id === group.id}
            position={[(i - (CHIP_GROUPS.length - 1) / 2) * 0.26, 0, 0]}
            onPress={() => dispatch({ type: 'group', group: g.id })}
          />
        ))}
      </group>
      {chips.map((c, i) => (
        <PanelButton
          key={c.id}
          label={t(c.key)}
          meshKey={c.label}
          width={0.4}
          height={0.11}
          fontSize={PANEL_THEME.fontSize.small}
          selected={state.picked.includes(c.id)}
          position={[((i % COLUMNS) - 1) * 0.42, 0.19 - Math.floor(i / COLUMNS) * 0.13, Z]}
          onPress={() => dispatch({ type: 'chip', id: c.id })}
        />
      ))}
      {pages > 1 ? (
        <group position={[0, -0.34, Z]}>
          <PanelButton
            label={t('chips.back')}
            meshKey={HEADSET_EN['chips.back']}
            width={0.22}
            height={0.1}
            disabled={page === 0}
            position={[-0.3, 0, 0]}
            onPress={() => dispatch({ type: 'page', page: page - 1 })}
          />
          <PanelText size={PANEL_THEME.fontSize.small} colour={PANEL_THEME.inkSoft}>
            {t('chips.page', { page: page + 1, pages })}
          </PanelText>
          <PanelButton
            label={t('chips.more')}
            meshKey={HEADSET_EN['chips.more']}
            width={0.22}
            height={0.1}
            disabled={page >= pages - 1}
            position={[0.3, 0, 0]}
            onPress={() => dispatch({ type: 'page', page: page + 1 })}
          />
        </group>
      ) : null}
    </>
  )
}
