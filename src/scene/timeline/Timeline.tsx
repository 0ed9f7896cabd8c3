import { useFrame } from '@react-three/fiber'
import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react'
import * as THREE from 'three'
import type { Slot } from '../../shared/layout'
import type { TimelineArtwork } from '../../shared/record/timeline'
import { timelineRoomAt, type TimelineLayout } from '../../shared/record/timeline-layout'
import { createRecipe } from '../../shared/recipe/create-recipe'
import { Architecture, type FloorHandlers } from '../gallery/Architecture'
import { Furniture } from '../gallery/Furniture'
import { Paintings, type PainterFactory } from '../gallery/Paintings'
import { PicturesContext } from '../gallery/picture-board'
import type { PaintingInput, PaintScheduler } from '../gallery/paint-scheduler'
import type { PlacardItem } from '../gallery/placard-constants'
import { visibleRooms, type TimelineProbe } from './room-window'
import { TimelineSigns, type SignLine } from './TimelineSigns'
import { useTimelinePictures, type LoadTimelinePicture, type TimelinePictureItem } from './timeline-pictures'

const Placards = lazy(() => import('../gallery/Placards').then((m) => ({ default: m.Placards })))

/** The timeline's artwork fields the room needs (a `TimelineArtwork` fits). */
export type TimelinePiece = Pick<TimelineArtwork, 'id' | 'text' | 'createdAt' | 'spec' | 'seed' | 'image'>

export type TimelineProps = FloorHandlers & {
  layout: TimelineLayout
  /** One per slot of `layout`, in slot order (room by room, oldest first). */
  artworks: readonly TimelinePiece[]
  createPainterImpl?: PainterFactory
  onScheduler?: (scheduler: PaintScheduler | null) => void
  onProbe?: (probe: TimelineProbe | null) => void
  /** False holds the placards back (their text chunk). @default true */
  placards?: boolean
  /**
   * Fetches an earlier session's AI picture (the headset, with its device token): a room shows an artwork's picture
   * when it had one, else its painting. Without it every room shows the paintings.
   */
  loadPicture?: LoadTimelinePicture | undefined
  /** A sign's second line ("Session 2 · 3 paintings") in the viewer's language. @default English (the console's) */
  signLine?: SignLine | undefined
}

const camera = new THREE.Vector3()

function TimelineLights() {
  return (
    <>
      {/* As in the gallery: Lambert divides ambient light by π, ~3 makes an albedo read as itself. */}
      <hemisphereLight args={['#fff8ee', '#d9c4a8', 3.1]} />
      <directionalLight position={[-10, 8, 6]} intensity={1.0} color="#ffe9cc" />
    </>
  )
}

/**
 * The walkable timeline: one room per session, its date on a soft sign, its paintings on the walls. Only the room the
 * visitor stands in and its neighbours carry paintings, frames, placards and sign text; moving on swaps the window,
 * and the paint scheduler paints what is near first (and frees what is left behind).
 */
export function Timeline({
  layout,
  artworks,
  createPainterImpl,
  onScheduler,
  onProbe,
  onFloorClick,
  onTeleport,
  placards: showPlacards = true,
  loadPicture,
  signLine,
}: TimelineProps) {
  const [current, setCurrent] = useState(0)
  const rooms = useMemo(() => visibleRooms(current, layout.rooms.length), [current, layout.rooms.length])
  const hung = useMemo(() => {
    const out: Array<{ key: string; artwork: TimelinePiece; slot: Slot; sessionId: string }> = []
    for (const r of rooms) {
      const info = layout.sessions[r]
      if (!info) continue
      for (let k = 0; k < info.slotCount; k++) {
        const slot = layout.slots[info.firstSlot + k]
        const artwork = artworks[info.firstSlot + k]
        // A refined artwork may share its id across sessions: the room keeps each plane apart.
        if (slot && artwork) out.push({ key: `${r}:${artwork.id}`, artwork, slot, sessionId: info.sessionId })
      }
    }
    return out
  }, [rooms, layout, artworks])
  const slots = useMemo(() => hung.map((h) => h.slot), [hung])
  const paintings = useMemo<PaintingInput[]>(
    () =>
      hung.map(({ key, artwork, slot }) => ({
        id: key,
        recipe: createRecipe(artwork.spec, artwork.seed),
        position: {
          x: slot.position.x + slot.normal.x * 0.002,
          y: slot.position.y,
          z: slot.position.z + slot.normal.z * 0.002,
        },
        rotationY: slot.rotationY,
      })),
    [hung],
  )
  const pictureItems = useMemo<TimelinePictureItem[]>(
    () => hung.map(({ key, artwork, sessionId }) => ({ key, sessionId, file: artwork.image?.file })),
    [hung],
  )
  const pictures = useTimelinePictures(pictureItems, loadPicture)
  const placardItems = useMemo<PlacardItem[]>(
    () =>
      hung.map(({ key, artwork, slot }) => ({
        id: key,
        text: artwork.text,
        createdAt: artwork.createdAt,
        slot,
      })),
    [hung],
  )

  // The room changes a few times a walk: React hears of it only then, never per frame.
  const currentRef = useRef(current)
  useFrame((state) => {
    state.camera.getWorldPosition(camera)
    const room = timelineRoomAt(layout, camera.x)
    if (room !== currentRef.current) {
      currentRef.current = room
      setCurrent(room)
    }
  })

  useEffect(() => {
    if (!onProbe) return
    onProbe({
      rooms: layout.sessions.map((s) => ({
        sessionId: s.sessionId,
        label: s.label,
        count: s.slotCount,
        minX: layout.rooms[s.index]!.floor.minX,
        maxX: layout.rooms[s.index]!.floor.maxX,
      })),
      current,
      visible: rooms,
      planes: paintings.length,
    })
  }, [onProbe, layout, current, rooms, paintings.length])
  useEffect(() => (onProbe ? () => onProbe(null) : undefined), [onProbe])

  return (
    <group name="timeline">
      <TimelineLights />
      <Architecture layout={layout} onFloorClick={onFloorClick} onTeleport={onTeleport} />
      <Furniture layout={layout} slots={slots} />
      <TimelineSigns layout={layout} rooms={rooms} signLine={signLine} />
      {/* The rooms' own pictures (or none): the live session's board never reaches past sessions' planes. */}
      <PicturesContext.Provider value={pictures}>
        <Paintings items={paintings} createPainterImpl={createPainterImpl} onScheduler={onScheduler} />
      </PicturesContext.Provider>
      {showPlacards ? (
        <Suspense fallback={null}>
          <Placards items={placardItems} />
        </Suspense>
      ) : null}
    </group>
  )
}
