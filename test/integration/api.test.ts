import fs from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ArtworkSchema } from '../../src/shared/artwork'
import type { Artwork, ArtworkCreatedResponse } from '../../src/shared/artwork'
import { seedFromText } from '../../src/shared/recipe'
import { makeTempDir, makeTestApp, writeFakeBuild } from './helpers'
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

const create = (text: string) =>
  t.app.inject({ method: 'POST', url: '/api/artworks', headers: SOLO, payload: { text } })

describe('artworks API', () => {
  it('creates an artwork from words and returns spec + artwork', async () => {
    const res = await create('  a quiet beach at sunset, the waves coming in slowly \n')
    expect(res.statusCode).toBe(201)
    const body = res.json<ArtworkCreatedResponse>()
    const artwork = ArtworkSchema.parse(body.artwork)
    expect(artwork.text).toBe('a quiet beach at sunset, the waves coming in slowly')
    expect(artwork.spec.biome).toBe('beach')
    expect(body.spec).toEqual(artwork.spec)
    expect(artwork.status).toBe('shown')
    expect(artwork.seed).toBe(seedFromText(artwork.text))
    expect(artwork.id).toMatch(/^[A-Za-z0-9_-]{16}$/)
    expect(Number.isNaN(Date.parse(artwork.createdAt))).toBe(false)
    expect(t.countRows()).toBe(1)
  })

  it('gives the same words the same seed and different words a different one', async () => {
    const a = (await create('a pine forest')).json<ArtworkCreatedResponse>().artwork
    const b = (await create('a pine forest')).json<ArtworkCreatedResponse>().artwork
    const c = (await create('a snowy field')).json<ArtworkCreatedResponse>().artwork
    expect(a.seed).toBe(b.seed)
    expect(a.id).not.toBe(b.id)
    expect(c.seed).not.toBe(a.seed)
  })

  it('stores held words as held and still lists them (the client decides what to show)', async () => {
    const res = await create('a soldier with a gun')
    expect(res.statusCode).toBe(201)
    const { artwork, spec } = res.json<ArtworkCreatedResponse>()
    expect(spec.safety.held).toBe(true)
    expect(artwork.status).toBe('held')
    const list = (await t.app.inject({ url: '/api/artworks', headers: SOLO })).json<{ artworks: Artwork[] }>()
    expect(list.artworks.map((a) => a.status)).toEqual(['held'])
  })

  it('lists oldest first and fetches one by id', async () => {
    let clock = Date.parse('2025-01-01T10:00:00Z')
    await t.close()
    t = await makeTestApp(t.dbFile, { now: () => (clock += 1000) })
    const ids: string[] = []
    for (const text of ['first a meadow', 'second a lake', 'third the stars']) {
      ids.push((await create(text)).json<ArtworkCreatedResponse>().artwork.id)
    }
    const list = (await t.app.inject({ url: '/api/artworks', headers: SOLO })).json<{ artworks: Artwork[] }>()
    expect(list.artworks.map((a) => a.id)).toEqual(ids)
    const one = await t.app.inject({ url: `/api/artworks/${ids[1]}`, headers: SOLO })
    expect(one.statusCode).toBe(200)
    expect(one.json<Artwork>().text).toBe('second a lake')
  })

  it('keeps HTML and script as plain text, served as JSON', async () => {
    const text = '<script>alert("x")</script><img src=x onerror=alert(1)> & a calm lake'
    const res = await create(text)
    expect(res.statusCode).toBe(201)
    const { artwork } = res.json<ArtworkCreatedResponse>()
    const again = await t.app.inject({ url: `/api/artworks/${artwork.id}`, headers: SOLO })
    expect(again.headers['content-type']).toMatch(/^application\/json/)
    expect(again.headers['x-content-type-options']).toBe('nosniff')
    expect(again.json<Artwork>().text).toBe(text)
  })

  it('keeps non-English text and emoji intact', async () => {
    const text = 'une plage calme au coucher du soleil 🌅 — 静かな海'
    const { artwork } = (await create(text)).json<ArtworkCreatedResponse>()
    expect(
      (await t.app.inject({ url: `/api/artworks/${artwork.id}`, headers: SOLO })).json<Artwork>().text,
    ).toBe(text)
  })

  it('answers health with the version', async () => {
    const res = await t.app.inject({ url: '/api/health' })
    expect(res.statusCode).toBe(200)
    expect(res.json()).toEqual({ ok: true, version: '0.0.0' })
    expect(res.headers['cache-control']).toBe('no-store')
  })

  it('keeps artworks across a restart of app and storage on the same file', async () => {
    await create('a quiet beach')
    await create('a soldier with a gun')
    const before = (await t.app.inject({ url: '/api/artworks', headers: SOLO })).json<{
      artworks: Artwork[]
    }>()
    await t.close()
    t = await makeTestApp(t.dbFile)
    const after = (await t.app.inject({ url: '/api/artworks', headers: SOLO })).json<{
      artworks: Artwork[]
    }>()
    expect(after.artworks).toEqual(before.artworks)
    expect(after.artworks).toHaveLength(2)
  })

  it('serves over a real socket on 127.0.0.1 with fetch', async () => {
    await t.app.listen({ port: 0, host: '127.0.0.1' })
    const address = t.app.server.address()
    if (!address || typeof address === 'string') throw new Error('no address')
    const base = `http://127.0.0.1:${address.port}`
    const post = await fetch(`${base}/api/artworks`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...SOLO },
      body: JSON.stringify({ text: 'a garden of roses' }),
    })
    expect(post.status).toBe(201)
    const list = (await (await fetch(`${base}/api/artworks`, { headers: SOLO })).json()) as {
      artworks: Artwork[]
    }
    expect(list.artworks.map((a) => a.text)).toEqual(['a garden of roses'])
    const bad = await fetch(`${base}/api/artworks`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"text": ',
    })
    expect(bad.status).toBe(400)
    expect(await bad.json()).toEqual({ error: 'invalid_json', message: expect.any(String) })
  })
})

describe('static app and headers', () => {
  let dist: string
  beforeEach(async () => {
    dist = path.join(tmp.dir, 'dist')
    writeFakeBuild(dist)
    fs.mkdirSync(path.join(dist, 'assets'), { recursive: true })
    fs.writeFileSync(path.join(dist, 'assets', 'index-abc123.js'), 'console.log(1)')
    await t.close()
    t = await makeTestApp(t.dbFile, { staticDir: dist })
  })

  it('serves index.html without caching and hashed assets with a long cache', async () => {
    const index = await t.app.inject({ url: '/' })
    expect(index.statusCode).toBe(200)
    expect(index.body).toContain('<title>Stillroom</title>')
    expect(index.headers['cache-control']).toBe('no-cache')
    const asset = await t.app.inject({ url: '/assets/index-abc123.js' })
    expect(asset.statusCode).toBe(200)
    expect(asset.headers['cache-control']).toContain('immutable')
  })

  it('falls back to index.html for app routes but not for missing files or the API', async () => {
    const route = await t.app.inject({ url: '/gallery/room-2?x=1' })
    expect(route.statusCode).toBe(200)
    expect(route.headers['content-type']).toMatch(/^text\/html/)
    expect(route.headers['cache-control']).toBe('no-cache')
    expect((await t.app.inject({ url: '/assets/missing.js' })).statusCode).toBe(404)
    const api = await t.app.inject({ url: '/api/nothing-here' })
    expect(api.statusCode).toBe(404)
    expect(api.json()).toEqual({ error: 'not_found', message: expect.any(String) })
  })

  it('serves the console page for every /console address and the headset page for every other page', async () => {
    const title = async (url: string) => {
      const res = await t.app.inject({ url })
      expect(res.statusCode, url).toBe(200)
      expect(res.headers['cache-control'], url).toBe('no-cache')
      return /<title>(.*)<\/title>/.exec(res.body)?.[1]
    }
    for (const url of ['/console', '/console/', '/console/session/abc?x=1', '/console/clients/c1/report']) {
      expect(await title(url), url).toBe('Stillroom · Console')
    }
    // Near misses are headset pages, never the console.
    for (const url of ['/', '/consoles', '/console-x', '/Console', '/gallery/console', '/?page=/console']) {
      expect(await title(url), url).toBe('Stillroom')
    }
  })

  it('refuses to start without both pages in the build', async () => {
    fs.rmSync(path.join(dist, 'src', 'console', 'index.html'))
    await expect(makeTestApp(path.join(tmp.dir, 'other.sqlite'), { staticDir: dist })).rejects.toThrow(
      /src\/console\/index\.html is missing/,
    )
  })

  it('sends the security headers on pages and API answers', async () => {
    for (const url of ['/', '/api/health', '/api/nope']) {
      const res = await t.app.inject({ url })
      const csp = String(res.headers['content-security-policy'])
      expect(csp).toContain("script-src 'self'")
      expect(csp).toContain('worker-src')
      expect(csp).not.toMatch(/https?:/)
      expect(res.headers['x-content-type-options']).toBe('nosniff')
      expect(res.headers['referrer-policy']).toBe('no-referrer')
    }
  })
})
