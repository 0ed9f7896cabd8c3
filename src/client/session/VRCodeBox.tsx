import type { ThreeEvent } from '@react-three/fiber'
import { useMemo } from 'react'
import { PanelText, PANEL_THEME } from '../../scene/ui'
import { LAYER } from '../../scene/ui/layers'
import { panelMaterial, roundedPlate } from '../../scene/ui/plate-geometry'

/**
 * Code boxes are drawn above the panel's plate (a nested Panel's rim would sit under it, leaving a white box on
 * cream, 1.1:1). A warm grey outline (3.6:1 on the plate, WCAG's 3:1 for a field's edge) and dark ink on white
 * (11.8:1) make them readable in the headset; the next box to fill has a thicker sage outline (4.2:1) and a faint
 * sage face, so the place to type is clear without anything bright.
 */
const BOX = { width: 0.12, height: 0.14, radius: 0.025, edge: 0.006, nextEdge: 0.011 }
const BOX_EDGE = '#8a7b6b'
const BOX_NEXT_FACE = '#eef3ef'
const stop = (e: ThreeEvent<MouseEvent | PointerEvent>) => e.stopPropagation()

/** One box of the pairing code in the VR keypad. */
export function CodeBox({
  char,
  next,
  position,
}: {
  char: string
  next: boolean
  position: [number, number, number]
}) {
  const edge = next ? BOX.nextEdge : BOX.edge
  const face = useMemo(() => roundedPlate(BOX.width, BOX.height, BOX.radius), [])
  const rim = useMemo(
    () => roundedPlate(BOX.width + edge * 2, BOX.height + edge * 2, BOX.radius + edge),
    [edge],
  )
  const rimMaterial = useMemo(() => panelMaterial(next ? PANEL_THEME.accent : BOX_EDGE), [next])
  const faceMaterial = useMemo(() => panelMaterial(next ? BOX_NEXT_FACE : PANEL_THEME.button), [next])
  return (
    <group position={position} name={next ? 'code-box:next' : 'code-box'}>
      <mesh geometry={rim} material={rimMaterial} renderOrder={LAYER.control} />
      {/* A ray on a box stops here, as on the plate around it: nothing behind the keypad reacts. */}
      <mesh
        geometry={face}
        material={faceMaterial}
        renderOrder={LAYER.face}
        position={[0, 0, 0.001]}
        onClick={stop}
        onPointerDown={stop}
        onPointerUp={stop}
      />
      {char ? (
        <PanelText size={0.08} weight="bold" position={[0, 0, 0.004]}>
          {char}
        </PanelText>
      ) : null}
    </group>
  )
}
