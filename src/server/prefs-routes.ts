import type { FastifyInstance } from 'fastify'
import type { SupportedLanguage } from '../shared/safety/language'
import { PREFS_MAX_BYTES, sameVolumes } from '../shared/prefs/prefs'
import type { ClientPrefs, PrefsVolumes } from '../shared/prefs/prefs'
import { PatchClientBodySchema, PutPrefsBodySchema } from '../shared/prefs/schema'
import type { ClientDetail, DevicePrefsResponse } from '../shared/prefs/schema'
import type { SessionState } from '../shared/session/state'
import type { PublicUser } from './auth/accounts'
import type { DeviceSessionGuard } from './device-session'
import { HttpError } from './errors'
import { parseBody } from './parse-body'
import type { SessionHub } from './relay/session-hub'
import type { SessionGuards } from './session-feature'
import type { ClientRecord, SessionStore } from './storage/session-store'

export interface PrefsRoutesDeps {
  store: SessionStore
  hub: SessionHub
  guards: Pick<SessionGuards, 'therapist'>
  /** The live session of this headset's device token; ended sessions give no access to the record. */
  deviceSession: DeviceSessionGuard
  /**
   * The same for saves, which also take a change for `PREFS_SAVE_GRACE_MS` after the end: the headset flushes a
   * change made just before the end as the session ends.
   */
  deviceSessionForSave: DeviceSessionGuard
  log: (message: string, err?: unknown) => void
}

const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/
/** How long after a session's end the headset's last, debounced settings change is still saved. */
export const PREFS_SAVE_GRACE_MS = 30_000

/** The record's volumes as a session `set-sound` command, when they differ from what the session plays. */
function soundCommand(state: SessionState, volumes: PrefsVolumes) {
  const current: PrefsVolumes = { ...state.sound, layers: { ...state.sound.layers } }
  const merged: PrefsVolumes = { ...volumes, layers: { ...current.layers, ...volumes.layers } }
  if (sameVolumes(current, merged)) return null
  return {
    type: 'set-sound' as const,
    master: volumes.master,
    muted: volumes.muted,
    layers: volumes.layers,
  }
}

function detail(c: ClientRecord): ClientDetail {
  return {
    id: c.id,
    alias: c.alias,
    sudsScale: c.sudsScale,
    createdAt: c.createdAt,
    hasSafePlace: c.safePlace !== null,
    prefs: c.prefs ?? {},
  }
}

/**
 * The client's own preferences with their record: the paired headset reads and writes comfort
 * settings and volumes with its device token; the console reads them and sets the client's SUDS scale.
 */
export function registerPrefsRoutes(app: FastifyInstance, deps: PrefsRoutesDeps): void {
  const { store, hub, deviceSession, deviceSessionForSave } = deps
  const { therapist } = deps.guards
  const ownClient = async (user: PublicUser, id: string): Promise<ClientRecord> => {
    const client = ID_PATTERN.test(id) ? await store.getClient(id) : undefined
    // Another therapist's client is "not found": its existence is nobody else's business.
    if (!client || client.therapistId !== user.id)
      throw new HttpError(404, 'not_found', 'There is no such client.')
    return client
  }

  app.get(
    '/api/device/prefs',
    { config: { access: 'device' } },
    async (request): Promise<DevicePrefsResponse> => {
      const state = await deviceSession(request)
      const client = await store.getClient(state.clientId)
      if (!client) throw new HttpError(404, 'not_found', 'There is no such client.')
      return { prefs: client.prefs ?? {}, sudsScale: client.sudsScale }
    },
  )

  app.put(
    '/api/device/prefs',
    { config: { access: 'device' } },
    async (request): Promise<DevicePrefsResponse> => {
      const state = await deviceSessionForSave(request)
      if (request.body !== undefined && JSON.stringify(request.body).length > PREFS_MAX_BYTES) {
        throw new HttpError(413, 'prefs_too_large', `Settings are limited to ${PREFS_MAX_BYTES} bytes.`)
      }
      const patch: ClientPrefs = parseBody(PutPrefsBodySchema, request.body)
      const result = await store.mergeClientPrefs(state.clientId, patch)
      if (!result.ok) {
        if (result.reason === 'too-large')
          throw new HttpError(413, 'prefs_too_large', `Settings are limited to ${PREFS_MAX_BYTES} bytes.`)
        throw new HttpError(404, 'not_found', 'There is no such client.')
      }
      // The client's own volumes become the session's sound, so the console sees them and nothing fights them.
      if (patch.volumes) {
        const live = (await hub.state(state.id)) ?? state
        const command = live.phase === 'ended' ? null : soundCommand(live, patch.volumes)
        if (command) {
          const applied = await hub.submitServer(state.id, command)
          if (!applied.ok) deps.log(`prefs: session sound not updated: ${applied.message}`)
        }
      }
      const client = await store.getClient(state.clientId)
      return { prefs: result.prefs, sudsScale: client?.sudsScale ?? state.suds.scale }
    },
  )

  app.get<{ Params: { id: string } }>(
    '/api/clients/:id',
    { config: { access: 'therapist' } },
    async (request): Promise<{ client: ClientDetail }> => {
      const user = await therapist(request)
      return { client: detail(await ownClient(user, request.params.id)) }
    },
  )

  app.patch<{ Params: { id: string } }>(
    '/api/clients/:id',
    { config: { access: 'therapist' } },
    async (request): Promise<{ client: ClientDetail }> => {
      const user = await therapist(request)
      const client = await ownClient(user, request.params.id)
      const { language, ...change } = parseBody(PatchClientBodySchema, request.body)
      if (language) {
        const merged = await store.mergeClientPrefs(client.id, { language })
        if (!merged.ok) throw new HttpError(404, 'not_found', 'There is no such client.')
        await followLanguage(user.id, client.id, language)
      }
      const updated =
        change.alias !== undefined || change.sudsScale !== undefined
          ? await store.updateClient(client.id, change)
          : await store.getClient(client.id)
      if (!updated) throw new HttpError(404, 'not_found', 'There is no such client.')
      if (change.sudsScale !== undefined) await followScale(user.id, client.id, change.sudsScale)
      return { client: detail(updated) }
    },
  )

  /** A new language applies at once to the client's running sessions: their headsets change their words. */
  async function followLanguage(
    therapistId: string,
    clientId: string,
    language: SupportedLanguage,
  ): Promise<void> {
    const sessions = await store.listSessions({ therapistId, activeOnly: true })
    for (const record of sessions) {
      if (record.clientId !== clientId) continue
      const state = hub.current(record.id) ?? record.state
      if (state.phase === 'ended' || (state.language ?? 'en') === language) continue
      const r = await hub.submitServer(record.id, { type: 'set-language', language })
      if (!r.ok) deps.log(`prefs: language not applied to session ${record.id}: ${r.message}`)
    }
  }

  /** A new scale applies at once to the client's running sessions, through the one reducer (the headset follows). */
  async function followScale(therapistId: string, clientId: string, scale: 10 | 100): Promise<void> {
    const sessions = await store.listSessions({ therapistId, activeOnly: true })
    for (const record of sessions) {
      if (record.clientId !== clientId) continue
      const state = hub.current(record.id) ?? record.state
      if (state.phase === 'ended' || state.suds.scale === scale) continue
      const r = await hub.submitServer(record.id, { type: 'set-suds-scale', scale })
      if (!r.ok) deps.log(`prefs: SUDS scale not applied to session ${record.id}: ${r.message}`)
    }
  }
}
