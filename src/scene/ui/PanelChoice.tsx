import type { ThreeElements } from '@react-three/fiber'
import { PanelButton } from './PanelButton'
import { PanelText } from './PanelText'
import { PANEL_THEME } from './theme'

/** `meshKey` names the option's button mesh instead of its words (the same in every language). */
export type PanelChoiceOption<T> = { value: T; label: string; meshKey?: string }

export type PanelChoiceProps<T> = Omit<ThreeElements['group'], 'children' | 'onChange'> & {
  /** A short heading to the left of the options; omit for a bare row (a SUDS 0–10 scale, say). */
  label?: string
  options: ReadonlyArray<PanelChoiceOption<T>>
  value: T
  onChange: (value: T) => void
  /** Width of the whole row. @default 0.9 */
  width?: number
  /** Share of the width given to the label. @default 0.34 when labelled */
  labelShare?: number
  /** @default 0.12 */
  height?: number
  /** @default PANEL_THEME.fontSize.body */
  fontSize?: number
}

/** One choice out of a few, as a row of big buttons with the chosen one filled (a segmented control). */
export function PanelChoice<T extends string | number>({
  label,
  options,
  value,
  onChange,
  width = 0.9,
  labelShare,
  height = 0.12,
  fontSize = PANEL_THEME.fontSize.body,
  ...group
}: PanelChoiceProps<T>) {
  const share = label ? (labelShare ?? 0.34) : 0
  const left = -width / 2 + width * share
  const gap = 0.02
  const n = Math.max(1, options.length)
  const each = (width * (1 - share) - gap * (n - 1)) / n
  return (
    <group {...group}>
      {label ? (
        <PanelText
          size={fontSize}
          colour={PANEL_THEME.inkSoft}
          anchorX="left"
          align="left"
          position={[-width / 2 + 0.02, 0, 0.004]}
          maxWidth={width * share - 0.03}
        >
          {label}
        </PanelText>
      ) : null}
      {options.map((o, i) => (
        <PanelButton
          key={String(o.value)}
          label={o.label}
          {...(o.meshKey === undefined ? {} : { meshKey: o.meshKey })}
          width={each}
          height={height}
          fontSize={fontSize}
          selected={o.value === value}
          onPress={() => onChange(o.value)}
          position={[left + each / 2 + i * (each + gap), 0, 0]}
        />
      ))}
    </group>
  )
}
