import { useFrame } from '@react-three/fiber'
import { useMemo, useRef } from 'react'
import * as THREE from 'three'
import { orbPixels } from './orb-texture'

export type BreathingOrbProps = {
  /**
   * Called every frame: how full the breath is now (0 empty … 1 full), or null to rest hidden. Sampled inside this
   * component's own frame so the orb shows this instant's breath, on the same clock as the tone.
   */
  sample: () => number | null
  /** The orb writes the size it drew (metres) here, for tests that compare it with the schedule. */
  report?: { scale: number; visible: boolean }
  position?: readonly [number, number, number]
  /** Diameter when the lungs are empty and when full, metres. @default [0.26, 0.56] */
  sizes?: readonly [number, number]
}

/** The orb (light core, soft rim, dusk halo: see orb-texture.ts), built once, no DOM. */
function orbTexture(size = 256): THREE.DataTexture {
  const t = new THREE.DataTexture(orbPixels(size), size, size)
  t.colorSpace = THREE.SRGBColorSpace
  t.magFilter = THREE.LinearFilter
  t.minFilter = THREE.LinearFilter
  t.needsUpdate = true
  return t
}

/**
 * The visual breathing pacer: a soft orb, readable on any picture, that grows as the breath comes in and settles as it goes out. It fades
 * in and out over a second when a breathing exercise starts or ends (never pops).
 */
export function BreathingOrb({
  sample,
  report,
  position = [0, 0, 0],
  sizes = [0.26, 0.56],
}: BreathingOrbProps) {
  const sprite = useRef<THREE.Sprite>(null)
  const material = useMemo(() => {
    const m = new THREE.SpriteMaterial({
      map: orbTexture(),
      transparent: true,
      depthTest: false,
      depthWrite: false,
    })
    m.toneMapped = false
    m.opacity = 0
    return m
  }, [])
  const shown = useRef(0)
  useFrame((_, delta) => {
    const s = sprite.current
    if (!s) return
    const full = sample()
    const target = full === null ? 0 : 1
    // About a second to fade in or out.
    shown.current +=
      Math.sign(target - shown.current) * Math.min(Math.abs(target - shown.current), Math.min(delta, 0.1))
    material.opacity = 0.9 * shown.current
    const d = sizes[0] + (sizes[1] - sizes[0]) * (full ?? 0)
    s.scale.set(d, d, 1)
    s.visible = shown.current > 0.001
    if (report) {
      report.scale = d
      report.visible = s.visible
    }
  })
  return (
    <sprite
      ref={sprite}
      material={material}
      position={position as [number, number, number]}
      renderOrder={9_050}
      name="breathing-orb"
    />
  )
}
