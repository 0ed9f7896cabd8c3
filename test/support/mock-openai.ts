import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { PNG } from 'pngjs'
import { encodeWav } from '../../src/audio/wav'

/**
 * A real HTTP server on 127.0.0.1 that speaks the OpenAI API shapes Stillroom uses (images, chat completions,
 * moderations, speech, transcriptions, models), so the REAL `openai` SDK can be tested against it. It counts
 * calls, records every body, and plays scripted faults per endpoint.
 */

export type MockEndpoint = 'models' | 'images' | 'chat' | 'moderations' | 'speech' | 'transcriptions'

export type MockFault =
  | { kind: 'ok' }
  /** Wait, then answer normally. */
  | { kind: 'delay'; ms: number }
  /** An error status with OpenAI's error body; `retryAfterMs` sets `retry-after-ms`. */
  | { kind: 'status'; status: number; message?: string; retryAfterMs?: number }
  | { kind: 'malformed' }
  | { kind: 'empty' }
  /** A valid answer, one byte every `intervalMs`. */
  | { kind: 'trickle'; intervalMs: number }
  /** A 200 whose JSON has the wrong shape (e.g. no image). */
  | { kind: 'wrong-shape' }
  /** A redirect elsewhere (clinic mode must not follow it). */
  | { kind: 'redirect'; status: 301 | 302 | 307 | 308; location: string }

export interface RecordedRequest {
  endpoint: MockEndpoint | 'unknown'
  method: string
  path: string
  authorization: string | undefined
  /** The raw body as latin1 text (multipart audio included). */
  body: string
}

export interface MockOpenAI {
  baseURL: string
  requests: RecordedRequest[]
  /** Requests to one endpoint, or to the five call endpoints (models excluded) when omitted. */
  count(endpoint?: MockEndpoint): number
  /** The next requests to `endpoint` get these faults, in order; then normal answers. */
  script(endpoint: MockEndpoint, ...faults: MockFault[]): void
  /** What the chat endpoint answers as the message content (a JSON string by default). */
  chatContent: string
  /** Models the models endpoint lists. */
  models: string[]
  /** The picture the images endpoint answers with. @default TINY_PNG */
  image: Buffer
  /** Every images answer waits this long first (a slow provider for benches and browser tests). @default 0 */
  imageDelayMs: number
  /**
   * What the speech endpoint answers (its content type follows the bytes: RIFF → audio/wav, else audio/mpeg).
   * @default FAKE_MP3 (undecodable: the browser falls back to the device voice); `toneWav()` is real audio.
   */
  speechAudio: Buffer
  /** What the transcriptions endpoint hears. @default 'a quiet beach at sunset' */
  transcript: string
  reset(): void
  close(): Promise<void>
}

const DEFAULT_TRANSCRIPT = 'a quiet beach at sunset'

/** A 1×1 PNG: enough for the provider to recognise an image. */
export const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
)
/**
 * A 128×128 PNG with a soft teal → gold diagonal gradient: a picture no procedural painting makes, so a browser test
 * or a screenshot can tell the AI picture from the painting.
 */
export function gradientPng(size = 128): Buffer {
  const png = new PNG({ width: size, height: size })
  const teal = [38, 128, 128]
  const gold = [224, 184, 92]
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const t = (x + y) / (2 * (size - 1))
      const i = (y * size + x) * 4
      for (let c = 0; c < 3; c++) png.data[i + c] = Math.round(teal[c]! + (gold[c]! - teal[c]!) * t)
      png.data[i + 3] = 255
    }
  }
  return PNG.sync.write(png)
}

/** A few bytes that start like an MP3 frame. */
export const FAKE_MP3 = Buffer.concat([Buffer.from([0xff, 0xfb, 0x90, 0x64]), Buffer.alloc(400, 0x55)])

/**
 * A short, soft, decodable "spoken line" for browser tests: a 220 Hz tone (PCM16 mono WAV, 24 kHz like OpenAI's
 * wav voice) with gentle fades, so the AI voice can really play in a page without a binary fixture.
 */
export function toneWav(
  options: { seconds?: number; hz?: number; level?: number; sampleRate?: number } = {},
): Buffer {
  const { seconds = 0.6, hz = 220, level = 0.3, sampleRate = 24_000 } = options
  const n = Math.round(seconds * sampleRate)
  const fade = Math.min(Math.round(0.08 * sampleRate), Math.floor(n / 2))
  const data = new Float32Array(n)
  for (let i = 0; i < n; i++) {
    const edge = Math.min(1, i / fade, (n - 1 - i) / fade)
    data[i] = level * edge * Math.sin((2 * Math.PI * hz * i) / sampleRate)
  }
  return Buffer.from(encodeWav([data], sampleRate))
}

/** The audio content type of some bytes, by their magic (what a speech answer really is). */
export const audioTypeOf = (data: Buffer): string =>
  data.subarray(0, 4).toString('latin1') === 'RIFF' ? 'audio/wav' : 'audio/mpeg'

export const DEFAULT_REFINEMENT = {
  biome: 'beach',
  timeOfDay: 'golden-hour',
  weather: 'clear',
  palette: ['#f4d6a0', '#e79a6b', '#5b8fb9', '#2f4f6f'],
  mood: { valence: 0.8, arousal: -0.6 },
  motifs: ['slow waves', 'warm sand', 'gulls far away'],
  title: 'Evening tide',
}

const ENDPOINTS: Record<string, MockEndpoint> = {
  'GET /v1/models': 'models',
  'POST /v1/images/generations': 'images',
  'POST /v1/chat/completions': 'chat',
  'POST /v1/moderations': 'moderations',
  'POST /v1/audio/speech': 'speech',
  'POST /v1/audio/transcriptions': 'transcriptions',
}

export async function startMockOpenAI(): Promise<MockOpenAI> {
  const requests: RecordedRequest[] = []
  const scripts = new Map<MockEndpoint, MockFault[]>()
  const timers = new Set<NodeJS.Timeout>()
  const state = {
    chatContent: JSON.stringify(DEFAULT_REFINEMENT),
    models: [] as string[],
    image: TINY_PNG as Buffer,
    imageDelayMs: 0,
    speechAudio: FAKE_MP3 as Buffer,
    transcript: DEFAULT_TRANSCRIPT,
  }

  const answer = (endpoint: MockEndpoint, body: string): { type: string; data: Buffer } => {
    const json = (v: unknown) => ({ type: 'application/json', data: Buffer.from(JSON.stringify(v)) })
    const created = Math.floor(Date.now() / 1000)
    switch (endpoint) {
      case 'models':
        return json({
          object: 'list',
          data: state.models.map((id) => ({ id, object: 'model', created, owned_by: 'mock' })),
        })
      case 'images':
        return json({ created, data: [{ b64_json: state.image.toString('base64') }] })
      case 'chat': {
        const model = (JSON.parse(body || '{}') as { model?: string }).model ?? 'mock'
        return json({
          id: 'chatcmpl-mock',
          object: 'chat.completion',
          created,
          model,
          choices: [
            {
              index: 0,
              message: { role: 'assistant', content: state.chatContent, refusal: null },
              finish_reason: 'stop',
              logprobs: null,
            },
          ],
          usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
        })
      }
      case 'moderations':
        return json({
          id: 'modr-mock',
          model: 'omni-moderation-latest',
          results: [
            {
              // "hurt" stands for violence, "rude" for a category that only holds (harassment).
              flagged: /\b(hurt|rude)\b/i.test(body),
              categories: { violence: /\bhurt\b/i.test(body), harassment: /\brude\b/i.test(body) },
              category_scores: { violence: 0.01 },
            },
          ],
        })
      case 'speech':
        return { type: audioTypeOf(state.speechAudio), data: state.speechAudio }
      case 'transcriptions':
        return json({ text: state.transcript })
    }
  }

  const wrongShape: Record<MockEndpoint, unknown> = {
    models: { object: 'list' },
    images: { created: 1, data: [] },
    chat: { id: 'x', object: 'chat.completion', created: 1, model: 'm', choices: [] },
    moderations: { id: 'x', results: [] },
    speech: {},
    transcriptions: { words: [] },
  }

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const path = (req.url ?? '/').split('?')[0] ?? '/'
      const body = Buffer.concat(chunks).toString('latin1')
      const endpoint = ENDPOINTS[`${req.method} ${path}`]
      const auth = req.headers.authorization
      requests.push({
        endpoint: endpoint ?? 'unknown',
        method: req.method ?? '',
        path,
        authorization: auth,
        body,
      })
      if (!endpoint) {
        res.writeHead(404, { 'content-type': 'application/json' })
        res.end(JSON.stringify({ error: { message: `Unknown URL ${path}`, type: 'invalid_request_error' } }))
        return
      }
      const fault: MockFault =
        scripts.get(endpoint)?.shift() ??
        (endpoint === 'images' && state.imageDelayMs > 0
          ? { kind: 'delay', ms: state.imageDelayMs }
          : { kind: 'ok' })
      const send = () => {
        if (res.destroyed) return
        const a = answer(endpoint, body)
        res.writeHead(200, { 'content-type': a.type, 'content-length': a.data.length })
        res.end(a.data)
      }
      switch (fault.kind) {
        case 'ok':
          return send()
        case 'delay': {
          const t = setTimeout(() => {
            timers.delete(t)
            send()
          }, fault.ms)
          timers.add(t)
          return
        }
        case 'status': {
          // Like OpenAI, a 401 echoes (part of) the key it got: our side must never pass that on.
          const message =
            fault.message ??
            (fault.status === 401
              ? `Incorrect API key provided: ${(auth ?? '').replace(/^Bearer /, '')}.`
              : `mock error ${fault.status}`)
          res.writeHead(fault.status, {
            'content-type': 'application/json',
            ...(fault.retryAfterMs !== undefined ? { 'retry-after-ms': String(fault.retryAfterMs) } : {}),
          })
          res.end(JSON.stringify({ error: { message, type: 'mock_error', code: null, param: null } }))
          return
        }
        case 'redirect':
          res.writeHead(fault.status, { location: fault.location })
          res.end()
          return
        case 'malformed':
          res.writeHead(200, { 'content-type': 'application/json' })
          res.end('{"data": [ {"b64_json": ')
          return
        case 'empty':
          res.writeHead(200, {
            'content-type': endpoint === 'speech' ? 'audio/mpeg' : 'application/json',
            'content-length': 0,
          })
          res.end()
          return
        case 'wrong-shape':
          res.writeHead(200, { 'content-type': endpoint === 'speech' ? 'audio/mpeg' : 'application/json' })
          res.end(endpoint === 'speech' ? Buffer.alloc(0) : JSON.stringify(wrongShape[endpoint]))
          return
        case 'trickle': {
          const a = answer(endpoint, body)
          res.writeHead(200, { 'content-type': a.type, 'content-length': a.data.length })
          let i = 0
          const t = setInterval(() => {
            if (res.destroyed || i >= a.data.length) {
              clearInterval(t)
              timers.delete(t)
              if (!res.destroyed) res.end()
              return
            }
            res.write(a.data.subarray(i, i + 1))
            i++
          }, fault.intervalMs)
          timers.add(t)
          return
        }
      }
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo

  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    count(endpoint) {
      return requests.filter((r) => (endpoint ? r.endpoint === endpoint : r.endpoint !== 'models')).length
    },
    script(endpoint, ...faults) {
      scripts.set(endpoint, [...(scripts.get(endpoint) ?? []), ...faults])
    },
    get chatContent() {
      return state.chatContent
    },
    set chatContent(v: string) {
      state.chatContent = v
    },
    get models() {
      return state.models
    },
    set models(v: string[]) {
      state.models = v
    },
    get image() {
      return state.image
    },
    set image(v: Buffer) {
      state.image = v
    },
    get imageDelayMs() {
      return state.imageDelayMs
    },
    set imageDelayMs(v: number) {
      state.imageDelayMs = v
    },
    get speechAudio() {
      return state.speechAudio
    },
    set speechAudio(v: Buffer) {
      state.speechAudio = v
    },
    get transcript() {
      return state.transcript
    },
    set transcript(v: string) {
      state.transcript = v
    },
    reset() {
      requests.length = 0
      state.speechAudio = FAKE_MP3
      state.transcript = DEFAULT_TRANSCRIPT
      scripts.clear()
      state.chatContent = JSON.stringify(DEFAULT_REFINEMENT)
      state.models = []
      state.image = TINY_PNG
      state.imageDelayMs = 0
    },
    async close() {
      for (const t of timers) clearTimeout(t)
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}
