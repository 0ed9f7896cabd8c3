import { describe, expect, it } from 'vitest'
import { AiConfigError, parseAiConfig } from '../../src/server/ai/config'
import { createCostGuard, startOfLocalDay } from '../../src/server/ai/cost-guard'
import { createStorage } from '../../src/server/storage'

// The cost guard against the real audit table: session and local-day counts, calls in flight, and no race for the
// last picture.

const DAY = Date.parse('2026-11-29T15:00:00')

async function withCalls(calls: { at: number; sessionId: string; capability?: 'images' | 'speech' }[]) {
  const storage = createStorage(':memory:', { warn: () => {} })
  let n = 0
  for (const c of calls) {
    await storage.ai!.recordCall({
      id: `call-${++n}`,
      at: c.at,
      sessionId: c.sessionId,
      clientId: null,
      providerHost: 'mock',
      capability: c.capability ?? 'images',
      requestBytes: 1,
      responseBytes: 0,
      textSha256: null,
      outcome: n % 2 ? 'ok' : 'timeout',
      attempts: 1,
      durationMs: 1,
    })
  }
  return storage
}

describe('the cost guard', () => {
  it('counts every started picture call of this session, and of the local day across sessions', async () => {
    const yesterday = startOfLocalDay(DAY) - 1
    const storage = await withCalls([
      { at: DAY - 1000, sessionId: 's1' },
      { at: DAY - 2000, sessionId: 's1' },
      { at: DAY - 3000, sessionId: 's2' },
      { at: yesterday, sessionId: 's2' },
      { at: DAY, sessionId: 's1', capability: 'speech' },
    ])
    const guard = createCostGuard({ store: storage.ai!, caps: { session: 3, day: 4 }, now: () => DAY })
    expect(await guard.caps('s1')).toEqual({ session: { used: 2, cap: 3 }, day: { used: 3, cap: 4 } })
    expect(await guard.caps('s2')).toEqual({ session: { used: 2, cap: 3 }, day: { used: 3, cap: 4 } })
    expect(await guard.capNotice('s1')).toBeNull()
    expect(await guard.reserve('s1')).toBeNull()
    // The call in flight counts before the log has it.
    expect(await guard.capNotice('s1')).toBe(
      "This session's 3 cloud pictures are used; new paintings stay procedural.",
    )
    expect(await guard.capNotice('s2')).toBe(
      "Today's 4 cloud pictures are used; new paintings stay procedural.",
    )
    guard.release('s1')
    expect(await guard.capNotice('s2')).toBeNull()
    await storage.close()
  })

  it('two sessions asking for the last picture at once: exactly one gets it', async () => {
    const storage = await withCalls([])
    const guard = createCostGuard({ store: storage.ai!, caps: { session: 5, day: 1 }, now: () => DAY })
    const answers = await Promise.all([guard.reserve('a'), guard.reserve('b'), guard.reserve('c')])
    expect(answers.filter((a) => a === null)).toHaveLength(1)
    expect(
      answers.filter((a) => a === "Today's 1 cloud picture is used; new paintings stay procedural."),
    ).toHaveLength(2)
    await storage.close()
  })

  it('a cap of 0 means no cloud pictures at all', async () => {
    const storage = await withCalls([])
    const guard = createCostGuard({ store: storage.ai!, caps: { session: 0, day: 100 }, now: () => DAY })
    expect(await guard.reserve('a')).toMatch(/0 cloud pictures are used/)
    await storage.close()
  })

  it('the local day starts at local midnight', () => {
    const d = new Date(startOfLocalDay(DAY))
    expect([d.getHours(), d.getMinutes(), d.getSeconds(), d.getMilliseconds()]).toEqual([0, 0, 0, 0])
    expect(d.getDate()).toBe(new Date(DAY).getDate())
  })
})

describe('the caps and the moderation deadline in the settings', () => {
  it('default to 20 per session, 100 per day and 4 s', () => {
    const config = parseAiConfig({})
    expect(config.imageCaps).toEqual({ session: 20, day: 100 })
    expect(config.moderationDeadlineMs).toBe(4000)
    const set = parseAiConfig({ STILLROOM_IMAGE_CAP_SESSION: '5', STILLROOM_IMAGE_CAP_DAY: '0' })
    expect(set.imageCaps).toEqual({ session: 5, day: 0 })
  })

  it.each([
    ['STILLROOM_IMAGE_CAP_SESSION', 'twenty'],
    ['STILLROOM_IMAGE_CAP_SESSION', '-1'],
    ['STILLROOM_IMAGE_CAP_DAY', '2.5'],
    ['STILLROOM_IMAGE_CAP_DAY', '1000000'],
    ['STILLROOM_MODERATION_DEADLINE_MS', '5'],
  ])('refuses %s=%s with a message naming it', (name, value) => {
    expect(() => parseAiConfig({ [name]: value })).toThrow(AiConfigError)
    expect(() => parseAiConfig({ [name]: value })).toThrow(new RegExp(`${name} must be a whole number`))
  })
})
