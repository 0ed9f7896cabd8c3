import { CreateArtworkBodySchema } from '../shared/artwork'
import { TEXT_MAX_CHARS } from '../shared/spec'

export type TextCheck =
  { ok: true; text: string } | { ok: false; statusCode: 400 | 413; error: string; message: string }

// C0 controls except tab and newline (\r is folded into \n first), DEL, and C1 controls. These never come
// from a keyboard; they mean binary data or a broken client, and would corrupt the placard.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/
// A lone surrogate cannot be stored as UTF-8; JSON escapes ("\ud800") can smuggle one in.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/
// U+FFFD and non-characters appear when bytes were decoded wrongly somewhere along the way.
const DAMAGED = /[\ufffd\ufffe\uffff]/

/**
 * Checks the body of `POST /api/artworks` and returns the client's words, trimmed, with line endings
 * normalised. HTML is deliberately left alone: it is stored as plain text and the app renders it as text.
 */
export function checkArtworkBody(body: unknown): TextCheck {
  const parsed = CreateArtworkBodySchema.safeParse(body)
  if (!parsed.success) {
    const tooLong = parsed.error.issues.some((issue) => issue.code === 'too_big')
    if (tooLong) return tooLongError()
    return bad('invalid_body', 'Send JSON like {"text": "a quiet beach at sunset"}.')
  }
  const text = parsed.data.text.replace(/\r\n?/g, '\n').trim()
  if (text.length === 0) return bad('empty_text', 'Please describe a place or a feeling first.')
  if (text.length > TEXT_MAX_CHARS) return tooLongError()
  if (CONTROL.test(text)) return bad('invalid_text', 'The text contains control characters or binary data.')
  if (LONE_SURROGATE.test(text) || DAMAGED.test(text)) {
    return bad('invalid_text', 'The text is not valid UTF-8 (it looks damaged or binary).')
  }
  return { ok: true, text }
}

function tooLongError(): TextCheck {
  return {
    ok: false,
    statusCode: 413,
    error: 'text_too_long',
    message: `Please keep the description under ${TEXT_MAX_CHARS} characters.`,
  }
}

function bad(error: string, message: string): TextCheck {
  return { ok: false, statusCode: 400, error, message }
}
