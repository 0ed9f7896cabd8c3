import { describe, expect, it } from 'vitest'
import { endedAt, openForSaves } from '../../src/shared/session/queries'
import { applyCommand } from '../../src/shared/session/reducer'
import { createSessionState } from '../../src/shared/session/state'

const T0 = 1_700_000_000_000
const fresh = () =>
  createSessionState({ id: 's1', clientId: 'c1', clientAlias: 'River', therapistId: 'u1', now: T0 })

describe('endedAt / openForSaves', () => {
  it('a running session has no end and is open for saves', () => {
    const s = fresh()
    expect(endedAt(s)).toBeNull()
    expect(openForSaves(s, T0 + 10 * 3600_000, 30_000)).toBe(true)
  })

  it('an ended session takes saves only within the grace after its end marker', () => {
    const ended = applyCommand(fresh(), { type: 'end' }, T0 + 60_000)
    expect(endedAt(ended)).toBe(T0 + 60_000)
    expect(openForSaves(ended, T0 + 60_000 + 29_000, 30_000)).toBe(true)
    expect(openForSaves(ended, T0 + 60_000 + 31_000, 30_000)).toBe(false)
    expect(openForSaves(ended, T0 + 60_000, 0)).toBe(true)
    expect(openForSaves(ended, T0 + 60_001, 0)).toBe(false)
  })

  it('an ended row without its end marker falls back to the last event, then the start', () => {
    const ended = applyCommand(fresh(), { type: 'end' }, T0 + 5_000)
    expect(endedAt({ ...ended, events: [] })).toBe(T0)
    expect(endedAt({ ...ended, events: [{ at: T0 + 2_000, kind: 'note', label: 'x' }] })).toBe(T0 + 2_000)
  })
})
