import { Text } from '@react-three/drei'
import { useSceneLanguage } from '../ui/scene-language'
import { useFrame } from '@react-three/fiber'
import { lazy, Suspense, useCallback, useContext, useRef, useSyncExternalStore } from 'react'
import * as THREE from 'three'
import { configureTextBuilder } from 'troika-three-text'
import { PLACARD_OFFSET, PLACARD_SIZE } from './furniture-geometry'
import { placardTime, placardWords } from './placard-text'
import { PicturesContext, type PictureBoard } from './picture-board'
import { ReadingCard } from './ReadingCard'

import {
  CUE_LINE_HEIGHT,
  PLACARD_FONT,
  PLACARD_VISIBLE_DISTANCE,
  type PlacardItem,
} from './placard-constants'

// The picture cue is only for sessions with AI pictures: its few lines load when a picture is first on its way.
const PlacardCue = lazy(() => import('./PlacardCue').then((m) => ({ default: m.PlacardCue })))

const FADE_BAND = 0.6

// Lay out text on the main thread: troika's worker is built by stringifying functions, which the production
// minifier breaks ("Worker module function was called but `init` did not return a callable function").
// Placards are a few short lines, so the worker buys nothing here.
configureTextBuilder({ useWorker: false, defaultFontURL: PLACARD_FONT })

type TextMesh = THREE.Mesh & { fillOpacity: number }

const camera = new THREE.Vector3()
const placard = new THREE.Vector3()

/** Small cards beside each painting with the client's own words and the time; text fades in as you approach. */
export function Placards({ items }: { items: readonly PlacardItem[] }) {
  const groups = useRef<Array<THREE.Group | null>>([])
  const board = useContext(PicturesContext)
  const language = useSceneLanguage()
  const version = useSyncExternalStore(board?.subscribe ?? noSubscribe, () => board?.version ?? 0)
  void version
  const reducedMotion = useCallback(() => board?.reducedMotion ?? false, [board])
  useFrame((state) => {
    state.camera.getWorldPosition(camera)
    for (const g of groups.current) {
      if (!g) continue
      g.getWorldPosition(placard)
      const d = camera.distanceTo(placard)
      const a = Math.min(1, Math.max(0, (PLACARD_VISIBLE_DISTANCE - d) / FADE_BAND))
      g.visible = a > 0.01
      for (const child of g.children) if (child.name !== 'picture-cue') (child as TextMesh).fillOpacity = a
    }
  })
  const padding = 0.025
  return (
    <group name="placards">
      <ReadingCard items={items} />
      {items.map((item, i) => {
        const cue = cueOn(board, item.id)
        return (
          <group
            key={item.id}
            ref={(g) => {
              groups.current[i] = g
            }}
            visible={false}
            position={[item.slot.position.x, item.slot.position.y, item.slot.position.z]}
            rotation={[0, item.slot.rotationY, 0]}
          >
            <Text
              font={PLACARD_FONT}
              fontSize={0.024}
              lineHeight={1.3}
              maxWidth={PLACARD_SIZE.width - padding * 2}
              color="#4a4038"
              anchorX="left"
              anchorY="top"
              position={[
                PLACARD_OFFSET.x - PLACARD_SIZE.width / 2 + padding,
                PLACARD_OFFSET.y + PLACARD_SIZE.height / 2 - padding,
                PLACARD_OFFSET.z + 0.007,
              ]}
              clipRect={[
                0,
                -(PLACARD_SIZE.height - padding * 2 - 0.03 - (cue ? CUE_LINE_HEIGHT : 0)),
                PLACARD_SIZE.width,
                0,
              ]}
            >
              {placardWords(item.text)}
            </Text>
            <Text
              font={PLACARD_FONT}
              fontSize={0.017}
              color="#7a6e62"
              anchorX="left"
              anchorY="bottom"
              position={[
                PLACARD_OFFSET.x - PLACARD_SIZE.width / 2 + padding,
                PLACARD_OFFSET.y - PLACARD_SIZE.height / 2 + padding,
                PLACARD_OFFSET.z + 0.007,
              ]}
            >
              {placardTime(item.createdAt, undefined, language)}
            </Text>
            {cue ? (
              <Suspense fallback={null}>
                <PlacardCue reducedMotion={reducedMotion} />
              </Suspense>
            ) : null}
          </group>
        )
      })}
    </group>
  )
}

const noSubscribe = () => () => undefined

function cueOn(board: PictureBoard | null, id: string): boolean {
  return board?.get(id)?.cue === true
}
