import type { ThreeElements } from '@react-three/fiber'
import { useMemo, type ReactNode } from 'react'
import { panelMaterial, roundedPlate } from './plate-geometry'
import { LAYER } from './layers'
import { PANEL_THEME } from './theme'

export type PanelProps = Omit<ThreeElements['group'], 'children'> & {
  /** Plate width in metres. @default 1 */
  width?: number
  /** Plate height in metres. @default 0.8 */
  height?: number
  /** Corner radius in metres. @default 0.06 */
  radius?: number
  /** Plate colour. @default PANEL_THEME.plate */
  colour?: string
  /** 0…1. @default 0.96 */
  opacity?: number
  children?: ReactNode
}

/**
 * A soft rounded plate with a fine warm edge; children are placed in its plane (+z toward the viewer, origin at
 * the centre). Pointer events that land on the plate itself stop here, so a click on a panel never reaches the
 * floor behind it (no accidental teleport or glide).
 */
export function Panel({
  width = 1,
  height = 0.8,
  radius = 0.06,
  colour = PANEL_THEME.plate,
  opacity = 0.96,
  children,
  ...group
}: PanelProps) {
  const edge = 0.008
  const plate = useMemo(() => roundedPlate(width, height, radius), [width, height, radius])
  const rim = useMemo(
    () => roundedPlate(width + edge * 2, height + edge * 2, radius + edge),
    [width, height, radius],
  )
  const plateMaterial = useMemo(() => panelMaterial(colour, opacity), [colour, opacity])
  const rimMaterial = useMemo(() => panelMaterial(PANEL_THEME.plateEdge, opacity), [opacity])
  return (
    <group {...group}>
      <mesh geometry={rim} material={rimMaterial} renderOrder={LAYER.edge} />
      <mesh
        name="panel-plate"
        geometry={plate}
        material={plateMaterial}
        renderOrder={LAYER.plate}
        onClick={(e) => e.stopPropagation()}
        onPointerDown={(e) => e.stopPropagation()}
        onPointerUp={(e) => e.stopPropagation()}
      />
      {children}
    </group>
  )
}
