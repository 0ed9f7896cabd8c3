import { useFrame, useThree, type ThreeEvent } from '@react-three/fiber'
import { useEffect, useMemo, useRef, useState } from 'react'
import * as THREE from 'three'
import type { GalleryLayout } from '../../shared/layout'
import { createRecipe } from '../../shared/recipe/create-recipe'
import type { CompareView } from '../../shared/session/compare'
import { createPainter } from '../painter'
import type { PainterFactory } from './Paintings'
import { createLabelAtlas } from './versions-material'
import { layoutVersions } from './versions-layout'
import type { VersionsProbe } from './versions-probe'
import { createVersionsStand, type StandItem } from './versions-stand'

export type VersionsViewProps = {
  /** The gallery's layout (the same one the wall is hung on). */
  layout: GalleryLayout
  /** The open comparison, or null: the easels fade out and then leave the scene (and the frame loop). */
  view: CompareView | null
  /** A version was pointed at and clicked (desktop pointer or a controller ray); absent on the mirror. */
  onPick?: (versionId: string) => void
  createPainterImpl?: PainterFactory
  /** Told what the easels show while they stand, and null when they go (the browser tests read it). */
  onProbe?: ((probe: VersionsProbe | null) => void) | undefined
  /** The current version's card, "1  ·  on the wall", in the viewer's language. @default English (the console's) */
  onTheWall?: ((n: number) => string) | undefined
}

/**
 * An artwork's versions side by side on small easels in front of its wall place. Keeps drawing the last
 * comparison while it fades out; a different artwork's versions come in once the old ones have gone.
 */
export function VersionsView({
  layout,
  view,
  onPick,
  createPainterImpl,
  onProbe,
  onTheWall,
}: VersionsViewProps) {
  const [shown, setShown] = useState<CompareView | null>(view)
  const same = !!view && !!shown && view.artworkId === shown.artworkId
  // The same artwork: update in place (a pick moves the "on the wall" card, a new version joins the row).
  // (State derived during render, React's pattern for "adjust state when a prop changes".)
  if ((same && shown !== view) || (!shown && view)) setShown(view)
  if (!shown) return null
  return (
    <Stand
      key={shown.artworkId}
      layout={layout}
      view={shown}
      open={same}
      onGone={() => setShown(view)}
      onPick={onPick}
      createPainterImpl={createPainterImpl}
      onProbe={onProbe}
      onTheWall={onTheWall}
    />
  )
}

const scratch = new THREE.Vector3()

function Stand({
  layout,
  view,
  open,
  onGone,
  onPick,
  createPainterImpl = createPainter,
  onProbe,
  onTheWall,
}: {
  layout: GalleryLayout
  view: CompareView
  open: boolean
  onGone: () => void
  onPick: ((versionId: string) => void) | undefined
  createPainterImpl: PainterFactory | undefined
  onProbe: ((probe: VersionsProbe | null) => void) | undefined
  onTheWall: ((n: number) => string) | undefined
}) {
  const gl = useThree((s) => s.gl)
  const camera = useThree((s) => s.camera)
  const [{ painter, stand }] = useState(() => {
    const p = (createPainterImpl ?? createPainter)(gl)
    return {
      painter: p,
      stand: createVersionsStand(p, onTheWall ? { createLabels: () => createLabelAtlas(onTheWall) } : {}),
    }
  })
  const items = useMemo<StandItem[]>(() => {
    const row = layoutVersions(layout, view.wallIndex, view.versions.length)
    if (!row) return []
    return view.versions.map((v, i) => ({
      id: v.id,
      recipe: createRecipe(v.artwork.spec, v.artwork.seed),
      place: row.items[i]!,
      current: v.current,
    }))
  }, [layout, view])

  useEffect(() => stand.sync(items), [stand, items])
  useEffect(() => stand.setOpen(open), [stand, open])
  useEffect(
    () => () => {
      stand.dispose()
      painter.dispose()
    },
    [stand, painter],
  )

  // Once faded out, the parent unmounts this (or opens it again): no more steps until then.
  const gone = useRef(false)
  useFrame(() => {
    if (open) gone.current = false
    if (gone.current) return
    if (!stand.step(performance.now())) {
      gone.current = true
      onGone()
    }
  })

  useEffect(() => {
    if (!onProbe) return
    onProbe({
      artworkId: view.artworkId,
      get open() {
        return open
      },
      get versions() {
        return stand.probe()
      },
      get drawn() {
        return stand.drawn()
      },
      screen: () => {
        const rect = gl.domElement.getBoundingClientRect()
        return stand.group.children.map((o) => {
          const mesh = o as THREE.Mesh
          // The painting's centre: straight above the easel's foot (see versions-layout: centreY).
          const item = items.find((i) => i.id === mesh.userData.versionId)
          scratch.set(0, item?.place.centreY ?? 0.9, 0.02)
          mesh.localToWorld(scratch)
          const world = { x: scratch.x, y: scratch.y, z: scratch.z }
          scratch.project(camera)
          return {
            id: String(mesh.userData.versionId),
            world,
            x: ((scratch.x + 1) / 2) * rect.width,
            y: ((1 - scratch.y) / 2) * rect.height,
            onScreen: Math.abs(scratch.x) < 1 && Math.abs(scratch.y) < 1 && scratch.z < 1,
          }
        })
      },
    })
    return () => onProbe(null)
  }, [onProbe, stand, gl, camera, items, open, view.artworkId])

  const visibleId = (e: ThreeEvent<PointerEvent | MouseEvent>): string | null => {
    const mesh = e.object as THREE.Mesh<THREE.BufferGeometry, THREE.ShaderMaterial>
    const opacity = (mesh.material.uniforms?.uOpacity?.value as number | undefined) ?? 0
    return open && opacity > 0.5 && typeof mesh.userData.versionId === 'string'
      ? mesh.userData.versionId
      : null
  }

  return (
    <primitive
      object={stand.group}
      onClick={
        onPick
          ? (e: ThreeEvent<MouseEvent>) => {
              const id = visibleId(e)
              if (!id) return
              e.stopPropagation()
              onPick(id)
            }
          : undefined
      }
      onPointerOver={
        onPick
          ? (e: ThreeEvent<PointerEvent>) => {
              const id = visibleId(e)
              if (!id) return
              e.stopPropagation()
              stand.hover(id)
              gl.domElement.style.cursor = 'pointer'
            }
          : undefined
      }
      onPointerOut={
        onPick
          ? () => {
              stand.hover(null)
              gl.domElement.style.cursor = ''
            }
          : undefined
      }
    />
  )
}
