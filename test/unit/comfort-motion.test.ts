import { describe, expect, it } from 'vitest'
import {
  BRIGHTNESS_RAMP_S,
  VIGNETTE_FULL_SPEED,
  VIGNETTE_FULL_TURN,
  createRamp,
  easeVignette,
  vignetteAperture,
  vignetteStrength,
} from '../../src/shared/comfort'
import {
  deadZone,
  smoothTurnAngle,
  stickToWalk,
  turnAboutHead,
} from '../../src/client/comfort/locomotion-math'

describe('vignette strength', () => {
  it('is zero at rest and for tiny drifts, full at a brisk walk or turn', () => {
    expect(vignetteStrength(0, 0)).toBe(0)
    expect(vignetteStrength(0.02, 0.05)).toBe(0)
    expect(vignetteStrength(VIGNETTE_FULL_SPEED, 0)).toBe(1)
    expect(vignetteStrength(0, VIGNETTE_FULL_TURN)).toBe(1)
    expect(vignetteStrength(0, -VIGNETTE_FULL_TURN * 2)).toBe(1)
    expect(vignetteStrength(5, 5)).toBe(1)
  })

  it('rises smoothly and monotonically with speed', () => {
    let last = 0
    for (let s = 0; s <= 1.5; s += 0.05) {
      const v = vignetteStrength(s, 0)
      expect(v).toBeGreaterThanOrEqual(last)
      expect(v - last).toBeLessThan(0.15)
      last = v
    }
    expect(vignetteStrength(0.6, 0)).toBeGreaterThan(0.3)
    expect(vignetteStrength(0.6, 0)).toBeLessThan(0.7)
  })

  it('treats bad numbers as no motion', () => {
    expect(vignetteStrength(Number.NaN, Number.POSITIVE_INFINITY)).toBe(0)
  })

  it('eases in quickly and out more slowly, independent of frame rate, and ends at exactly zero', () => {
    const after = (from: number, to: number, seconds: number, fps: number) => {
      let v = from
      for (let i = 0; i < seconds * fps; i++) v = easeVignette(v, to, 1 / fps)
      return v
    }
    expect(after(0, 1, 0.3, 60)).toBeGreaterThan(0.9)
    expect(after(1, 0, 0.3, 60)).toBeGreaterThan(0.3)
    expect(Math.abs(after(0, 1, 0.2, 60) - after(0, 1, 0.2, 10))).toBeLessThan(0.02)
    expect(after(1, 0, 3, 30)).toBe(0)
  })

  it('narrows the clear part of the view as strength grows, with a soft edge', () => {
    const half = 0.8
    const open = vignetteAperture(0, half)
    const shut = vignetteAperture(1, half)
    expect(open.inner).toBeGreaterThanOrEqual(half)
    expect(shut.inner).toBeLessThan(open.inner)
    expect(shut.inner).toBeGreaterThan(half * 0.4)
    expect(shut.outer - shut.inner).toBeGreaterThan(0.2)
  })
})

describe('brightness ramp', () => {
  it('glides to a new target over the ramp time, without a step', () => {
    const ramp = createRamp(1)
    ramp.set(1.4)
    const values: number[] = []
    const dt = 1 / 30
    for (let t = 0; t < BRIGHTNESS_RAMP_S + 0.2; t += dt) values.push(ramp.step(dt))
    expect(values.at(-1)).toBeCloseTo(1.4, 6)
    const firstAtTarget = values.findIndex((v) => Math.abs(v - 1.4) < 1e-6)
    expect(firstAtTarget * dt).toBeGreaterThanOrEqual(1)
    for (let i = 1; i < values.length; i++) expect(Math.abs(values[i]! - values[i - 1]!)).toBeLessThan(0.02)
  })

  it('turns smoothly from wherever it is when the target changes mid-glide', () => {
    const ramp = createRamp(1)
    ramp.set(1.4)
    for (let i = 0; i < 20; i++) ramp.step(1 / 30)
    const mid = ramp.value
    ramp.set(0.6)
    expect(ramp.step(1 / 30)).toBeCloseTo(mid, 2)
    for (let i = 0; i < 100; i++) ramp.step(1 / 30)
    expect(ramp.value).toBeCloseTo(0.6, 6)
    expect(ramp.done).toBe(true)
  })
})

describe('stick locomotion', () => {
  it('ignores a resting stick and rescales beyond the dead zone', () => {
    expect(deadZone(0.1, -0.1)).toEqual({ x: 0, y: 0 })
    expect(deadZone(1, 0).x).toBeCloseTo(1)
    expect(deadZone(0.6, 0).x).toBeCloseTo(0.5)
  })

  it('walks where the head looks, not where the origin faces', () => {
    // Origin faces -z (yaw 0); head turned 90° left (yaw +π/2, looking toward -x). Stick forward.
    const w = stickToWalk(0, -1, Math.PI / 2, 0)
    // viewer.walk at origin yaw 0: dx = strafe, dz = -forward. Heading -x means strafe = -1.
    expect(w.strafe).toBeCloseTo(-1)
    expect(w.forward).toBeCloseTo(0)
    // Same yaw: unchanged.
    const same = stickToWalk(0.5, -0.8, 1, 1)
    expect(same.forward).toBeCloseTo(-deadZone(0.5, -0.8).y)
    expect(same.strafe).toBeCloseTo(deadZone(0.5, -0.8).x)
  })

  it('smooth-turns at the chosen speed, right for a push right', () => {
    expect(smoothTurnAngle(0.1, 90, 1)).toBe(0)
    expect(smoothTurnAngle(1, 90, 1)).toBeCloseTo(-Math.PI / 2)
    expect(smoothTurnAngle(-1, 60, 0.5)).toBeCloseTo(Math.PI / 6)
  })

  it('turns about the head, which stays where it is', () => {
    const pose = { x: 2, z: 3, yaw: 0.3 }
    const offset = { x: 0.4, z: -0.2 }
    const head = { x: pose.x + offset.x, z: pose.z + offset.z }
    turnAboutHead(pose, offset, 0.7)
    expect(pose.yaw).toBeCloseTo(1.0)
    expect(pose.x + offset.x).toBeCloseTo(head.x)
    expect(pose.z + offset.z).toBeCloseTo(head.z)
    expect(Math.hypot(offset.x, offset.z)).toBeCloseTo(Math.hypot(0.4, 0.2))
  })
})
