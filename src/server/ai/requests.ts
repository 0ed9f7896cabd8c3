import type OpenAI from 'openai'
import { toFile } from 'openai'
import { zodResponseFormat } from 'openai/helpers/zod'
import { SceneSpecSchema } from '../../shared/spec'
import type { SceneSpec } from '../../shared/spec'
import type { SupportedLanguage } from '../../shared/safety/language'
import { BadResponseError } from './call-runner'
import type { AiConfig } from './config'
import { detectImage } from './media'
import { REFINE_SYSTEM_PROMPT, RefinementSchema, speechInstructions } from './prompts'

// One request per capability, through the official SDK. Each checks the answer's shape and throws
// BadResponseError when it cannot be used; retries, deadlines and the privacy gate live in the provider.

type Sent<T> = Promise<{ value: T; responseBytes: number }>
const once = (signal: AbortSignal, timeout?: number) => ({
  signal,
  maxRetries: 0,
  ...(timeout ? { timeout } : {}),
})
const isGptImage = (model: string) => /^gpt-image/i.test(model)

export async function requestImage(
  c: OpenAI,
  config: AiConfig,
  prompt: string,
  signal: AbortSignal,
): Sent<{ data: Buffer; mime: 'image/png' | 'image/jpeg' | 'image/webp'; prompt: string }> {
  const model = config.models.images
  const res = await c.images.generate(
    {
      model,
      prompt,
      n: 1,
      size: isGptImage(model) ? '1536x1024' : '1024x1024',
      // gpt-image models always answer in base64 and refuse the parameter; others need it.
      ...(isGptImage(model) ? {} : { response_format: 'b64_json' as const }),
    },
    once(signal, config.timeouts.imagesMs),
  )
  const b64 = res?.data?.[0]?.b64_json
  if (typeof b64 !== 'string' || b64.length === 0) throw new BadResponseError('no image in the answer')
  const data = Buffer.from(b64, 'base64')
  const mime = detectImage(data)
  if (!mime) throw new BadResponseError('the answer is not an image')
  return { value: { data, mime, prompt }, responseBytes: b64.length }
}

export async function requestRefinement(
  c: OpenAI,
  config: AiConfig,
  message: string,
  spec: SceneSpec,
  signal: AbortSignal,
): Sent<SceneSpec> {
  const completion = await c.chat.completions.parse(
    {
      model: config.models.text,
      messages: [
        { role: 'system', content: REFINE_SYSTEM_PROMPT },
        { role: 'user', content: message },
      ],
      response_format: zodResponseFormat(RefinementSchema, 'scene'),
    },
    once(signal),
  )
  const choice = completion?.choices?.[0]
  const parsed = choice?.message?.parsed
  if (!parsed) throw new BadResponseError('no structured answer')
  // The local safety screen and language always win: the model may add detail, never clear a hold.
  const merged = SceneSpecSchema.safeParse({
    ...spec,
    ...parsed,
    safety: spec.safety,
    language: spec.language,
  })
  if (!merged.success) throw new BadResponseError('the refined scene does not validate')
  return { value: merged.data, responseBytes: Buffer.byteLength(choice?.message?.content ?? '') }
}

export async function requestModeration(
  c: OpenAI,
  config: AiConfig,
  input: string,
  signal: AbortSignal,
): Sent<{ flagged: boolean; categories: string[] }> {
  const res = await c.moderations.create({ model: config.models.moderation, input }, once(signal))
  const result = res?.results?.[0]
  if (!result || typeof result.flagged !== 'boolean') throw new BadResponseError('no moderation result')
  const categories = Object.entries(result.categories ?? {})
    .filter(([, v]) => v === true)
    .map(([k]) => k)
  return { value: { flagged: result.flagged, categories }, responseBytes: JSON.stringify(res).length }
}

export async function requestSpeech(
  c: OpenAI,
  config: AiConfig,
  input: string,
  signal: AbortSignal,
  lang?: SupportedLanguage,
): Sent<Buffer> {
  const res = await c.audio.speech.create(
    {
      model: config.models.speech,
      voice: config.voice,
      ...(config.voiceSpeed !== undefined ? { speed: config.voiceSpeed } : {}),
      input,
      response_format: 'mp3',
      ...(/^gpt-4o/.test(config.models.speech) ? { instructions: speechInstructions(lang) } : {}),
    },
    once(signal),
  )
  const type = res.headers.get('content-type') ?? ''
  // An error page or JSON with status 200 is not a voice; never hand it to the audio layer.
  if (type && !/^audio\/|^application\/octet-stream/i.test(type)) throw new BadResponseError('not audio')
  const audio = Buffer.from(await res.arrayBuffer())
  if (audio.length < 16) throw new BadResponseError('empty audio')
  return { value: audio, responseBytes: audio.length }
}

export async function requestTranscript(
  c: OpenAI,
  config: AiConfig,
  audio: { data: Buffer; filename: string; mime: string },
  signal: AbortSignal,
  lang?: SupportedLanguage,
): Sent<{ text: string }> {
  const file = await toFile(audio.data, audio.filename, { type: audio.mime })
  // Told the client's language, the model writes their words in it instead of guessing (or translating).
  const res = await c.audio.transcriptions.create(
    {
      model: config.models.transcription,
      file,
      response_format: 'json',
      ...(lang ? { language: lang } : {}),
    },
    once(signal),
  )
  const text = (res as { text?: unknown } | undefined)?.text
  if (typeof text !== 'string') throw new BadResponseError('no transcript')
  return { value: { text: text.trim() }, responseBytes: Buffer.byteLength(text) }
}
