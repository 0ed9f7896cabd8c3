import path from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Artwork } from '../../src/shared/artwork'
import { TEXT_MAX_CHARS } from '../../src/shared/spec'
import { makeTempDir, makeTestApp } from './helpers'
import type { TestApp } from './helpers'
import { SOLO } from './solo-helpers'

let tmp: ReturnType<typeof makeTempDir>
let t: TestApp
beforeEach(async () => {
  tmp = makeTempDir()
  t = await makeTestApp(path.join(tmp.dir, 'stillroom.db'))
})
afterEach(async () => {
  await t.close()
  tmp.cleanup()
})

const json = { 'content-type': 'application/json' }
type Case = {
  name: string
  payload?: string | Buffer
  headers?: Record<string, string>
  status: number
  error: string
}

const cases: Case[] = [
  { name: 'empty text', payload: '{"text":""}', headers: json, status: 400, error: 'empty_text' },
  {
    name: 'whitespace text',
    payload: '{"text":"  \\n\\t  "}',
    headers: json,
    status: 400,
    error: 'empty_text',
  },
  {
    name: 'text over the limit',
    payload: JSON.stringify({ text: 'a'.repeat(TEXT_MAX_CHARS + 1) }),
    headers: json,
    status: 413,
    error: 'text_too_long',
  },
  {
    name: 'body over 16 KiB',
    payload: JSON.stringify({ text: 'a'.repeat(20_000) }),
    headers: json,
    status: 413,
    error: 'body_too_large',
  },
  {
    name: 'invalid UTF-8 bytes',
    payload: Buffer.concat([
      Buffer.from('{"text":"a beach '),
      Buffer.from([0xff, 0xfe, 0xc3]),
      Buffer.from('"}'),
    ]),
    headers: json,
    status: 400,
    error: 'invalid_utf8',
  },
  {
    name: 'binary garbage',
    payload: Buffer.from([0x00, 0x01, 0x02, 0x80, 0x81, 0xfe, 0xff, 0x7b]),
    headers: json,
    status: 400,
    error: 'invalid_utf8',
  },
  {
    name: 'NUL character',
    payload: '{"text":"a beach\\u0000"}',
    headers: json,
    status: 400,
    error: 'invalid_text',
  },
  {
    name: 'bell and escape',
    payload: '{"text":"a \\u0007\\u001b[31m"}',
    headers: json,
    status: 400,
    error: 'invalid_text',
  },
  {
    name: 'lone surrogate',
    payload: '{"text":"a beach \\ud800"}',
    headers: json,
    status: 400,
    error: 'invalid_text',
  },
  {
    name: 'replacement char',
    payload: '{"text":"a beach \\ufffd"}',
    headers: json,
    status: 400,
    error: 'invalid_text',
  },
  { name: 'malformed JSON', payload: '{"text": "a beach', headers: json, status: 400, error: 'invalid_json' },
  { name: 'empty JSON body', payload: '', headers: json, status: 400, error: 'invalid_json' },
  { name: 'text is a number', payload: '{"text":42}', headers: json, status: 400, error: 'invalid_body' },
  { name: 'text missing', payload: '{"words":"a beach"}', headers: json, status: 400, error: 'invalid_body' },
  { name: 'body is an array', payload: '["a beach"]', headers: json, status: 400, error: 'invalid_body' },
  { name: 'body is null', payload: 'null', headers: json, status: 400, error: 'invalid_body' },
  {
    name: 'prototype poisoning',
    payload: '{"text":"a beach","__proto__":{"admin":true}}',
    headers: json,
    status: 400,
    error: 'invalid_json',
  },
  {
    name: 'text/plain',
    payload: 'a beach',
    headers: { 'content-type': 'text/plain' },
    status: 415,
    error: 'unsupported_media_type',
  },
  {
    name: 'form encoded',
    payload: 'text=a+beach',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    status: 415,
    error: 'unsupported_media_type',
  },
  {
    name: 'no content-type, with body',
    payload: '{"text":"a beach"}',
    status: 415,
    error: 'unsupported_media_type',
  },
  { name: 'no content-type, no body', status: 415, error: 'unsupported_media_type' },
]

describe('bad input to POST /api/artworks', () => {
  for (const c of cases) {
    it(`${c.name} → ${c.status} ${c.error}, nothing stored`, async () => {
      const before = t.countRows()
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/artworks',
        ...(c.payload !== undefined ? { payload: c.payload } : {}),
        headers: c.headers ?? {},
      })
      expect(res.statusCode).toBe(c.status)
      expect(res.headers['content-type']).toMatch(/^application\/json/)
      const body = res.json<{ error: string; message: string }>()
      expect(body.error).toBe(c.error)
      expect(body.message.length).toBeGreaterThan(10)
      expect(t.countRows()).toBe(before)
      // …and the server keeps serving.
      expect((await t.app.inject({ url: '/api/health' })).statusCode).toBe(200)
    })
  }

  it('accepts exactly the limit, counted after trimming', async () => {
    const text = `   ${'b'.repeat(TEXT_MAX_CHARS)}\n  `
    const res = await t.app.inject({ method: 'POST', url: '/api/artworks', payload: { text } })
    expect(res.statusCode).toBe(201)
    expect(t.countRows()).toBe(1)
  })

  it('accepts content-type with a charset and Windows line endings (folded to \\n)', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/artworks',
      headers: { 'content-type': 'application/json; charset=utf-8' },
      payload: JSON.stringify({ text: 'a beach\r\nat dawn\twith birds' }),
    })
    expect(res.statusCode).toBe(201)
    expect(res.json<{ artwork: Artwork }>().artwork.text).toBe('a beach\nat dawn\twith birds')
  })
})

describe('unknown ids and routes', () => {
  for (const url of [
    '/api/artworks/doesNotExist123',
    '/api/artworks/..%2F..%2Fetc',
    '/api/artworks/%00',
    '/api/x',
  ]) {
    it(`${url} → 404 JSON`, async () => {
      const res = await t.app.inject({ url })
      expect(res.statusCode).toBe(404)
      expect(res.json()).toEqual({ error: 'not_found', message: expect.any(String) })
    })
  }

  it('wrong method on a known path → 404 JSON, not a crash', async () => {
    const res = await t.app.inject({ method: 'DELETE', url: '/api/artworks' })
    expect(res.statusCode).toBe(404)
    expect(res.json().error).toBe('not_found')
  })
})

describe('failures inside the server', () => {
  it('stores nothing when interpretation throws, and answers 500 JSON', async () => {
    await t.close()
    t = await makeTestApp(t.dbFile, {
      interpret: () => {
        throw new Error('lexicon exploded')
      },
    })
    const res = await t.app.inject({ method: 'POST', url: '/api/artworks', payload: { text: 'a beach' } })
    expect(res.statusCode).toBe(500)
    expect(res.json()).toEqual({ error: 'interpret_failed', message: expect.any(String) })
    expect(res.body).not.toContain('lexicon exploded')
    expect(t.countRows()).toBe(0)
  })

  it('refuses a spec that does not validate instead of storing it', async () => {
    await t.close()
    t = await makeTestApp(t.dbFile, { interpret: () => ({ biome: 'volcano' }) as never })
    const res = await t.app.inject({ method: 'POST', url: '/api/artworks', payload: { text: 'a beach' } })
    expect(res.statusCode).toBe(500)
    expect(t.countRows()).toBe(0)
  })

  it('answers 500 JSON without details when storage fails', async () => {
    const failing = {
      insertArtwork: async () => {
        throw new Error('SQLITE_FULL: /secret/path')
      },
      listArtworks: async () => [],
      getArtwork: async () => undefined,
      close: async () => {},
    }
    const other = await makeTestApp(t.dbFile, { storage: failing })
    const res = await other.app.inject({ method: 'POST', url: '/api/artworks', payload: { text: 'a beach' } })
    expect(res.statusCode).toBe(500)
    expect(res.json()).toEqual({ error: 'internal_error', message: expect.any(String) })
    expect(res.body).not.toContain('secret')
    await other.app.close()
  })

  it('skips a corrupted row in the list and 404s it by id, without crashing', async () => {
    await t.app.inject({
      method: 'POST',
      url: '/api/artworks',
      headers: SOLO,
      payload: { text: 'a good beach' },
    })
    const db = new Database(t.dbFile)
    db.prepare(
      `INSERT INTO artworks (id, text, created_at, spec_json, seed, status) VALUES ('broken1', 'x', ?, ?, 1, 'shown')`,
    ).run(new Date().toISOString(), '{"biome":"volcano"')
    db.prepare(
      `INSERT INTO artworks (id, text, created_at, spec_json, seed, status) VALUES ('broken2', 'x', ?, ?, 1, 'shown')`,
    ).run(new Date().toISOString(), '{"biome":"volcano"}')
    db.close()
    const list = await t.app.inject({ url: '/api/artworks', headers: SOLO })
    expect(list.statusCode).toBe(200)
    expect(list.json<{ artworks: Artwork[] }>().artworks.map((a) => a.text)).toEqual(['a good beach'])
    expect((await t.app.inject({ url: '/api/artworks/broken1' })).statusCode).toBe(404)
  })
})

describe('rate limiting', () => {
  it('answers a flood of creates from one address with 429 + Retry-After while others are served', async () => {
    const post = (remoteAddress: string) =>
      t.app.inject({ method: 'POST', url: '/api/artworks', payload: { text: 'a beach' }, remoteAddress })
    const statuses: number[] = []
    for (let i = 0; i < 40; i++) statuses.push((await post('10.0.0.7')).statusCode)
    expect(statuses.filter((s) => s === 201)).toHaveLength(30) // the default: 30 a minute
    const limited = await post('10.0.0.7')
    expect(limited.statusCode).toBe(429)
    expect(Number(limited.headers['retry-after'])).toBeGreaterThanOrEqual(1)
    expect(limited.json()).toEqual({ error: 'rate_limited', message: expect.stringMatching(/wait \d+ s/) })
    expect(t.countRows()).toBe(30)
    expect((await post('10.0.0.8')).statusCode).toBe(201)
    // Reads have their own, larger budget: the flooding address can still look at its gallery.
    expect((await t.app.inject({ url: '/api/artworks', remoteAddress: '10.0.0.7' })).statusCode).toBe(200)
  })

  it('limits reads per address too, and refills over time', async () => {
    let clock = Date.parse('2025-01-01T00:00:00Z')
    await t.close()
    t = await makeTestApp(t.dbFile, {
      rateLimit: { read: { perMinute: 10 }, create: { perMinute: 2 } },
      now: () => clock,
    })
    const get = (remoteAddress: string) => t.app.inject({ url: '/api/artworks', remoteAddress })
    const statuses: number[] = []
    for (let i = 0; i < 15; i++) statuses.push((await get('192.168.1.50')).statusCode)
    expect(statuses.slice(0, 10).every((s) => s === 200)).toBe(true)
    expect(statuses.slice(10).every((s) => s === 429)).toBe(true)
    expect((await get('192.168.1.51')).statusCode).toBe(200)
    clock += 6_000 // 10 a minute: one token back every 6 s
    expect((await get('192.168.1.50')).statusCode).toBe(200)
    expect((await get('192.168.1.50')).statusCode).toBe(429)
  })

  it('can be turned off (for benchmarks that seed many artworks)', async () => {
    await t.close()
    t = await makeTestApp(t.dbFile, { rateLimit: false })
    for (let i = 0; i < 40; i++) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/artworks',
        payload: { text: `beach ${i}` },
      })
      expect(res.statusCode).toBe(201)
    }
  })
})
