import type { FastifyInstance, FastifyRequest } from 'fastify'
import { AI_CAPABILITIES, AI_FAILURE_REASONS } from '../../shared/privacy/ai-contract'
import type { AiCapability, AiFailureReason, AiNotice, SessionAiInfo } from '../../shared/privacy/ai-contract'
import { DEVICE_TOKEN_HEADER, LOGIN_COOKIE } from '../../shared/session/http'
import type { ArtworkImage, SessionState } from '../../shared/session/state'
import { readCookie } from '../auth/tokens'
import type { DeviceSessionGuard } from '../device-session'
import { HttpError } from '../errors'
import type { SessionGuards } from '../session-feature'
import type { AiStore } from '../storage/ai-store'
import { noticeFor } from './call-runner'
import { IMAGE_FILE_PATTERN } from './image-files'
import type { ImageFiles } from './image-files'
import type { ImageJobs } from './image-jobs'
import type { AiProvider } from './provider'

export interface SessionAiRoutesDeps {
  provider: AiProvider
  store: AiStore
  jobs: ImageJobs
  files: ImageFiles | undefined
  guards: SessionGuards
  deviceSession: DeviceSessionGuard
  /**
   * Any session's state by id (live preferred, else stored): the timeline shows a headset its client's earlier
   * sessions, and their pictures with them. Without it a headset sees only its own session's pictures.
   */
  readSession?: (sessionId: string) => Promise<SessionState | undefined>
}

const SESSION_ID = /^[A-Za-z0-9_-]{1,64}$/

type Viewer = { state: SessionState; who: 'therapist' | 'headset' | 'timeline' }

/**
 * Does this session's state name `file` as a picture this viewer may see? The therapist: any picture of the session,
 * every version's. The headset in its own session: what may hang on its wall (shown artworks, approved versions).
 * The headset's timeline (an earlier session of the same client): only the picture that hung, as the timeline shows.
 */
export function namesPicture({ state, who }: Viewer, file: string): boolean {
  const ready = (image: ArtworkImage | undefined) => image?.state === 'ready' && image.file === file
  return state.artworks.some((e) => {
    if (who !== 'therapist' && e.state !== 'approved') return false
    if (ready(e.image)) return who !== 'timeline' || e.artwork.status === 'shown'
    if (who === 'timeline') return false
    return (e.versions ?? []).some((v) => (who === 'therapist' || v.state === 'approved') && ready(v.image))
  })
}

const NOTICES_MAX = 20
const SENT_TEXTS_MAX = 50
const isReason = (o: string): o is AiFailureReason => (AI_FAILURE_REASONS as readonly string[]).includes(o)
const isCapability = (c: string): c is AiCapability => (AI_CAPABILITIES as readonly string[]).includes(c)

/**
 * The session's AI pictures (`GET /api/sessions/:id/images/:file`, for its therapist and its paired headset)
 * and the console's AI panel (`GET /api/sessions/:id/ai`).
 */
export function registerSessionAiRoutes(app: FastifyInstance, deps: SessionAiRoutesDeps): void {
  const { guards } = deps

  /**
   * Who may see this session's pictures: its therapist (login), its paired headset (device token), and that headset
   * for an earlier session of the SAME client (the walkable timeline) — never another client's.
   */
  const viewer = async (request: FastifyRequest, sessionId: string): Promise<Viewer> => {
    if (typeof request.headers[DEVICE_TOKEN_HEADER] === 'string') {
      const state = await deps.deviceSession(request)
      if (state.id === sessionId) return { state, who: 'headset' }
      const other =
        deps.readSession && SESSION_ID.test(sessionId) ? await deps.readSession(sessionId) : undefined
      // One answer for "no such session" and "another client's": the headset learns nothing about others.
      if (!other || other.clientId !== state.clientId || other.therapistId !== state.therapistId)
        throw new HttpError(403, 'forbidden', 'This headset is paired with another session.')
      return { state: other, who: 'timeline' }
    }
    if (!readCookie(request.headers.cookie, LOGIN_COOKIE))
      throw new HttpError(401, 'login_required', 'Please sign in to the console, or pair the headset.')
    const user = await guards.therapist(request)
    return { state: await guards.ownSession(user, sessionId), who: 'therapist' }
  }

  app.get<{ Params: { id: string; file: string } }>(
    '/api/sessions/:id/images/:file',
    { config: { access: ['device', 'therapist'] } },
    async (request, reply) => {
      const { id: sessionId, file } = request.params
      const seen = await viewer(request, sessionId)
      const none = new HttpError(404, 'not_found', 'There is no such picture.')
      if (!deps.files || !IMAGE_FILE_PATTERN.test(file)) throw none
      // Only a picture the session's state names is served, and a headset only what its wall or timeline shows.
      if (!namesPicture(seen, file)) throw none
      const picture = await deps.files.read(seen.state.clientId, file)
      if (!picture) throw none
      return (
        reply
          .header('content-type', picture.mime)
          // Clinic headsets are shared: a client's picture must not stay in a browser cache for the next person.
          .header('cache-control', 'private, no-store')
          .header('x-content-type-options', 'nosniff')
          .send(picture.data)
      )
    },
  )

  app.get<{ Params: { id: string } }>(
    '/api/sessions/:id/ai',
    { config: { access: 'therapist' } },
    async (request): Promise<SessionAiInfo> => {
      const state = await guards.ownSession(await guards.therapist(request), request.params.id)
      const { provider, store } = deps
      const [status, consent, images, calls, texts, allowedList] = await Promise.all([
        provider.status(),
        store.getConsent(state.clientId),
        deps.jobs.caps(state.id),
        store.listCalls({ sessionId: state.id, limit: NOTICES_MAX }),
        store.listSentTexts(state.clientId, SENT_TEXTS_MAX),
        Promise.all(AI_CAPABILITIES.map((cap) => provider.allows(state.clientId, cap))),
      ])
      const allowed = Object.fromEntries(
        AI_CAPABILITIES.map((cap, i) => [cap, allowedList[i] === true]),
      ) as Record<AiCapability, boolean>
      const notices: AiNotice[] = calls.flatMap((c) =>
        isCapability(c.capability)
          ? [
              {
                at: new Date(c.at).toISOString(),
                capability: c.capability,
                outcome: c.outcome,
                notice:
                  c.outcome === 'ok' ? null : isReason(c.outcome) ? noticeFor(c.outcome, c.capability) : null,
              },
            ]
          : [],
      )
      return {
        status,
        consent,
        allowed,
        images,
        notices,
        sentTexts: texts.map((t) => ({
          at: new Date(t.at).toISOString(),
          capability: t.capability,
          text: t.text,
        })),
      }
    },
  )
}
