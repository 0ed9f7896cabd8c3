import type { ThreeEvent } from '@react-three/fiber'
import type * as THREE from 'three'

/** More pointer travel than this (px) between press and release is a drag to look around, not a click. */
const STILL_PX = 6

/**
 * A floor's click handler that means "go there": a drag to look around also ends in a click, so only a still one
 * counts, and it stops at the floor. Undefined without a handler, so the floor then takes no pointer events.
 */
export function floorClick(
  onFloorClick: ((point: THREE.Vector3) => void) | undefined,
): ((e: ThreeEvent<MouseEvent>) => void) | undefined {
  if (!onFloorClick) return undefined
  return (e) => {
    if (e.delta > STILL_PX) return
    e.stopPropagation()
    onFloorClick(e.point)
  }
}
