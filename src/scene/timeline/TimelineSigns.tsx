import { Text } from '@react-three/drei'
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react'
import * as THREE from 'three'
import { configureTextBuilder } from 'troika-three-text'
import type { TimelineLayout, TimelineRoomInfo } from '../../shared/record/timeline-layout'
import { PLACARD_FONT } from '../gallery/placard-constants'
import { placardWords } from '../gallery/placard-text'

// As in Placards.tsx: lay out text on the main thread (troika's worker does not survive the production minifier).
// The signs can load without the placards (the console's mirror shows none), so they say it too.
configureTextBuilder({ useWorker: false, defaultFontURL: PLACARD_FONT })

/** Sign panel, metres: large enough to read from the doorway in a headset (docs/ART.md: large text, generous spacing). */
export const SIGN_SIZE = { width: 1.15, height: 0.62 }
const dummy = new THREE.Object3D()
const ignoreRays = () => undefined

/** A sign's second line: the session's number (from 1) and how many paintings its room holds. */
export type SignLine = (session: number, paintings: number) => string

/** The console's English; the headset passes its own words (the catalogue's 'timeline.sign'). */
export const SIGN_LINE_EN: SignLine = (session, paintings) =>
  `Session ${session} · ${paintings === 1 ? '1 painting' : `${paintings} paintings`}`

/**
 * The soft dated signs: a pale card on the north wall just inside each room (one instanced draw call for all) with
 * the date and a quiet second line, and the same date over the doorway that leads into the room. Text is drawn only
 * for the rooms in view (`rooms`).
 */
export function TimelineSigns({
  layout,
  rooms,
  signLine = SIGN_LINE_EN,
}: {
  layout: TimelineLayout
  rooms: readonly number[]
  signLine?: SignLine | undefined
}) {
  const geometry = useMemo(() => new THREE.PlaneGeometry(SIGN_SIZE.width, SIGN_SIZE.height), [])
  const material = useMemo(
    // Warm paper, unlit like the placards' cards so it reads the same in every room.
    () => new THREE.MeshLambertMaterial({ color: '#f6efe3' }),
    [],
  )
  useEffect(
    () => () => {
      geometry.dispose()
      material.dispose()
    },
    [geometry, material],
  )
  const panels = useRef<THREE.InstancedMesh>(null)
  const count = layout.sessions.length
  useLayoutEffect(() => {
    const m = panels.current
    if (!m) return
    layout.sessions.forEach((s, i) => {
      dummy.position.set(s.sign.x, s.sign.y, s.sign.z)
      dummy.rotation.set(0, s.sign.rotationY, 0)
      dummy.updateMatrix()
      m.setMatrixAt(i, dummy.matrix)
    })
    m.count = count
    m.instanceMatrix.needsUpdate = true
    m.computeBoundingSphere()
  }, [layout, count])

  const shown = rooms
    .map((i) => layout.sessions[i])
    .filter((s): s is TimelineRoomInfo => s !== undefined && s.label !== '')
  return (
    <group name="timeline-signs">
      <instancedMesh
        key={`signs-${Math.max(1, count)}`}
        name="sign-panels"
        ref={panels}
        args={[geometry, material, Math.max(1, count)]}
        raycast={ignoreRays}
      />
      {shown.map((s) => (
        <group key={s.index} name={`sign:${s.index}`}>
          <group position={[s.sign.x, s.sign.y, s.sign.z + 0.006]} rotation={[0, s.sign.rotationY, 0]}>
            <Text
              font={PLACARD_FONT}
              fontSize={0.15}
              color="#5a4c40"
              anchorX="center"
              anchorY="middle"
              position={[0, 0.07, 0]}
            >
              {placardWords(s.label, 40)}
            </Text>
            <Text
              font={PLACARD_FONT}
              fontSize={0.06}
              color="#8a7c6e"
              anchorX="center"
              anchorY="middle"
              position={[0, -0.14, 0]}
            >
              {signLine(s.index + 1, s.slotCount)}
            </Text>
          </group>
          {s.lintel ? (
            <Text
              font={PLACARD_FONT}
              fontSize={0.2}
              color="#6e6052"
              anchorX="center"
              anchorY="middle"
              position={[s.lintel.x, s.lintel.y, s.lintel.z]}
              rotation={[0, s.lintel.rotationY, 0]}
            >
              {placardWords(s.label, 40)}
            </Text>
          ) : null}
        </group>
      ))}
    </group>
  )
}
