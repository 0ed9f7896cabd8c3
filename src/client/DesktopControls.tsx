import { useFrame, useThree } from '@react-three/fiber'
import { useEffect, useRef } from 'react'
import type { Viewer } from './viewer'
import { TURN_SPEED } from './viewer'

const KEYS: Record<string, 'forward' | 'back' | 'left' | 'right' | 'turnLeft' | 'turnRight'> = {
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
  const held = useRef(new Set<string>())

  useEffect(() => {
    const pressed = held.current
    const down = (e: KeyboardEvent) => {
      if (isTyping(e.target) || e.altKey || e.ctrlKey || e.metaKey) return
      const action = KEYS[e.code]
      if (!action) return
      pressed.add(action)
      // Keep arrow keys from scrolling the page while walking.
      e.preventDefault()
    }
    const up = (e: KeyboardEvent) => {
      const action = KEYS[e.code]
      if (action) pressed.delete(action)
    }
    const blur = () => pressed.clear()
    window.addEventListener('keydown', down)
    window.addEventListener('keyup', up)
    window.addEventListener('blur', blur)
    return () => {
      window.removeEventListener('keydown', down)
      window.removeEventListener('keyup', up)
      window.removeEventListener('blur', blur)
    }
  }, [])

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
    canvas.addEventListener('pointerdown', down)
    canvas.addEventListener('pointermove', move)
    canvas.addEventListener('pointerup', up)
    canvas.addEventListener('pointercancel', up)
    return () => {
      canvas.removeEventListener('pointerdown', down)
      canvas.removeEventListener('pointermove', move)
      canvas.removeEventListener('pointerup', up)
      canvas.removeEventListener('pointercancel', up)
    }
  }, [gl, viewer])

  useFrame((state, delta) => {
    const dt = Math.min(delta, 0.1)
    const k = held.current
    if (enabled) {
      const forward = (k.has('forward') ? 1 : 0) - (k.has('back') ? 1 : 0)
      const strafe = (k.has('right') ? 1 : 0) - (k.has('left') ? 1 : 0)
      const turn = (k.has('turnLeft') ? 1 : 0) - (k.has('turnRight') ? 1 : 0)
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
