import { lazy, Suspense, useMemo } from 'react'
import type { Artwork } from '../../shared/artwork'
import type { GalleryLayout } from '../../shared/layout'
import { createRecipe } from '../../shared/recipe/create-recipe'
import { BIOMES, DEFAULT_SCENE_SPEC } from '../../shared/scene-constants'
import { Architecture, type FloorHandlers } from './Architecture'
import { Furniture } from './Furniture'
import { Paintings, type PainterFactory } from './Paintings'
import type { PlacardItem } from './placard-constants'
import type { PaintingInput, PaintScheduler } from './paint-scheduler'

// Placard text (troika + font shaping) is ~40 KB gzip and only readable within 4 m: the app loads it after the first
// frame (the `placards` prop).
const Placards = lazy(() => import('./Placards').then((m) => ({ default: m.Placards })))

export type GalleryProps = FloorHandlers & {
  layout: GalleryLayout
  /** Artworks to hang, in slot order. Held artworks must already be filtered out by the caller. */
  artworks: readonly Artwork[]
  createPainterImpl?: PainterFactory
  onScheduler?: (scheduler: PaintScheduler | null) => void
  /** False holds the placards (and their text chunk) back, e.g. until the first frame is on screen. @default true */
  placards?: boolean
}

/** Soft, cheap light: a warm sky/ground fill and one low sun through the windows; no shadows, no speculars. */
function GalleryLights() {
  return (
    <>
      {/* Lambert divides ambient light by π: ~3 makes an albedo read as itself. */}
      <hemisphereLight args={['#fff8ee', '#d9c4a8', 3.1]} />
      <directionalLight position={[-4, 8, 10]} intensity={1.1} color="#ffe9cc" />
    </>
  )
}

/** A walkable gallery that hangs `artworks` on the slots of `layout`. */
export function Gallery({
  layout,
  artworks,
  createPainterImpl,
  onScheduler,
  onFloorClick,
  onTeleport,
  placards: showPlacards = true,
}: GalleryProps) {
  const hung = useMemo(
    () => artworks.slice(0, layout.slots.length).map((a, i) => ({ artwork: a, slot: layout.slots[i]! })),
    [artworks, layout],
  )
  const slots = useMemo(() => hung.map((h) => h.slot), [hung])
  const paintings = useMemo<PaintingInput[]>(
    () =>
      hung.map(({ artwork, slot }) => ({
        id: artwork.id,
        recipe: createRecipe(artwork.spec, artwork.seed),
        // The painting sits a hair in front of the linen backing, inside the frame's lip.
        position: {
          x: slot.position.x + slot.normal.x * 0.002,
          y: slot.position.y,
          z: slot.position.z + slot.normal.z * 0.002,
        },
        rotationY: slot.rotationY,
      })),
    [hung],
  )
  const warmUp = useMemo(() => BIOMES.map((biome) => createRecipe({ ...DEFAULT_SCENE_SPEC, biome }, 1)), [])
  const placards = useMemo<PlacardItem[]>(
    () =>
      hung.map(({ artwork, slot }) => ({
        id: artwork.id,
        text: artwork.text,
        createdAt: artwork.createdAt,
        slot,
      })),
    [hung],
  )
  return (
    <group name="gallery">
      <GalleryLights />
      <Architecture layout={layout} onFloorClick={onFloorClick} onTeleport={onTeleport} />
      <Furniture layout={layout} slots={slots} />
      <Paintings
        items={paintings}
        warmUp={warmUp}
        createPainterImpl={createPainterImpl}
        onScheduler={onScheduler}
      />
      {showPlacards ? (
        <Suspense fallback={null}>
          <Placards items={placards} />
        </Suspense>
      ) : null}
    </group>
  )
}
