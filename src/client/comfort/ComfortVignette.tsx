import { useFrame } from '@react-three/fiber'
import { useMemo, useRef } from 'react'
import * as THREE from 'three'
import { vignetteAperture } from '../../shared/comfort'
import type { ComfortRuntime } from './comfort-runtime'

const head = new THREE.Vector3()
const gaze = new THREE.Vector3()

/** A headset's half field of view is about 50°. */
const XR_HALF_FOV = (50 * Math.PI) / 180

const vertexShader = /* glsl */ `
varying vec3 vWorld;
void main() {
  vec4 world = modelMatrix * vec4(position, 1.0);
  vWorld = world.xyz;
  gl_Position = projectionMatrix * viewMatrix * world;
}`

// The shade depends only on the angle from the gaze, so it is the same in both eyes and at any field of view.
const fragmentShader = /* glsl */ `
uniform vec3 uHead;
uniform vec3 uGaze;
uniform vec3 uColour;
uniform float uInner;
uniform float uOuter;
uniform float uOpacity;
varying vec3 vWorld;
void main() {
  float angle = acos(clamp(dot(normalize(vWorld - uHead), uGaze), -1.0, 1.0));
  float shade = smoothstep(uInner, uOuter, angle);
  gl_FragColor = vec4(uColour, shade * uOpacity);
}`

/**
 * The comfort vignette: a soft, warm-dark ring at the edge of view while the viewer moves smoothly, gone when still.
 * One head-locked sphere, drawn only in a headset while the vignette is open (no cost at rest); under the panels and
 * the fade.
 */
export function ComfortVignette({
  runtime,
  maxOpacity = 0.92,
}: {
  runtime: ComfortRuntime
  maxOpacity?: number
}) {
  const mesh = useRef<THREE.Mesh>(null)
  const material = useMemo(
    () =>
      new THREE.ShaderMaterial({
        vertexShader,
        fragmentShader,
        uniforms: {
          uHead: { value: new THREE.Vector3() },
          uGaze: { value: new THREE.Vector3(0, 0, -1) },
          uColour: { value: new THREE.Color('#2a241f') },
          uInner: { value: 1 },
          uOuter: { value: 1.5 },
          uOpacity: { value: 0 },
        },
        side: THREE.BackSide,
        transparent: true,
        depthTest: false,
        depthWrite: false,
        toneMapped: false,
        fog: false,
      }),
    [],
  )
  useFrame((state) => {
    const m = mesh.current
    if (!m) return
    const v = runtime.frame.vignette
    const xr = state.gl.xr.isPresenting
    // Only in a headset: it narrows the view against motion sickness, which a glide on a flat screen does not bring
    // on, and there a dark ring closing in on the window only looks like something going wrong.
    m.visible = xr && v > 0.01
    if (!m.visible) return
    const camera = state.camera as THREE.PerspectiveCamera
    camera.getWorldPosition(head)
    camera.getWorldDirection(gaze)
    m.position.copy(head)
    const { inner, outer } = vignetteAperture(v, XR_HALF_FOV)
    const u = material.uniforms
    ;(u.uHead!.value as THREE.Vector3).copy(head)
    ;(u.uGaze!.value as THREE.Vector3).copy(gaze)
    u.uInner!.value = inner
    u.uOuter!.value = outer
    u.uOpacity!.value = Math.min(1, v * 1.4) * maxOpacity
  })
  return (
    <mesh
      ref={mesh}
      name="comfort-vignette"
      material={material}
      renderOrder={9_000}
      frustumCulled={false}
      visible={false}
      raycast={() => null}
    >
      <sphereGeometry args={[0.3, 24, 16]} />
    </mesh>
  )
}
