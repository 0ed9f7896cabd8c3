import { useFrame } from '@react-three/fiber'
import { useMemo, useRef } from 'react'
import * as THREE from 'three'

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

/** A soft round glow: warm centre, edge fading to nothing (no hard rim, nothing flashes). Built once, no DOM. */
function orbTexture(size = 128): THREE.DataTexture {
  const data = new Uint8Array(size * size * 4)
  const inner = new THREE.Color('#f2c38f')
  const outer = new THREE.Color('#f8e6c8')
  const c = new THREE.Color()
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      const dx = (x + 0.5) / size - 0.5
      const dy = (y + 0.5) / size - 0.5
      const r = Math.min(1, Math.hypot(dx, dy) * 2)
      c.copy(inner).lerp(outer, Math.min(1, r * 1.3))
      // A full disc to 60 % of the radius, then a long smooth falloff.
      const a = r < 0.6 ? 1 : Math.max(0, 1 - (r - 0.6) / 0.4) ** 2.2
      const i = (y * size + x) * 4
      data[i] = Math.round(c.r * 255)
      data[i + 1] = Math.round(c.g * 255)
      data[i + 2] = Math.round(c.b * 255)
      data[i + 3] = Math.round(a * 230)
    }
  const t = new THREE.DataTexture(data, size, size)
  t.colorSpace = THREE.SRGBColorSpace
  t.magFilter = THREE.LinearFilter
  t.minFilter = THREE.LinearFilter
  t.needsUpdate = true
  return t
}

/**
 * The visual breathing pacer: a soft orb that grows as the breath comes in and settles as it goes out. It fades
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
