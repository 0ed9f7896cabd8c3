import { useFrame, type ThreeElements } from '@react-three/fiber'
import { useMemo, useRef } from 'react'
import * as THREE from 'three'
import { LAYER } from './layers'
import { PanelText } from './PanelText'
import { panelMaterial, roundedPlate } from './plate-geometry'
import { PANEL_THEME } from './theme'
import { usePanelHover } from './use-panel-hover'

export type PanelToggleProps = Omit<ThreeElements['group'], 'children' | 'onChange'> & {
  /** What the switch turns on, in plain words; also names its mesh `panel-toggle:<label>` for tests. */
  label: string
  /** Names the mesh instead of the label, so it stays the same in every language (`panel-toggle:<key>`). */
  meshKey?: string
  value: boolean
  onChange: (value: boolean) => void
  /** Width of the whole row (label left, switch right). @default 0.9 */
  width?: number
  /** @default 0.12 */
  height?: number
  /** @default PANEL_THEME.fontSize.body */
  fontSize?: number
}

const TRACK_ON = new THREE.Color(PANEL_THEME.accent)
const TRACK_OFF = new THREE.Color(PANEL_THEME.track)
const ROW_IDLE = new THREE.Color(PANEL_THEME.plate)
const ROW_HOVER = new THREE.Color(PANEL_THEME.buttonHover)

/**
 * A labelled on/off switch. The whole row is the target (a big one), and the knob glides across rather than
 * jumping. The state is the caller's: `value` in, `onChange` out.
 */
export function PanelToggle({
  label,
  meshKey,
  value,
  onChange,
  width = 0.9,
  height = 0.12,
  fontSize = PANEL_THEME.fontSize.body,
  ...group
}: PanelToggleProps) {
  const { hovered, over, out, stop } = usePanelHover()
  const knob = useRef<THREE.Mesh>(null)
  const trackW = height * 1.5
  const trackH = height * 0.62
  const knobD = trackH * 0.78
  const row = useMemo(() => roundedPlate(width, height, height * 0.32), [width, height])
  const track = useMemo(() => roundedPlate(trackW, trackH, trackH / 2), [trackW, trackH])
  const dot = useMemo(() => roundedPlate(knobD, knobD, knobD / 2), [knobD])
  const rowMaterial = useMemo(() => panelMaterial(PANEL_THEME.plate), [])
  const trackMaterial = useMemo(() => panelMaterial(PANEL_THEME.track), [])
  const knobMaterial = useMemo(() => panelMaterial(PANEL_THEME.button), [])
  const travel = (trackW - trackH) / 2
  const slide = useRef(value ? 1 : 0)

  useFrame((_, delta) => {
    const k = 1 - Math.exp(-Math.min(delta, 0.1) / 0.09)
    slide.current += ((value ? 1 : 0) - slide.current) * k
    if (knob.current) knob.current.position.x = -travel + slide.current * travel * 2
    trackMaterial.color.lerpColors(TRACK_OFF, TRACK_ON, slide.current)
    rowMaterial.color.lerp(hovered ? ROW_HOVER : ROW_IDLE, k)
  })

  const trackX = width / 2 - trackW / 2 - height * 0.25

  return (
    <group {...group}>
      <mesh
        name={`panel-toggle:${meshKey ?? label}`}
        geometry={row}
        material={rowMaterial}
        renderOrder={LAYER.control}
        onPointerOver={over}
        onPointerOut={out}
        onPointerDown={stop}
        onPointerUp={stop}
        onClick={(e) => {
          e.stopPropagation()
          onChange(!value)
        }}
      />
      <PanelText
        size={fontSize}
        anchorX="left"
        align="left"
        position={[-width / 2 + height * 0.3, 0, 0.004]}
        maxWidth={width - trackW - height * 0.8}
      >
        {label}
      </PanelText>
      <group position={[trackX, 0, 0.002]}>
        <mesh geometry={track} material={trackMaterial} renderOrder={LAYER.face} raycast={() => null} />
        <mesh
          ref={knob}
          geometry={dot}
          material={knobMaterial}
          position={[value ? travel : -travel, 0, 0.002]}
          renderOrder={LAYER.text}
          raycast={() => null}
        />
      </group>
    </group>
  )
}
