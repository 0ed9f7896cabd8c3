import { describe, expect, it } from 'vitest'
import { ACTION_LABELS, actorLabel, fetchAuditPage } from '../../src/console/admin/audit-api'
import { AUDIT_ACTIONS } from '../../src/shared/audit'

const answer = (status: number, body: unknown): typeof fetch =>
  (async () => new Response(JSON.stringify(body), { status })) as typeof fetch

describe('the console side of the audit log', () => {
  it('asks with the query and the access key, and keeps only well-formed rows', async () => {
    const seen: { url: string; key: string | null }[] = []
    const fetchImpl = (async (url: string, init?: RequestInit) => {
      seen.push({ url, key: new Headers(init?.headers).get('x-stillroom-key') })
      return new Response(
        JSON.stringify({
          entries: [
            { seq: 9, at: 1, actor: 'u1', actorName: 'anna', action: 'login', target: '', detail: '' },
            { seq: 8, at: 1, actor: 'u1', action: 'made-up', target: '', detail: '' },
            { seq: 'x', at: 1, action: 'login' },
          ],
          nextBefore: 8,
        }),
        { status: 200 },
      )
    }) as typeof fetch
    const r = await fetchAuditPage({ before: 20, action: 'login', limit: 25 }, { accessKey: 'k', fetchImpl })
    expect(seen).toEqual([{ url: '/api/admin/audit?before=20&action=login&limit=25', key: 'k' }])
    expect(r).toEqual({
      ok: true,
      value: {
        entries: [{ seq: 9, at: 1, actor: 'u1', actorName: 'anna', action: 'login', target: '', detail: '' }],
        nextBefore: 8,
      },
    })
  })

  it('says plainly when the account is not an admin, and when the server is away', async () => {
    const forbidden = await fetchAuditPage(
      {},
      { fetchImpl: answer(403, { error: 'forbidden', message: 'x' }) },
    )
    expect(forbidden).toMatchObject({
      ok: false,
      status: 403,
      message: expect.stringContaining('administrator'),
    })
    const away = await fetchAuditPage(
      {},
      { fetchImpl: (async () => Promise.reject(new Error('down'))) as typeof fetch },
    )
    expect(away).toMatchObject({ ok: false, status: 0, code: 'unreachable' })
  })

  it('has a label for every action and plain words for the server’s own actors', () => {
    for (const a of AUDIT_ACTIONS) expect(ACTION_LABELS[a].length).toBeGreaterThan(3)
    expect(actorLabel({ actor: 'cli', actorName: 'cli' })).toBe('Command line')
    expect(actorLabel({ actor: 'u1', actorName: 'anna' })).toBe('anna')
  })
})
