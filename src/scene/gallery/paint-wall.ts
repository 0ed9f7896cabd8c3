/**
 * What a painting's plane shows, and every change of it: painted textures, AI pictures and the crossfades between
 * them. This is where owned textures are freed, in two places only: `setPainted` (the painted slots) and
 * `cancelOverlay` (a version's painting whose fade was cut short). Borrowed pictures are never freed here; the types
 * in paint-textures.ts keep it so.
 */
import { isOnWall, NOT_SHOWN } from './paint-fade'
import type { PaintSettings } from './paint-plan'
import { isShowing, setMap, type Planes } from './paint-planes'
import type { Incoming, Painted, PaintingRecord } from './paint-record'
import type { BorrowedTexture, HeldAny, TextureSource } from './paint-textures'
import { crossfadeProgress, PICTURE_CROSSFADE_MS, PICTURE_FADE_IN_MS } from './picture-fade'

export type Wall = ReturnType<typeof createWall>

export function createWall(
  source: TextureSource,
  planes: Planes,
  sizes: Pick<PaintSettings, 'smallSize' | 'largeSize'>,
) {
  /** Replaces the painted slots; an owned texture that is in neither new slot goes back to the painter. */
  function setPainted(r: PaintingRecord, next: Painted): void {
    for (const old of [r.painted.small, r.painted.large])
      if (old && old !== next.small && old !== next.large) source.release(old)
    r.painted.small = next.small
    r.painted.large = next.large
  }

  /** Takes the second plane away and hands back what it was fading in, for the caller to keep or let go. */
  function takeOverlay(r: PaintingRecord): Incoming | null {
    const overlay = r.overlay
    if (!overlay) return null
    planes.removeOverlay(overlay.mesh)
    r.overlay = null
    return overlay.incoming
  }

  /** A fade cut short: a new version's painting is ours to free, a picture stays the board's. */
  function cancelOverlay(r: PaintingRecord): void {
    const incoming = takeOverlay(r)
    if (incoming?.kind === 'version') source.release(incoming.texture)
  }

  function show(r: PaintingRecord, texture: HeldAny, now: number): void {
    const hadMap = r.mesh.material.map !== null
    setMap(r.mesh, texture)
    // The shader changes only when a map first appears; swapping small → large keeps the program.
    if (!hadMap) r.mesh.material.needsUpdate = true
    if (!isOnWall(r.fade)) r.fade.start = now
  }

  /** A new look (the AI picture, or a new version's painting) fades in on a second plane over what is shown. */
  function crossfadeTo(r: PaintingRecord, incoming: Incoming, now: number): void {
    cancelOverlay(r)
    r.overlay = { mesh: planes.addOverlay(r.mesh, r.id, incoming.texture), incoming, start: now }
  }

  /**
   * A new version's own picture came while the plane still showed the version before's picture under the fade to
   * the new painting. The board frees that old picture as it hands over the new one, so the plane takes the new
   * version's painting at once (painted now if it was not yet) and the picture fades in over it.
   */
  function settleVersionFade(r: PaintingRecord): void {
    const incoming = takeOverlay(r)
    const painting =
      incoming?.kind === 'version' ? incoming.texture : source.paint(r.art.recipe, sizes.smallSize)
    r.queue.repaint = false
    setMap(r.mesh, painting)
    setPainted(r, { small: painting, large: null })
  }

  /** The picture arrived: fade it in over the painting, or (nothing on the wall yet) simply fade it in. */
  function takePicture(r: PaintingRecord, texture: BorrowedTexture, now: number): void {
    const { dropped } = r.pictures
    if (dropped && isShowing(r.mesh, dropped)) settleVersionFade(r)
    r.pictures.shown = texture
    r.pictures.dropped = null
    if (isOnWall(r.fade)) return crossfadeTo(r, { kind: 'picture', texture }, now)
    cancelOverlay(r)
    setPainted(r, { small: null, large: null })
    r.fade.ms = PICTURE_FADE_IN_MS
    show(r, texture, now)
  }

  return {
    show,
    setPainted,
    /** Per frame: a new picture starts its fade; a running fade moves on, and when done the plane holds it. */
    stepPicture(r: PaintingRecord, board: BorrowedTexture | null, now: number): void {
      if (board && board !== r.pictures.shown && board !== r.pictures.dropped) takePicture(r, board, now)
      const overlay = r.overlay
      if (!overlay) return
      const p = crossfadeProgress(now - overlay.start, PICTURE_CROSSFADE_MS)
      overlay.mesh.material.opacity = p * r.fade.opacity
      if (p < 1) return
      // The plane itself now shows the new look: the second plane and whatever it covered go.
      const incoming = overlay.incoming
      setMap(r.mesh, incoming.texture)
      takeOverlay(r)
      if (incoming.kind === 'picture') return setPainted(r, { small: null, large: null })
      // A new version's painting: the old textures (and the old version's picture) leave the wall.
      setPainted(r, { small: incoming.texture, large: null })
      r.pictures.shown = null
    },
    /** Paints a new version of a painting that is on the wall, and starts the crossfade to it. */
    repaintVersion(r: PaintingRecord, now: number): void {
      r.queue.repaint = false
      r.queue.urgent = false
      crossfadeTo(r, { kind: 'version', texture: source.paint(r.art.recipe, sizes.smallSize) }, now)
    },
    paintSmall(r: PaintingRecord, now: number): void {
      const small = source.paint(r.art.recipe, sizes.smallSize)
      setPainted(r, { small, large: r.painted.large })
      r.queue.urgent = false
      if (!r.painted.large) show(r, small, now)
    },
    paintLarge(r: PaintingRecord, now: number): void {
      const large = source.paint(r.art.recipe, sizes.largeSize)
      setPainted(r, { small: r.painted.small, large })
      show(r, large, now)
    },
    /** A far painting gives its large texture back and shows its small one (no paint cost). */
    downgrade(r: PaintingRecord): void {
      const { small, large } = r.painted
      if (!small || !large || r.overlay) return
      setMap(r.mesh, small)
      setPainted(r, { small, large: null })
    },
    /**
     * Render targets come back empty after a context loss: the small texture is painted again at once (so nothing
     * shows black) and the large one is given back, to come again time-sliced as usual.
     */
    restore(r: PaintingRecord): void {
      const { small, large } = r.painted
      if (large) {
        setPainted(r, { small, large: null })
        if (small) setMap(r.mesh, small)
      }
      if (small) source.repaint(small, r.art.recipe)
    },
    /** Everything the plane holds goes: owned textures back to the painter, the picture back to the board alone. */
    dropTextures(r: PaintingRecord): void {
      cancelOverlay(r)
      setPainted(r, { small: null, large: null })
      r.pictures.shown = null
      setMap(r.mesh, null)
      r.fade.start = NOT_SHOWN
      r.fade.opacity = 0
      r.mesh.visible = false
    },
  }
}
