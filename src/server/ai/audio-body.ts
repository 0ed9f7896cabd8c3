import type { FastifyInstance, FastifyRequest } from 'fastify'
import { AUDIO_TYPES, TRANSCRIBE_MAX_BYTES } from '../../shared/privacy/voice-caps'
import { HttpError } from '../errors'

export type Recording = { data: Buffer; filename: string; mime: string }

/**
 * A POST route whose body is a recording: only such a route may take audio, and more than JSON's limit, so it lives
 * in its own scope. `guard` runs before the body is read (nobody uploads two megabytes without the right to); the
 * handler gets what it returned and the recording, already checked for type and emptiness.
 */
export function registerAudioPost<G>(
  app: FastifyInstance,
  route: { path: string; access: 'key' | 'device'; guard: (request: FastifyRequest) => Promise<G> },
  handle: (guarded: G, audio: Recording) => Promise<unknown>,
): void {
  const { path, guard } = route
  void app.register(async (scope) => {
    const guarded = new WeakMap<FastifyRequest, { value: G }>()
    scope.addContentTypeParser(
      /^audio\//,
      { parseAs: 'buffer', bodyLimit: TRANSCRIBE_MAX_BYTES },
      (_request, body, done) => done(null, body),
    )
    scope.post(
      path,
      {
        bodyLimit: TRANSCRIBE_MAX_BYTES,
        config: { access: route.access },
        onRequest: async (request) => {
          guarded.set(request, { value: await guard(request) })
        },
      },
      async (request) => {
        const value = guarded.get(request)?.value ?? (await guard(request))
        const mime = String(request.headers['content-type'] ?? '')
          .split(';')[0]!
          .trim()
          .toLowerCase()
        const filename = AUDIO_TYPES[mime]
        if (!filename)
          throw new HttpError(
            415,
            'unsupported_media_type',
            'Send the recording as webm, ogg, mp4 or wav audio.',
          )
        const data = request.body
        if (!Buffer.isBuffer(data) || data.length === 0)
          throw new HttpError(400, 'empty_audio', 'The recording is empty; hold the button while you speak.')
        return handle(value, { data, filename, mime })
      },
    )
  })
}
