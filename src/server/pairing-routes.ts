import type { Clock } from '../shared/clock'
import crypto from 'node:crypto'
import type { FastifyInstance, FastifyReply } from 'fastify'
import { DEVICE_TOKEN_HEADER, ForgetBodySchema, PairBodySchema } from '../shared/session/http'
import type { PairingCodeInfo, PairResponse } from '../shared/session/http'
import {
  PAIRING_ATTEMPTS_PER_MINUTE,
  PAIRING_CODE_TTL_MS,
  createPairingCode,
  isPairingCode,
  normalizePairingCode,
} from '../shared/session/pairing'
import { createPairingGuard } from './auth/pairing-guard'
import { limitKey } from './client-address'
import type { PairingRefusal } from './auth/pairing-guard'
import { createToken, hashToken } from './auth/tokens'
import { HttpError } from './errors'
import { parseBody } from './parse-body'
import type { SessionHub } from './relay/session-hub'
import type { SessionSockets } from './relay/socket-server'
import type { PairingOptions, SessionGuards } from './session-feature'
import type { SessionStore } from './storage/session-store'

export interface PairingCodesDeps {
  store: Pick<SessionStore, 'insertPairingCode'>
  now: Clock
  /** Makes a new pairing code (tests pass a predictable one). @default random from crypto.randomInt */
  draw?: (() => string) | undefined
}

/** A session's pairing codes: the console asks for one, and a new session starts with its first. */
export interface PairingCodes {
  newCode(sessionId: string): Promise<PairingCodeInfo>
}

export interface PairingRoutesDeps extends Omit<PairingOptions, 'pairingCode'> {
  store: SessionStore
  hub: SessionHub
  sockets: Pick<SessionSockets, 'closeDevice'>
  guards: SessionGuards
  codes: PairingCodes
  now: Clock
}

/** A cooling-off for an address over its own quota. */
const COOL_OFF_MS = 5 * 60 * 1000
/** How long pairing stays closed after too many wrong codes: long enough to spoil a guessing run, short for a clinic. */
const PAUSE_MS = 2 * 60 * 1000
/** Draws of a new code before giving up; one collision in 148 million codes is already rare. */
const CODE_DRAWS = 10

/** Draws codes until one is free: a code equal to another session's live one would unpair that session's code. */
export function createPairingCodes(deps: PairingCodesDeps): PairingCodes {
  const draw = deps.draw ?? (() => createPairingCode((n) => crypto.randomInt(n)))
  return {
    async newCode(sessionId) {
      const t = deps.now()
      for (let i = 0; i < CODE_DRAWS; i++) {
        const code = draw()
        if (await deps.store.insertPairingCode(code, sessionId, t, t - PAIRING_CODE_TTL_MS))
          return { code, expiresAt: new Date(t + PAIRING_CODE_TTL_MS).toISOString() }
      }
      throw new HttpError(503, 'no_code', 'No pairing code could be made just now. Please ask for a new one.')
    },
  }
}

/** New codes for a session (console), pairing with a code and forgetting a headset. */
export function registerPairingRoutes(app: FastifyInstance, deps: PairingRoutesDeps): void {
  const guard = createPairingGuard(
    {
      perAddressPerMinute: deps.pairAttemptsPerMinute ?? PAIRING_ATTEMPTS_PER_MINUTE,
      addressCoolOffMs: COOL_OFF_MS,
      missesPerMinute: deps.pairMissesPerMinute ?? 30,
      pauseMs: PAUSE_MS,
    },
    deps.now,
  )
  const refuse = (reply: FastifyReply, refusal: PairingRefusal): never => {
    reply.header('retry-after', String(refusal.waitSeconds))
    throw new HttpError(429, refusal.reason === 'paused' ? 'pairing_paused' : 'rate_limited', refusal.message)
  }

  app.post<{ Params: { id: string } }>(
    '/api/sessions/:id/pairing-code',
    { config: { access: 'therapist' } },
    async (request) => {
      const user = await deps.guards.therapist(request)
      const state = await deps.guards.ownSession(user, request.params.id)
      if (state.phase === 'ended') throw new HttpError(409, 'session_ended', 'This session has ended.')
      return { pairingCode: await deps.codes.newCode(state.id) }
    },
  )

  app.post('/api/pair', { config: { access: 'key' } }, async (request, reply): Promise<PairResponse> => {
    const refused = guard.admit(limitKey(request.ip))
    if (refused) return refuse(reply, refused)
    const code = normalizePairingCode(parseBody(PairBodySchema, request.body).code)
    const t = deps.now()
    const sessionId = isPairingCode(code)
      ? await deps.store.consumePairingCode(code, t - PAIRING_CODE_TTL_MS, t)
      : undefined
    const state = sessionId ? await deps.hub.state(sessionId) : undefined
    if (!state || state.phase === 'ended') {
      const paused = guard.miss()
      if (paused) {
        // Whatever was guessed so far becomes worthless; therapists give out new codes from the console.
        const voided = await deps.store.deleteUnusedPairingCodes()
        app.log.warn(
          { voided: voided.length },
          'too many wrong pairing codes: every open code voided, pairing paused',
        )
        const until = deps.now() + paused.waitSeconds * 1000
        for (const sessionId of voided) deps.hub.pairingVoided(sessionId, until)
        return refuse(reply, paused)
      }
      throw new HttpError(
        404,
        'bad_code',
        'That code did not work. Check it, or ask your therapist for a new one.',
      )
    }
    const deviceToken = createToken()
    await deps.store.insertDeviceToken(hashToken(deviceToken), state.id, t)
    if (state.phase === 'waiting') await deps.hub.submitServer(state.id, { type: 'headset-paired' })
    return { sessionId: state.id, deviceToken }
  })

  app.post('/api/device/forget', { config: { access: 'device' } }, async (request) => {
    const header = request.headers[DEVICE_TOKEN_HEADER]
    const fromBody =
      request.body === undefined ? undefined : parseBody(ForgetBodySchema, request.body).deviceToken
    const token = typeof header === 'string' ? header : fromBody
    if (!token) throw new HttpError(400, 'invalid_body', `Send the device token in ${DEVICE_TOKEN_HEADER}.`)
    await deps.store.revokeDeviceToken(hashToken(token), deps.now())
    // Its open socket goes too, or the forgotten headset would keep its place in the session until it dropped.
    deps.sockets.closeDevice(token)
    return { ok: true }
  })
}
