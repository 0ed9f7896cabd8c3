import { useFrame, type ThreeElements } from '@react-three/fiber'
import { useMemo, useRef } from 'react'
import * as THREE from 'three'
import { LAYER } from './layers'
import { PanelText } from './PanelText'
import { panelMaterial, roundedPlate } from './plate-geometry'
import { PANEL_THEME } from './theme'
import { usePanelHover } from './use-panel-hover'

export type PanelButtonProps = Omit<ThreeElements['group'], 'children'> & {
  /** The words on the button; also names its mesh `panel-button:<label>` for tests. */
  label: string
  /** Names the mesh instead of the label, where the same words stand on two buttons (`panel-button:<key>`). */
  meshKey?: string
  /** Called once per click, from the mouse or a controller ray (trigger). */
  onPress: () => void
  /** @default 0.34 */
  width?: number
  /** Big targets (docs/ART.md): at 1.6 m, 0.12 m is a comfortable aim with a wobbly ray. @default 0.12 */
  height?: number
  /** Shown filled with the accent, as the chosen one of a group. @default false */
  selected?: boolean
  /** Greyed out and ignores presses. @default false */
  disabled?: boolean
  /** @default PANEL_THEME.fontSize.body */
  fontSize?: number
}

const HOVER_LIFT = 0.012
const colour = new THREE.Color()

/** How a button looks in each state, as module constants (no allocation per frame). */
const FACE = {
  idle: new THREE.Color(PANEL_THEME.button),
  hover: new THREE.Color(PANEL_THEME.buttonHover),
  selected: new THREE.Color(PANEL_THEME.accent),
  selectedHover: new THREE.Color(PANEL_THEME.accentHover),
}

/**
 * A large, soft button. Hovering (mouse or any controller ray) warms it and lifts it a little toward the viewer;
 * the colour eases rather than snapping. Pointer events stop at the button, so nothing behind it reacts.
 */
export function PanelButton({
  label,
  meshKey,
  onPress,
  width = 0.34,
  height = 0.12,
  selected = false,
  disabled = false,
  fontSize = PANEL_THEME.fontSize.body,
  ...group
}: PanelButtonProps) {
  const { hovered, over, out, stop } = usePanelHover()
  const face = useRef<THREE.Mesh>(null)
  const geometry = useMemo(() => roundedPlate(width, height, height * 0.32), [width, height])
  const material = useMemo(() => panelMaterial(PANEL_THEME.button), [])
  const shadow = useMemo(() => panelMaterial(PANEL_THEME.plateEdge, 0.9), [])
  const lift = useRef(0)

  useFrame((_, delta) => {
    const target = selected
      ? hovered
        ? FACE.selectedHover
        : FACE.selected
      : hovered
        ? FACE.hover
        : FACE.idle
    const k = 1 - Math.exp(-Math.min(delta, 0.1) / 0.08)
    material.color.lerp(colour.copy(target), k)
    material.opacity = disabled ? 0.45 : 1
    lift.current += ((hovered && !disabled ? HOVER_LIFT : 0) - lift.current) * k
    if (face.current) face.current.position.z = 0.004 + lift.current
  })

  return (
    <group {...group}>
      {/* A soft rim below the face reads as a raised key without any lighting. */}
      <mesh geometry={geometry} material={shadow} position={[0, -0.006, 0.001]} renderOrder={LAYER.control} />
      <mesh
        ref={face}
        name={`panel-button:${meshKey ?? label}`}
        geometry={geometry}
        material={material}
        renderOrder={LAYER.face}
        onPointerOver={over}
        onPointerOut={out}
        onPointerDown={stop}
        onPointerUp={stop}
        onClick={(e) => {
          e.stopPropagation()
          if (!disabled) onPress()
        }}
      >
        <PanelText
          size={fontSize}
          weight="bold"
          colour={selected ? PANEL_THEME.accentInk : PANEL_THEME.ink}
          opacity={disabled ? 0.5 : 1}
          position={[0, 0, 0.002]}
          maxWidth={width * 0.9}
        >
          {label}
        </PanelText>
      </mesh>
    </group>
  )
}
