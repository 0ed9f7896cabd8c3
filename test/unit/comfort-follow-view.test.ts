import { describe, expect, it } from 'vitest'
import {
  DEFAULT_FOLLOW,
  createFollowState,
  followPose,
  headingOf,
  snapFollow,
  stepFollow,
} from '../../src/scene/ui/follow-view-math'

const HEAD = { x: 1, y: 1.6, z: 2 }

function placed(heading = 0) {
  const s = createFollowState()
  snapFollow(s, HEAD, heading)
  return s
}

describe('panels that follow the view', () => {
  it('opens straight ahead at the set distance, a little below the eyes, facing them', () => {
    const p = followPose(placed(0))
    expect(p.x).toBeCloseTo(HEAD.x)
    expect(p.z).toBeCloseTo(HEAD.z - DEFAULT_FOLLOW.distance)
    expect(p.y).toBeCloseTo(HEAD.y + DEFAULT_FOLLOW.drop)
    expect(p.yaw).toBe(0)
    expect(p.pitch).toBeLessThan(0)
    const left = followPose(placed(Math.PI / 2))
    expect(left.x).toBeCloseTo(HEAD.x - DEFAULT_FOLLOW.distance)
    expect(left.z).toBeCloseTo(HEAD.z)
  })

  it('stays perfectly still while the gaze wanders inside the dead zone (no jitter)', () => {
    const s = placed(0)
    const before = followPose(s)
    for (let i = 0; i < 300; i++) {
      const wobble = Math.sin(i * 0.7) * (DEFAULT_FOLLOW.deadAngle * 0.9)
      const head = { x: HEAD.x + Math.sin(i) * 0.1, y: HEAD.y + Math.cos(i) * 0.05, z: HEAD.z }
      stepFollow(s, head, wobble, 1 / 72)
    }
    expect(followPose(s)).toEqual(before)
    expect(s.following).toBe(false)
  })

  it('glides back in front after a big turn, smoothly, and then rests', () => {
    const s = placed(0)
    const target = 1.2
    const azimuths: number[] = []
    for (let i = 0; i < 72 * 4; i++) azimuths.push(stepFollow(s, HEAD, target, 1 / 72).azimuth)
    expect(azimuths.at(-1)).toBeCloseTo(target, 1)
    expect(s.following).toBe(false)
    // Monotonic, no overshoot, no single step larger than a few degrees at 72 Hz.
    for (let i = 1; i < azimuths.length; i++) {
      expect(azimuths[i]!).toBeGreaterThanOrEqual(azimuths[i - 1]! - 1e-12)
      expect(azimuths[i]! - azimuths[i - 1]!).toBeLessThan(0.06)
      expect(azimuths[i]!).toBeLessThanOrEqual(target + 1e-9)
    }
    // It takes its time: a gentle lag, not glued to the face.
    expect(azimuths[7]!).toBeLessThan(target * 0.5)
  })

  it('follows the head when it walks away, and takes the short way round', () => {
    const s = placed(3.0)
    stepFollow(s, HEAD, -3.0, 1 / 72) // 3.0 → -3.0 is only ~0.28 rad the short way: inside the dead zone
    expect(s.following).toBe(false)
    const far = { x: HEAD.x + 2, y: HEAD.y, z: HEAD.z }
    for (let i = 0; i < 72 * 5; i++) stepFollow(s, far, 3.0, 1 / 72)
    const p = followPose(s)
    expect(p.x).toBeCloseTo(far.x - Math.sin(3.0) * DEFAULT_FOLLOW.distance, 1)
  })

  it('is frame-rate independent and tolerant of a stalled frame', () => {
    const a = placed(0)
    const b = placed(0)
    for (let i = 0; i < 72; i++) stepFollow(a, HEAD, 1, 1 / 72)
    for (let i = 0; i < 18; i++) stepFollow(b, HEAD, 1, 1 / 18)
    expect(Math.abs(a.azimuth - b.azimuth)).toBeLessThan(0.05)
    const c = placed(0)
    stepFollow(c, HEAD, 1, 10)
    expect(Number.isFinite(c.azimuth)).toBe(true)
    expect(c.azimuth).toBeLessThanOrEqual(1)
  })

  it('keeps the last heading when looking straight down', () => {
    expect(headingOf(0.01, -0.01, 0.4)).toBe(0.4)
    expect(headingOf(0, -1, 0.4)).toBeCloseTo(0)
    expect(headingOf(-1, 0, 0)).toBeCloseTo(Math.PI / 2)
  })
})
