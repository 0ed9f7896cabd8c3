import Database from 'better-sqlite3'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { parseAiConfig } from '../../src/server/ai/config'
import { createStorage } from '../../src/server/storage'
import type { Storage } from '../../src/server/storage'
import { AI_CAPABILITIES } from '../../src/shared/privacy/ai-contract'
import { REDACT_CASES } from '../unit/redact-table'
import {
  FAST,
  TEST_KEY,
  aiConfig,
  aiStorage,
  callFor,
  consentTo,
  createAiProvider,
} from '../support/ai-fixtures'
import { startMockOpenAI } from '../support/mock-openai'
import type { MockOpenAI } from '../support/mock-openai'
import { makeTempDir } from './helpers'

// What must never leave: anything in local mode, anything without consent, any personal detail.

let mock: MockOpenAI
let storage: Storage
let clientId: string

beforeAll(async () => {
  mock = await startMockOpenAI()
})
afterAll(async () => {
  await mock.close()
})
beforeEach(async () => {
  mock.reset()
  ;({ storage, clientId } = await aiStorage())
})
afterEach(async () => {
  await storage.close()
})

describe('the privacy gate', () => {
  it('local mode makes zero calls, even with a key, a base URL and consent', async () => {
    await consentTo(storage, clientId)
    const config = parseAiConfig({ OPENAI_API_KEY: TEST_KEY, OPENAI_BASE_URL: mock.baseURL }, FAST)
    expect(config.mode).toBe('local')
    const ai = createAiProvider({ config, store: storage.ai! })
    for (const cap of AI_CAPABILITIES) {
      expect(await callFor(ai, cap, clientId)).toMatchObject({ ok: false, reason: 'local' })
    }
    const status = await ai.status()
    expect(status.mode).toBe('local')
    expect(Object.values(status.capabilities)).toEqual(Array(5).fill('off'))
    expect(mock.requests).toHaveLength(0)
    expect(await storage.ai!.listCalls()).toHaveLength(0)
    expect(await storage.ai!.listSentTexts(clientId)).toHaveLength(0)
  })

  it('cloud mode without recorded consent makes zero calls and says why', async () => {
    const ai = createAiProvider({ config: aiConfig(mock.baseURL), store: storage.ai! })
    for (const cap of AI_CAPABILITIES) {
      const r = await callFor(ai, cap, clientId)
      expect(r).toMatchObject({ ok: false, reason: 'local' })
      expect(!r.ok && r.notice).toMatch(/not agreed/)
    }
    expect(mock.count()).toBe(0)
  })

  it('consent covers only what it names; withdrawing it stops calls at once (cache included)', async () => {
    await consentTo(storage, clientId, ['images', 'speech'])
    const ai = createAiProvider({ config: aiConfig(mock.baseURL), store: storage.ai! })
    expect((await callFor(ai, 'images', clientId)).ok).toBe(true)
    expect((await callFor(ai, 'speech', clientId)).ok).toBe(true)
    expect(await callFor(ai, 'text', clientId)).toMatchObject({ ok: false, reason: 'local' })
    expect(mock.count('chat')).toBe(0)
    await storage.ai!.setConsent(clientId, null)
    expect(await callFor(ai, 'images', clientId)).toMatchObject({ ok: false, reason: 'local' })
    expect(await callFor(ai, 'speech', clientId)).toMatchObject({ ok: false, reason: 'local' })
    expect(mock.count()).toBe(2)
  })

  it('an unknown client has no consent', async () => {
    const ai = createAiProvider({ config: aiConfig(mock.baseURL), store: storage.ai! })
    expect(await callFor(ai, 'images', 'nobody')).toMatchObject({ ok: false, reason: 'local' })
    expect(mock.count()).toBe(0)
  })
})

describe('the privacy guard', () => {
  it('the mock never receives a personal detail from the redaction table, on any text path', async () => {
    await consentTo(storage, clientId)
    const ai = createAiProvider({ config: aiConfig(mock.baseURL), store: storage.ai! })
    const cases = REDACT_CASES.filter((c) => c.gone.length > 0)
    expect(cases.length).toBeGreaterThanOrEqual(30)
    for (const c of cases) {
      for (const cap of ['images', 'text', 'moderation', 'speech'] as const) {
        expect((await callFor(ai, cap, clientId, c.text)).ok).toBe(true)
      }
    }
    expect(mock.count()).toBe(cases.length * 4)
    const bodies = mock.requests.map((r) => r.body).join('\n')
    for (const c of cases)
      for (const g of c.gone) expect(bodies, `"${g}" reached the provider`).not.toContain(g)
    // The scene itself did go (the guard removes people, not places).
    expect(bodies).toContain('by the river')
    // The audit log holds no client text; the sent texts (already redacted) stay with the client's record.
    // (ids, hashes, times, sizes and the host are random or numeric; every other field is checked for text)
    const audit = JSON.stringify(
      (await storage.ai!.listCalls({ limit: 1000 })).map((c) => [
        c.sessionId,
        c.clientId,
        c.capability,
        c.outcome,
      ]),
    )
    for (const c of cases) for (const g of c.gone) expect(audit).not.toContain(g)
    expect(audit).not.toContain('by the river')
    const sent = await storage.ai!.listSentTexts(clientId, 1000)
    expect(sent).toHaveLength(cases.length * 4)
    const sentText = sent.map((t) => t.text).join('\n')
    for (const c of cases) for (const g of c.gone) expect(sentText).not.toContain(g)
    expect(sentText).toContain('by the river')
  })

  it('erasing the client erases the texts that were sent for them', async () => {
    const tmp = makeTempDir()
    try {
      const file = `${tmp.dir}/stillroom.db`
      const disk = createStorage(file, { warn: () => {} })
      const { storage: _unused, ...ids } = { storage, clientId }
      await disk.sessions!.insertUser({
        id: 't',
        name: 't',
        role: 'therapist',
        passwordHash: 'x',
        totpSecret: null,
        totpLastStep: null,
        createdAt: new Date().toISOString(),
      })
      await disk.sessions!.insertClient({
        id: ids.clientId,
        therapistId: 't',
        alias: 'A',
        sudsScale: 10,
        safePlace: null,
        createdAt: new Date().toISOString(),
      })
      await consentTo(disk, ids.clientId)
      const ai = createAiProvider({ config: aiConfig(mock.baseURL), store: disk.ai! })
      await callFor(ai, 'moderation', ids.clientId, 'a calm lake')
      expect(await disk.ai!.listSentTexts(ids.clientId)).toHaveLength(1)
      await disk.close()
      const db = new Database(file)
      db.pragma('foreign_keys = ON')
      db.prepare('DELETE FROM clients WHERE id = ?').run(ids.clientId)
      expect((db.prepare('SELECT COUNT(*) AS n FROM sent_texts').get() as { n: number }).n).toBe(0)
      // The audit log keeps only ids, sizes and hashes, so it may stay.
      expect((db.prepare('SELECT COUNT(*) AS n FROM outbound_calls').get() as { n: number }).n).toBe(1)
      db.close()
    } finally {
      tmp.cleanup()
    }
  })
})
