import type Database from 'better-sqlite3'
import { AI_CAPABILITIES, AiConsentSchema } from '../../shared/privacy/ai-contract'
import type { AiCapability, AiConsent } from '../../shared/privacy/ai-contract'
import type { AuditStore } from './audit-store'

/** One outbound call in the audit log: ids, sizes, a hash and the outcome — never the text itself. */
export interface OutboundCall {
  id: string
  /** ms since the epoch */
  at: number
  sessionId: string | null
  clientId: string | null
  providerHost: string
  /** The capability, or 'health' for the cached reachability check (which sends no client data). */
  capability: AiCapability | 'health'
  requestBytes: number
  responseBytes: number
  /** SHA-256 (hex) of the redacted text (or, for transcription, of the audio) that was sent. */
  textSha256: string | null
  /** 'ok' or the failure reason. */
  outcome: string
  attempts: number
  durationMs: number
}

/** The redacted text that left the machine, kept with the client's record. */
export interface SentText {
  clientId: string
  at: number
  capability: AiCapability
  text: string
}

/** Consent, the audit log and the sent texts. Async like the other stores, so Postgres fits behind it later. */
export interface AiStore {
  /** The client's recorded consent, or null when there is none (or it no longer reads). */
  getConsent(clientId: string): Promise<AiConsent | null>
  /** Records (or with null withdraws) consent. False when there is no such client. */
  setConsent(clientId: string, consent: AiConsent | null): Promise<boolean>
  /** The agreement given on a headset used alone (by its solo device's hash), or null. */
  getSoloConsent(deviceHash: string): Promise<AiConsent | null>
  /** Records (or with null withdraws) a solo device's agreement. */
  setSoloConsent(deviceHash: string, consent: AiConsent | null): Promise<void>
  recordCall(call: OutboundCall): Promise<void>
  listCalls(filter?: { clientId?: string; sessionId?: string; limit?: number }): Promise<OutboundCall[]>
  /** How many calls of a capability were made (any outcome), for one session and/or since a time (the cost guard). */
  countCalls(filter: { capability: AiCapability; sessionId?: string; since?: number }): Promise<number>
  recordSentText(entry: SentText): Promise<void>
  listSentTexts(clientId: string, limit?: number): Promise<SentText[]>
}

type CallRow = {
  id: string
  at: number
  session_id: string | null
  client_id: string | null
  provider_host: string
  capability: string
  request_bytes: number
  response_bytes: number
  text_sha256: string | null
  outcome: string
  attempts: number
  duration_ms: number
}

const isCapability = (c: string): c is AiCapability => (AI_CAPABILITIES as readonly string[]).includes(c)
const isCallKind = (c: string): c is AiCapability | 'health' => c === 'health' || isCapability(c)

export function createAiStore(
  db: Database.Database,
  warn: (message: string) => void,
  audit?: AuditStore,
): AiStore {
  const q = {
    getConsent: db.prepare('SELECT consent_json FROM clients WHERE id = ?'),
    setConsent: db.prepare('UPDATE clients SET consent_json = ? WHERE id = ?'),
    getSoloConsent: db.prepare('SELECT consent_json FROM solo_consent WHERE device_hash = ?'),
    setSoloConsent: db.prepare(
      `INSERT INTO solo_consent (device_hash, consent_json) VALUES (?, ?)
       ON CONFLICT (device_hash) DO UPDATE SET consent_json = excluded.consent_json`,
    ),
    dropSoloConsent: db.prepare('DELETE FROM solo_consent WHERE device_hash = ?'),
    insertCall: db.prepare(
      `INSERT INTO outbound_calls (id, at, session_id, client_id, provider_host, capability, request_bytes,
         response_bytes, text_sha256, outcome, attempts, duration_ms)
       VALUES (@id, @at, @sessionId, @clientId, @providerHost, @capability, @requestBytes, @responseBytes,
         @textSha256, @outcome, @attempts, @durationMs)`,
    ),
    calls: db.prepare(
      `SELECT * FROM outbound_calls
       WHERE (@clientId IS NULL OR client_id = @clientId) AND (@sessionId IS NULL OR session_id = @sessionId)
       ORDER BY at DESC, rowid DESC LIMIT @limit`,
    ),
    countCalls: db.prepare(
      `SELECT COUNT(*) AS n FROM outbound_calls
       WHERE capability = @capability AND (@sessionId IS NULL OR session_id = @sessionId) AND at >= @since`,
    ),
    insertText: db.prepare('INSERT INTO sent_texts (client_id, at, capability, text) VALUES (?, ?, ?, ?)'),
    texts: db.prepare(
      'SELECT client_id, at, capability, text FROM sent_texts WHERE client_id = ? ORDER BY at DESC, id DESC LIMIT ?',
    ),
  }

  /** An unreadable consent is no consent: the safe reading is "stay local". */
  const readConsent = (json: string | null | undefined, whose: string): AiConsent | null => {
    if (!json) return null
    try {
      const parsed = AiConsentSchema.safeParse(JSON.parse(json))
      if (parsed.success) return parsed.data
    } catch {
      // fall through
    }
    warn(`storage: ${whose} has an unreadable AI consent; treated as none`)
    return null
  }

  return {
    async getConsent(clientId) {
      const row = q.getConsent.get(clientId) as { consent_json: string | null } | undefined
      return readConsent(row?.consent_json, `client ${clientId}`)
    },
    async setConsent(clientId, consent) {
      const json = consent ? JSON.stringify(AiConsentSchema.parse(consent)) : null
      return q.setConsent.run(json, clientId).changes > 0
    },
    async getSoloConsent(deviceHash) {
      const row = q.getSoloConsent.get(deviceHash) as { consent_json: string } | undefined
      return readConsent(row?.consent_json, 'a solo device')
    },
    async setSoloConsent(deviceHash, consent) {
      if (consent) q.setSoloConsent.run(deviceHash, JSON.stringify(AiConsentSchema.parse(consent)))
      else q.dropSoloConsent.run(deviceHash)
    },
    async recordCall(call) {
      q.insertCall.run(call)
      // The audit log gets ids and the outcome only; the store keeps client/session ids as keyed hashes.
      audit?.record({
        actor: 'system',
        action: 'outbound-call',
        ...(call.clientId ? { clientId: call.clientId } : {}),
        ...(call.sessionId ? { sessionId: call.sessionId } : {}),
        detail: `${call.capability} ${call.outcome} ${call.requestBytes} B`,
      })
    },
    async listCalls(filter = {}) {
      const rows = q.calls.all({
        clientId: filter.clientId ?? null,
        sessionId: filter.sessionId ?? null,
        limit: Math.max(1, Math.min(1000, filter.limit ?? 100)),
      }) as CallRow[]
      return rows.flatMap((r) =>
        isCallKind(r.capability)
          ? [
              {
                id: r.id,
                at: r.at,
                sessionId: r.session_id,
                clientId: r.client_id,
                providerHost: r.provider_host,
                capability: r.capability,
                requestBytes: r.request_bytes,
                responseBytes: r.response_bytes,
                textSha256: r.text_sha256,
                outcome: r.outcome,
                attempts: r.attempts,
                durationMs: r.duration_ms,
              },
            ]
          : [],
      )
    },
    async countCalls(filter) {
      const row = q.countCalls.get({
        capability: filter.capability,
        sessionId: filter.sessionId ?? null,
        since: filter.since ?? 0,
      }) as { n: number }
      return row.n
    },
    async recordSentText(entry) {
      q.insertText.run(entry.clientId, entry.at, entry.capability, entry.text)
    },
    async listSentTexts(clientId, limit = 100) {
      const rows = q.texts.all(clientId, Math.max(1, Math.min(1000, limit))) as {
        client_id: string
        at: number
        capability: string
        text: string
      }[]
      return rows.flatMap((r) =>
        isCapability(r.capability)
          ? [{ clientId: r.client_id, at: r.at, capability: r.capability, text: r.text }]
          : [],
      )
    },
  }
}
