import type { ApiError } from '../shared/artwork'

/** An error that already knows the status and the words the client should see. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly error: string,
    message: string,
  ) {
    super(message)
    this.name = 'HttpError'
  }
}

// Fastify's own errors carry a code; each gets a message a person can act on.
const FASTIFY_ERRORS: Record<string, { statusCode: number; error: string; message: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: {
    statusCode: 400,
    error: 'invalid_json',
    message: 'The request body is not valid JSON.',
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    statusCode: 400,
    error: 'invalid_json',
    message: 'The request body is empty; send JSON like {"text": "…"}.',
  },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    statusCode: 415,
    error: 'unsupported_media_type',
    message: 'Send the request as application/json.',
  },
  FST_ERR_CTP_BODY_TOO_LARGE: {
    statusCode: 413,
    error: 'body_too_large',
    message: 'The request is too large.',
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    statusCode: 400,
    error: 'bad_request',
    message: 'The Content-Length does not match the body.',
  },
}

/** Turns anything thrown during a request into the status and `{error, message}` the API promises. */
export function toApiError(err: unknown): { statusCode: number; body: ApiError } {
  if (err instanceof HttpError) {
    return { statusCode: err.statusCode, body: { error: err.error, message: err.message } }
  }
  const e = (typeof err === 'object' && err !== null ? err : {}) as {
    code?: unknown
    statusCode?: unknown
    message?: unknown
  }
  const known = typeof e.code === 'string' ? FASTIFY_ERRORS[e.code] : undefined
  if (known) return { statusCode: known.statusCode, body: { error: known.error, message: known.message } }
  const statusCode =
    typeof e.statusCode === 'number' && e.statusCode >= 400 && e.statusCode < 600 ? e.statusCode : 500
  if (statusCode >= 500) {
    // Never echo internals (paths, SQL) to the client; the log has the details.
    return { statusCode, body: { error: 'internal_error', message: 'Something went wrong on the server.' } }
  }
  const message = typeof e.message === 'string' && e.message ? e.message : 'The request could not be handled.'
  return { statusCode, body: { error: 'bad_request', message } }
}
