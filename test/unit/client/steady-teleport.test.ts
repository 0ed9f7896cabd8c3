import * as THREE from 'three'
import { describe, expect, it } from 'vitest'
import { arcStep } from '../../../src/client/steady-teleport'

describe('the teleport arc easing', () => {
  it('moves part of the way in a short frame and lands on the aim in a long one, never past it', () => {
    expect(arcStep(14)).toBeCloseTo(0.14)
    expect(arcStep(100)).toBe(1)
    expect(arcStep(1200)).toBe(1)
    expect(arcStep(-5)).toBe(0)
  })

  it('keeps the arc on a still aim through slow frames (the unclamped easing swings off it)', () => {
    const aim = new THREE.Quaternion().setFromEuler(new THREE.Euler(-0.5, 0, 0, 'YXZ'))
    const steady = new THREE.Quaternion()
    const unclamped = new THREE.Quaternion()
    for (let i = 0; i < 8; i++) {
      steady.slerp(aim, arcStep(300))
      unclamped.slerp(aim, 300 / 100)
    }
    expect(steady.angleTo(aim)).toBeLessThan(1e-6)
    expect(unclamped.angleTo(aim)).toBeGreaterThan(0.1)
  })
})
