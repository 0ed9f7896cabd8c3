// Words in VR are read from where the client stands: at least about one degree of visual angle. Computed from the
// distances the app really uses: the viewing spot before a painting, and every panel's distance in the sources.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  FRAMED_SIZE,
  layoutGallery,
  SLOT_HEIGHT,
  WALL_HEIGHT,
  READABLE_DEGREES,
  readingSlot,
  VIEWING_DISTANCE,
  viewingPose,
  visualAngle,
} from '../../src/shared/layout'
import { PANEL_THEME } from '../../src/scene/ui/theme'
import { READING_CARD } from '../../src/scene/gallery/placard-constants'

const ROOT = join(import.meta.dirname, '../..')
const sources = (dir: string): string[] =>
  readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.tsx'))
    .map((e) => readFileSync(join(e.parentPath, e.name), 'utf8'))

describe('legibility in a headset', () => {
  it('measures visual angles as expected', () => {
    expect(visualAngle(0.0559, 3.2)).toBeCloseTo(1, 2)
    expect(visualAngle(1, 1)).toBeCloseTo(53.13, 1)
  })

  it('the reading card’s words and time are about a degree or more from the viewing spot', () => {
    expect(visualAngle(READING_CARD.wordsSize, VIEWING_DISTANCE)).toBeGreaterThanOrEqual(READABLE_DEGREES)
    expect(visualAngle(READING_CARD.timeSize, VIEWING_DISTANCE)).toBeGreaterThanOrEqual(
      READABLE_DEGREES * 0.99,
    )
    // Over the frame (the framed painting is FRAMED_SIZE tall), never on the painting, and under the ceiling.
    expect(READING_CARD.offsetY - READING_CARD.height / 2).toBeGreaterThan(FRAMED_SIZE / 2)
    expect(SLOT_HEIGHT + READING_CARD.offsetY + READING_CARD.height / 2).toBeLessThan(WALL_HEIGHT - 0.3)
  })

  it('every VR panel’s smallest text is about a degree or more at the distance it floats', () => {
    const distances = sources('src')
      .flatMap((text) => [...text.matchAll(/<FollowView[^>]*?distance=\{([\d.]+)\}/g)])
      .map((m) => Number(m[1]))
    expect(distances.length).toBeGreaterThan(10)
    const farthest = Math.max(...distances)
    for (const size of Object.values(PANEL_THEME.fontSize))
      expect(visualAngle(size, farthest), `${size} m at ${farthest} m`).toBeGreaterThanOrEqual(
        READABLE_DEGREES,
      )
  })

  it('shows the reading card of the painting the client stands before, and none from afar or aside', () => {
    const layout = layoutGallery(9)
    for (let i = 0; i < layout.slots.length; i++) {
      const pose = viewingPose(layout, i, VIEWING_DISTANCE)!
      expect(readingSlot(layout.slots, layout.slots.length, pose), `slot ${i}`).toBe(i)
    }
    const s = layout.slots[0]!
    /** `angle` degrees off the wall's normal, `d` metres from the painting, looking straight at it. */
    const at = (d: number, angle = 0) => {
      const a = (angle * Math.PI) / 180
      const nx = s.normal.x * Math.cos(a) - s.normal.z * Math.sin(a)
      const nz = s.normal.x * Math.sin(a) + s.normal.z * Math.cos(a)
      const x = s.position.x + nx * d
      const z = s.position.z + nz * d
      return { x, z, yaw: Math.atan2(x - s.position.x, z - s.position.z) }
    }
    expect(readingSlot(layout.slots, layout.slots.length, at(2))).toBe(0)
    expect(readingSlot(layout.slots, layout.slots.length, at(6))).not.toBe(0)
    expect(readingSlot(layout.slots, layout.slots.length, at(2, 60))).not.toBe(0)
    expect(readingSlot(layout.slots, layout.slots.length, at(2, 180))).not.toBe(0)
    // Turned away from it, it is not read.
    expect(readingSlot(layout.slots, layout.slots.length, { ...at(2), yaw: at(2).yaw + Math.PI })).not.toBe(0)
    expect(readingSlot(layout.slots, 0, at(2))).toBe(-1)
  })
})
