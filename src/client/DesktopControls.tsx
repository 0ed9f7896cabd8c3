import { useFrame, useThree } from '@react-three/fiber'
import { useEffect } from 'react'
import { addListeners, useHeldKeys } from './use-held-keys'
import type { Viewer } from './viewer'
import { TURN_SPEED } from './viewer'

type Action = 'forward' | 'back' | 'left' | 'right' | 'turnLeft' | 'turnRight'

const KEYS: Record<string, Action> = {
  KeyW: 'forward',
  ArrowUp: 'forward',
  KeyS: 'back',
  ArrowDown: 'back',
  KeyA: 'left',
  KeyD: 'right',
  // Arrow keys turn, so a keyboard-only visitor can look around without a mouse.
  ArrowLeft: 'turnLeft',
  ArrowRight: 'turnRight',
  KeyQ: 'turnLeft',
  KeyE: 'turnRight',
}

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null
  if (!el || !el.tagName) return false
  return el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName)
}

/** Keyboard walking, drag to look, and the desktop camera. Does nothing while an XR session runs. */
export function DesktopControls({
  viewer,
  eyeHeight,
  enabled,
}: {
  viewer: Viewer
  eyeHeight: number
  enabled: boolean
}) {
  const gl = useThree((s) => s.gl)
  const { held } = useHeldKeys<Action>({
    down: (e) => (isTyping(e.target) || e.altKey || e.ctrlKey || e.metaKey ? undefined : KEYS[e.code]),
    up: (e) => KEYS[e.code],
  })

  useEffect(() => {
    const canvas = gl.domElement
    let dragging = false
    let lastX = 0
    let lastY = 0
    const down = (e: PointerEvent) => {
      if (e.button !== 0) return
      dragging = true
      lastX = e.clientX
      lastY = e.clientY
      canvas.setPointerCapture(e.pointerId)
    }
    const move = (e: PointerEvent) => {
      if (!dragging) return
      // Drag the world: moving the mouse right turns the view left, like grabbing the scene.
      viewer.turn((e.clientX - lastX) * 0.004)
      viewer.look((e.clientY - lastY) * 0.004)
      lastX = e.clientX
      lastY = e.clientY
    }
    const up = (e: PointerEvent) => {
      dragging = false
      if (canvas.hasPointerCapture(e.pointerId)) canvas.releasePointerCapture(e.pointerId)
    }
    return addListeners(canvas, { pointerdown: down, pointermove: move, pointerup: up, pointercancel: up })
  }, [gl, viewer])

  useFrame((state, delta) => {
    const dt = Math.min(delta, 0.1)
    if (enabled) {
      const forward = (held.has('forward') ? 1 : 0) - (held.has('back') ? 1 : 0)
      const strafe = (held.has('right') ? 1 : 0) - (held.has('left') ? 1 : 0)
      const turn = (held.has('turnLeft') ? 1 : 0) - (held.has('turnRight') ? 1 : 0)
      if (turn !== 0) viewer.turn(turn * TURN_SPEED * dt)
      viewer.walk(forward, strafe, dt)
    }
    viewer.update(dt)
    if (!enabled) return
    const { pose } = viewer
    state.camera.position.set(pose.x, eyeHeight, pose.z)
    state.camera.rotation.set(pose.pitch, pose.yaw, 0, 'YXZ')
  })
  return null
}
