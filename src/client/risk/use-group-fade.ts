import { useFrame } from '@react-three/fiber'
import { useRef, type RefObject } from 'react'
import type * as THREE from 'three'
import { fadeOpacity, stepFade } from './fade-math'
import { RISK_FADE_MS } from './risk-text'

type RenderArgs = Parameters<THREE.Object3D['onBeforeRender']>
type Faded = THREE.Object3D & { fillOpacity?: number }

const wrapped = new WeakSet<THREE.Object3D>()

/** The product of the fades of `object` and every group above it (a fading text inside a fading panel). */
function fadeOf(object: THREE.Object3D): number {
  let f = 1
  for (let o: THREE.Object3D | null = object; o; o = o.parent) {
    const v: unknown = o.userData.fade
    if (typeof v === 'number') f *= v
  }
  return f
}

/**
 * Scales a mesh's opacity by its fade just while it is drawn, and puts it back after. Done at draw time because the
 * panel kit's buttons set their own opacity every frame; troika text reads `fillOpacity` in its own onBeforeRender.
 */
function fadeWhenDrawn(object: THREE.Object3D): void {
  if (wrapped.has(object) || !(object as THREE.Mesh).isMesh) return
  wrapped.add(object)
  const mesh = object as Faded
  const before = mesh.onBeforeRender
  const after = mesh.onAfterRender
  const isText = typeof mesh.fillOpacity === 'number'
  let saved = 1
  mesh.onBeforeRender = function (this: Faded, ...args: RenderArgs) {
    const f = fadeOf(this)
    const material = args[4] as THREE.Material
    saved = isText ? (this.fillOpacity ?? 1) : material.opacity
    if (isText) this.fillOpacity = saved * f
    else material.opacity = saved * f
    before.apply(this, args)
  }
  mesh.onAfterRender = function (this: Faded, ...args: RenderArgs) {
    after.apply(this, args)
    if (isText) this.fillOpacity = saved
    else (args[4] as THREE.Material).opacity = saved
  }
}

/**
 * Fades everything under `ref` in while `shown` and out when not (RISK_FADE_MS each way), hiding it once gone;
 * `onGone` is called the first frame it is fully gone, so the owner can unmount it.
 */
export function useGroupFade(
  ref: RefObject<THREE.Object3D | null>,
  shown: boolean,
  onGone?: () => void,
  seconds = RISK_FADE_MS / 1000,
): void {
  const progress = useRef(0)
  const gone = useRef(false)
  useFrame((_, delta) => {
    const group = ref.current
    if (!group) return
    progress.current = stepFade(progress.current, shown, delta, seconds)
    group.userData.fade = fadeOpacity(progress.current)
    group.visible = progress.current > 0
    if (group.visible) group.traverse(fadeWhenDrawn)
    const isGone = !shown && progress.current === 0
    if (isGone && !gone.current) onGone?.()
    gone.current = isGone
  })
}
