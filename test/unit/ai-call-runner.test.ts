import { APIConnectionError, APIError } from 'openai'
import { describe, expect, it } from 'vitest'
import { BadResponseError, classify, noticeFor, runCall, scrubSecrets } from '../../src/server/ai/call-runner'
import { AI_CAPABILITIES, AI_FAILURE_REASONS } from '../../src/shared/privacy/ai-contract'

const apiError = (status: number, headers: Record<string, string> = {}, message = 'x') =>
  APIError.generate(status, { message }, message, new Headers(headers))

describe('classify', () => {
  it.each([
    [401, 'auth'],
    [403, 'auth'],
    [404, 'unsupported'],
    [429, 'rate_limited'],
    [500, 'server'],
    [503, 'server'],
    [422, 'bad_response'],
  ] as const)('%i → %s', (status, reason) => {
    expect(classify(apiError(status)).reason).toBe(reason)
  })

  it('reads "not supported" in a 400 as unsupported, and other failures by type', () => {
    expect(classify(apiError(400, {}, 'audio.speech is not supported')).reason).toBe('unsupported')
    expect(classify(new APIConnectionError({ message: 'refused' })).reason).toBe('unreachable')
    expect(classify(new BadResponseError('x')).reason).toBe('bad_response')
    expect(classify(new SyntaxError('Unexpected end of JSON')).reason).toBe('bad_response')
    expect(classify(apiError(429, { 'retry-after-ms': '250' })).retryAfterMs).toBe(250)
    expect(classify(apiError(503, { 'retry-after': '2' })).retryAfterMs).toBe(2000)
  })
})

describe('runCall', () => {
  const retry = { max: 3, baseMs: 100, maxMs: 1000 }

  it('retries 429 and 5xx with exponential backoff and full jitter, then gives up', async () => {
    const waits: number[] = []
    let last = Date.now()
    let n = 0
    const r = await runCall(
      async () => {
        const t = Date.now()
        waits.push(t - last)
        last = t
        n++
        throw apiError(n % 2 ? 429 : 500)
      },
      // random() = 0.5: waits of half the backoff (50, 100, 200 ms)
      { deadlineMs: 5000, retry, random: () => 0.5 },
    )
    expect(r).toEqual({ ok: false, reason: 'server', attempts: 4, status: 500 })
    const [, w1, w2, w3] = waits
    expect(w1).toBeGreaterThanOrEqual(45)
    expect(w2).toBeGreaterThanOrEqual(95)
    expect(w3).toBeGreaterThanOrEqual(195)
    expect(w3!).toBeLessThan(600)
  })

  it('does not retry a wrong key or a bad answer', async () => {
    for (const err of [apiError(401), new BadResponseError('x'), apiError(404)]) {
      let n = 0
      const r = await runCall(
        async () => {
          n++
          throw err
        },
        { deadlineMs: 1000, retry },
      )
      expect(r.ok).toBe(false)
      expect(n).toBe(1)
    }
  })

  it('the deadline covers the retries, and an attempt that never settles', async () => {
    const started = Date.now()
    const r = await runCall(() => new Promise<never>(() => {}), { deadlineMs: 80, retry })
    expect(r).toMatchObject({ ok: false, reason: 'timeout' })
    expect(Date.now() - started).toBeLessThan(500)
  })

  it('a cancel stops it, and an already cancelled call never starts', async () => {
    const c = new AbortController()
    let started = 0
    c.abort()
    const r = await runCall(
      async () => {
        started++
        return 1
      },
      { deadlineMs: 1000, retry, signal: c.signal },
    )
    expect(r).toMatchObject({ ok: false, reason: 'cancelled' })
    expect(started).toBe(0)
  })
})

describe('notices and secrets', () => {
  it('every reason has a short plain sentence for every capability', () => {
    for (const reason of AI_FAILURE_REASONS) {
      for (const cap of AI_CAPABILITIES) {
        const n = noticeFor(reason, cap)
        expect(n.length).toBeGreaterThan(5)
        expect(n.length).toBeLessThan(120)
        expect(n).toMatch(/\.$/)
      }
    }
  })

  it('scrubs the key and key-like strings', () => {
    const key = 'sk-proj-abcdefghijklmnop'
    expect(scrubSecrets(`Incorrect API key provided: ${key}.`, key)).not.toContain('abcdef')
    expect(scrubSecrets('Bearer abc.def', undefined)).toBe('Bearer [key]')
    expect(scrubSecrets('Incorrect API key provided: sk-ab***xyz1', undefined)).not.toContain('sk-ab')
  })
})
