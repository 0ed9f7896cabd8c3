import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import { NoteSchema, RiskAckSchema, RiskCheckCommandSchema } from '../shared/session/commands'
import { HttpError } from './errors'
import type { SessionHub } from './relay/session-hub'
import type { SessionGuards } from './session-feature'

/** What a therapist may still write into a session's record over HTTP, also after the session has ended. */
const RecordCommandSchema = z.object({
  command: z.discriminatedUnion('type', [NoteSchema, RiskAckSchema, RiskCheckCommandSchema]),
})

/**
 * `POST /api/sessions/:id/record` (`{ command }`: a note, a risk acknowledgement or a risk check). The session's
 * socket closes when it ends, but the record is not finished then: a therapist who ended the session at once must
 * still be able to record the risk check and what they did. Only the session's own therapist; the same reducer and
 * the same checks as the socket.
 */
export function registerSessionRecordRoutes(
  app: FastifyInstance,
  deps: { hub: Pick<SessionHub, 'submit'>; guards: SessionGuards },
): void {
  app.post<{ Params: { id: string } }>(
    '/api/sessions/:id/record',
    { config: { access: 'therapist' } },
    async (request) => {
      const user = await deps.guards.therapist(request)
      const session = await deps.guards.ownSession(user, request.params.id)
      const parsed = RecordCommandSchema.safeParse(request.body)
      if (!parsed.success) {
        throw new HttpError(
          400,
          'bad_command',
          'Send { "command": … } with a note, a risk acknowledgement or a risk check.',
        )
      }
      const result = await deps.hub.submit(session.id, 'therapist', parsed.data.command)
      if (!result.ok) {
        throw new HttpError(result.code === 'not-found' ? 404 : 400, result.code, result.message)
      }
      return { seq: result.seq }
    },
  )
}
