/**
 * The paintings the scheduler holds, and how a sync changes them: new planes for new artworks, gone ones freed,
 * moved ones placed anew, new versions queued for a crossfade. The decisions are `planSync`'s.
 */
import { isOnWall, NOT_SHOWN, RESTART } from './paint-fade'
import { planSync } from './paint-plan'
import { placeMesh, type Planes } from './paint-planes'
import {
  createPaintingRecord,
  entryView,
  type PaintingEntry,
  type PaintingInput,
  type PaintingRecord,
} from './paint-record'
import type { Wall } from './paint-wall'

export type PaintingSet = ReturnType<typeof createPaintingSet>

export function createPaintingSet(planes: Planes, wall: Wall, fadeMs: number) {
  const records = new Map<string, PaintingRecord>()
  const entries = new Map<string, PaintingEntry>()
  let synced = false

  function remove(r: PaintingRecord): void {
    wall.dropTextures(r)
    planes.removePainting(r.mesh)
    records.delete(r.id)
    entries.delete(r.id)
  }

  /**
   * A painting whose place changed (in a landscape the newest stands at the lookout and the others move on to the
   * easels) goes to its new place. It does not glide there: it fades in again where it now stands, as it did the
   * first time, so nothing jumps in front of the client.
   */
  function moveTo(r: PaintingRecord, input: PaintingInput): void {
    r.art.position = { ...input.position }
    r.art.rotationY = input.rotationY
    for (const mesh of r.overlay ? [r.mesh, r.overlay.mesh] : [r.mesh])
      placeMesh(mesh, input.position, input.rotationY)
    if (isOnWall(r.fade)) {
      r.fade.start = RESTART
      r.fade.opacity = 0
      r.mesh.material.opacity = 0
      r.mesh.visible = false
    }
  }

  /** A new version of this artwork (refinement): the wall crossfades to it, never pops. */
  function revise(r: PaintingRecord, input: PaintingInput, key: string): void {
    r.art.key = key
    r.art.recipe = input.recipe
    if (!isOnWall(r.fade)) return wall.setPainted(r, { small: null, large: null })
    r.queue.repaint = true
    r.queue.urgent = true
    if (r.pictures.shown) r.pictures.dropped = r.pictures.shown
  }

  function add(input: PaintingInput, key: string): void {
    // Artworks arriving after the first load are the client's new words: paint them before anything else.
    const fade = { start: NOT_SHOWN, ms: fadeMs, opacity: 0 }
    const r = createPaintingRecord(input, planes.addPainting(input), { key, urgent: synced, fade })
    records.set(r.id, r)
    entries.set(r.id, entryView(r))
  }

  return {
    records: records as ReadonlyMap<string, PaintingRecord>,
    entries: entries as ReadonlyMap<string, PaintingEntry>,
    /** Adds planes for new artworks and removes those gone; returns every painting, in the order they were hung. */
    sync(inputs: readonly PaintingInput[]): PaintingRecord[] {
      const hung = new Map([...records].map(([id, r]) => [id, r.art]))
      const plan = planSync(hung, inputs)
      for (const id of plan.remove) remove(records.get(id)!)
      for (const step of plan.steps) {
        if (step.kind === 'add') {
          add(step.input, step.key)
          continue
        }
        const r = records.get(step.input.id)!
        if (step.moved) moveTo(r, step.input)
        if (step.revised) revise(r, step.input, step.key)
      }
      synced = true
      return [...records.values()]
    },
    /** Frees every texture and plane; sync fills it again (React's StrictMode mounts effects twice). */
    dispose(): void {
      for (const r of records.values()) {
        wall.dropTextures(r)
        r.mesh.material.dispose()
      }
      records.clear()
      entries.clear()
      synced = false
    },
  }
}
