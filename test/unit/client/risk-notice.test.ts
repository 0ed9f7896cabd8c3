import { afterEach, describe, expect, it, vi } from 'vitest'
import { createStore } from 'zustand/vanilla'
import {
  CRISIS_TEXT_AFTER_MS,
  noticeChangesIn,
  riskNotice,
  type RiskNotice,
} from '../../../src/client/risk/risk-notice'
import { watchRiskNotice } from '../../../src/client/risk/risk-notice-watch'

const raised = (at: number, acknowledgedAt: number | null = null) => ({ at, acknowledgedAt })

describe('riskNotice', () => {
  it('shows nothing without a raise still waiting for the therapist', () => {
    expect(riskNotice(undefined, 5000).kind).toBe('none')
    expect(riskNotice([], 5000).kind).toBe('none')
    expect(riskNotice([raised(1000, 2000)], 5000).kind).toBe('none')
  })

  it('shows the gentle message at once, and the crisis text after two minutes of waiting', () => {
    const risks = [raised(10_000)]
    expect(riskNotice(risks, 10_000)).toEqual({
      kind: 'gentle',
      since: 10_000,
      crisisAt: 10_000 + CRISIS_TEXT_AFTER_MS,
    })
    expect(riskNotice(risks, 10_000 + CRISIS_TEXT_AFTER_MS - 1).kind).toBe('gentle')
    expect(riskNotice(risks, 10_000 + CRISIS_TEXT_AFTER_MS).kind).toBe('crisis')
  })

  it('counts from the oldest raise still waiting, not the newest', () => {
    const risks = [raised(1000, 1500), raised(20_000), raised(90_000)]
    const n = riskNotice(risks, 20_000 + CRISIS_TEXT_AFTER_MS)
    expect(n).toMatchObject({ kind: 'crisis', since: 20_000 })
  })

  it('knows when time alone will change it', () => {
    const gentle = riskNotice([raised(0)], 30_000)
    expect(noticeChangesIn(gentle, 30_000)).toBe(CRISIS_TEXT_AFTER_MS - 30_000)
    expect(noticeChangesIn(riskNotice([raised(0)], CRISIS_TEXT_AFTER_MS), CRISIS_TEXT_AFTER_MS)).toBeNull()
    expect(noticeChangesIn(riskNotice([], 0), 0)).toBeNull()
  })
})

describe('watchRiskNotice', () => {
  afterEach(() => void vi.useRealTimers())

  type Risks = { at: number; acknowledgedAt: number | null }[]
  function session(risks: Risks | undefined, offset = 0) {
    const view = createStore<{ state: { risks?: Risks } | null }>()(() => ({
      state: risks ? { risks } : null,
    }))
    return { view, serverNow: () => Date.now() + offset }
  }

  it('follows raises and acknowledgements, and brings the crisis text when two minutes pass', () => {
    vi.useFakeTimers({ now: 1_000_000 })
    // The server's clock runs 5 s ahead of this device's.
    const s = session([], 5000)
    const seen: RiskNotice['kind'][] = []
    const stop = watchRiskNotice(s, (n) => seen.push(n.kind))
    expect(seen).toEqual(['none'])
    s.view.setState({ state: { risks: [raised(1_005_000)] } })
    expect(seen).toEqual(['none', 'gentle'])
    vi.advanceTimersByTime(CRISIS_TEXT_AFTER_MS - 1000)
    expect(seen).toEqual(['none', 'gentle'])
    vi.advanceTimersByTime(1100)
    expect(seen).toEqual(['none', 'gentle', 'crisis'])
    // The therapist acknowledges: the notice goes.
    s.view.setState({ state: { risks: [raised(1_005_000, 1_200_000)] } })
    expect(seen).toEqual(['none', 'gentle', 'crisis', 'none'])
    stop()
  })

  it('stops its timer and its subscription when stopped', () => {
    vi.useFakeTimers({ now: 0 })
    const s = session([raised(0)])
    const seen: string[] = []
    const stop = watchRiskNotice(s, (n) => seen.push(n.kind))
    stop()
    vi.advanceTimersByTime(CRISIS_TEXT_AFTER_MS * 2)
    s.view.setState({ state: { risks: [] } })
    expect(seen).toEqual(['gentle'])
  })

  it('tells only changes the client would see', () => {
    vi.useFakeTimers({ now: 0 })
    const s = session([raised(0)])
    const seen: string[] = []
    watchRiskNotice(s, (n) => seen.push(n.kind))
    // A second raise while the client already waits: same notice, same clock.
    s.view.setState({ state: { risks: [raised(0), raised(10)] } })
    expect(seen).toEqual(['gentle'])
  })
})
