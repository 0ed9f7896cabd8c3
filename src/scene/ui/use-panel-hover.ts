import type { ThreeEvent } from '@react-three/fiber'
import { useRef, useState } from 'react'

/**
 * Hover for a panel control under any number of pointers (two controller rays, a mouse): hovered while at least
 * one pointer is over it. Every handler stops propagation, so the panel behind (or the floor) never reacts too.
 */
export function usePanelHover() {
  const pointers = useRef(new Set<number>())
  const [hovered, setHovered] = useState(false)
  const over = (e: ThreeEvent<PointerEvent>) => {
    e.stopPropagation()
    pointers.current.add(e.pointerId)
    setHovered(true)
  }
  const out = (e: ThreeEvent<PointerEvent>) => {
    e.stopPropagation()
    pointers.current.delete(e.pointerId)
    if (pointers.current.size === 0) setHovered(false)
  }
  const stop = (e: ThreeEvent<PointerEvent | MouseEvent>) => e.stopPropagation()
  return { hovered, over, out, stop }
}
