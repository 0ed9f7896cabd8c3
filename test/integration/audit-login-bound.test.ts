import { describe, expect, it, vi } from 'vitest'
import { createLoginFailureBound } from '../../src/server/storage/audit-bound'
import type { AuditRecord } from '../../src/server/storage/audit-store'
import { addTherapist, createSessionFixture } from './session-helpers'

const env = createSessionFixture('stillroom-audit-bound-')

const refuse = (name: string, i: number) =>
  env.server.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { name, password: `wrong password ${i}` },
    remoteAddress: `10.9.${Math.floor(i / 200)}.${i % 200}`,
  })

const rows = () => env.server.storage.audit!.list({ action: 'login-failed', limit: 200 }).entries

describe('refused sign-ins cannot fill the append-only log', () => {
  it('100 refusals for one account and 100 for unknown names write a handful of rows, with the count', async () => {
    const { user } = await addTherapist(env.server.storage, 'anna')
    for (let i = 0; i < 100; i++) expect((await refuse('anna', i)).statusCode).toBeGreaterThanOrEqual(400)
    for (let i = 0; i < 100; i++) expect((await refuse(`guess${i}`, 100 + i)).statusCode).toBe(401)
    // One row per account and reason (wrong password, rate limited, unknown account) while the minute runs.
    expect(rows().length).toBeLessThanOrEqual(4)
    expect(rows().every((e) => e.actor === user.id || e.actor === 'system')).toBe(true)
    // The rest are counted and written as one row each when the storage closes (or the minute ends).
    env.server.storage.audit!.flush()
    const details = rows().map((e) => e.detail)
    expect(details.length).toBeLessThanOrEqual(8)
    const counted = (re: RegExp) =>
      details.filter((d) => re.test(d)).reduce((sum, d) => sum + Number(/(\d+) more/.exec(d)?.[1] ?? 1), 0)
    expect(counted(/^unknown account/)).toBe(100)
    expect(counted(/^(wrong password|rate limited)/)).toBe(100)
    expect(details).toContain('unknown account, 99 more refused')
  })
})

describe('the bound, by the clock', () => {
  it('writes the count when the minute ends, and a new minute starts with a row at once', () => {
    vi.useFakeTimers()
    try {
      const written: AuditRecord[] = []
      let t = 0
      const bound = createLoginFailureBound(
        (e) => written.push(e),
        () => t,
      )
      const entry: AuditRecord = { actor: 'u1', action: 'login-failed', detail: 'wrong password' }
      expect(bound.admit(entry)).toBe(true)
      t = 1_000
      expect(bound.admit(entry)).toBe(false)
      expect(bound.admit(entry)).toBe(false)
      expect(bound.admit({ ...entry, detail: 'totp wrong' })).toBe(true)
      t = 60_000
      vi.advanceTimersByTime(59_000)
      expect(written.map((e) => e.detail)).toEqual(['wrong password, 2 more refused'])
      expect(bound.admit(entry)).toBe(true)
      bound.flush()
      expect(written).toHaveLength(1)
    } finally {
      vi.useRealTimers()
    }
  })
})
