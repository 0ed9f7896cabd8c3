import { Text } from '@react-three/drei'
import type { ThreeElements } from '@react-three/fiber'
import { useMemo } from 'react'
import { panelMaterial } from './plate-geometry'
import { LAYER } from './layers'
import { PANEL_THEME } from './theme'
import './text-builder'

export type PanelTextProps = Omit<ThreeElements['mesh'], 'children' | 'material' | 'ref'> & {
  children: string
  /** Text height in metres. @default PANEL_THEME.fontSize.body */
  size?: number
  /** @default PANEL_THEME.ink */
  colour?: string
  /** @default 'regular' */
  weight?: 'regular' | 'bold'
  /** Wrap width in metres; no wrapping when unset. */
  maxWidth?: number
  /** @default 'center' */
  align?: 'left' | 'center' | 'right'
  /** Which point of the text block sits at `position`. @default 'center' / 'middle' */
  anchorX?: 'left' | 'center' | 'right'
  anchorY?: 'top' | 'middle' | 'bottom'
  /** 0…1, e.g. to fade a panel in. @default 1 */
  opacity?: number
}

/**
 * Calm, readable panel text in the shipped humanist sans (Source Sans 3), with generous line spacing (docs/ART.md).
 * Load this module lazily (it brings troika): import the kit with `import('../scene/ui')` or `React.lazy`.
 */
export function PanelText({
  children,
  size = PANEL_THEME.fontSize.body,
  colour = PANEL_THEME.ink,
  weight = 'regular',
  maxWidth,
  align = 'center',
  anchorX = 'center',
  anchorY = 'middle',
  opacity = 1,
  ...mesh
}: PanelTextProps) {
  const material = useMemo(() => panelMaterial('#ffffff'), [])
  return (
    <Text
      {...mesh}
      font={PANEL_THEME.font[weight]}
      fontSize={size}
      lineHeight={1.35}
      color={colour}
      fillOpacity={opacity}
      maxWidth={maxWidth}
      textAlign={align}
      anchorX={anchorX}
      anchorY={anchorY}
      material={material}
      renderOrder={LAYER.text}
      // Text is never a pointer target: the button or plate under it is. Rays ask `raycast`; a fingertip's poke
      // (the touch pointer's sphere) asks `pointerEvents`, and would otherwise press the letters, not the key, and
      // lose the click when the finger comes back off the key instead.
      raycast={() => null}
      pointerEvents="none"
    >
      {children}
    </Text>
  )
}
