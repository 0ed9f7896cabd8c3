import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import type { Artwork } from '../../src/shared/artwork'
import { DEFAULT_SCENE_SPEC } from '../../src/shared/spec'
import { createSessionFixture } from './session-helpers'

const env = createSessionFixture('stillroom-solo-devices-', (dir) => ({ dataDir: dir }))

const headers = (device?: string) => (device ? { 'x-stillroom-solo': device } : {})
const newDevice = async () => {
  const res = await env.server.app.inject({ method: 'POST', url: '/api/solo/device' })
  expect(res.statusCode).toBe(201)
  return res.json<{ device: string }>().device
}
const paint = async (device: string | undefined, text: string) => {
  const res = await env.server.app.inject({
    method: 'POST',
    url: '/api/artworks',
    headers: headers(device),
    payload: { text },
  })
  expect(res.statusCode).toBe(201)
  return { id: res.json<{ artwork: Artwork }>().artwork.id, issued: res.headers['x-stillroom-solo'] }
}
const list = async (device?: string) =>
  (await env.server.app.inject({ url: '/api/artworks', headers: headers(device) }))
    .json<{ artworks: Artwork[] }>()
    .artworks.map((a) => a.text)

describe('solo artworks belong to the device that made them', () => {
  it('two devices each see, fetch, delete and export only their own words', async () => {
    const [a, b] = [await newDevice(), await newDevice()]
    expect(a).not.toBe(b)
    const a1 = await paint(a, 'a quiet beach')
    await paint(a, 'a lantern by the lake')
    const b1 = await paint(b, 'a mountain meadow')
    expect(await list(a)).toEqual(['a quiet beach', 'a lantern by the lake'])
    expect(await list(b)).toEqual(['a mountain meadow'])
    // A device without an id, or with a made-up one, sees nothing.
    expect(await list()).toEqual([])
    expect(await list('x'.repeat(43))).toEqual([])
    const badId = await env.server.app.inject({ url: '/api/artworks', headers: headers('short') })
    expect(badId.statusCode).toBe(400)

    const fetchAs = (device: string, id: string) =>
      env.server.app.inject({ url: `/api/artworks/${id}`, headers: headers(device) })
    expect((await fetchAs(a, a1.id)).statusCode).toBe(200)
    expect((await fetchAs(b, a1.id)).statusCode).toBe(404)

    const del = (device: string | undefined, id: string) =>
      env.server.app.inject({ method: 'DELETE', url: `/api/artworks/${id}`, headers: headers(device) })
    expect((await del(b, a1.id)).statusCode).toBe(404)
    expect((await del(undefined, a1.id)).statusCode).toBe(400)
    expect(await list(a)).toHaveLength(2)
    expect((await del(a, a1.id)).json()).toEqual({ deleted: true })
    expect(await list(a)).toEqual(['a lantern by the lake'])
    expect((await del(a, a1.id)).statusCode).toBe(404)
    expect((await del(a, b1.id)).statusCode).toBe(404)
    expect(await list(b)).toEqual(['a mountain meadow'])

    const exported = await env.server.app.inject({ url: '/api/solo/export', headers: headers(b) })
    expect(exported.statusCode).toBe(200)
    expect(exported.headers['cache-control']).toBe('no-store')
    expect(String(exported.headers['content-disposition'])).toMatch(/attachment; filename="stillroom-solo-/)
    expect(exported.json<{ artworks: Artwork[] }>().artworks.map((x) => x.id)).toEqual([b1.id])

    // Only the token's hash is stored.
    const db = new Database(env.server.dbFile, { readonly: true })
    const rows = db.prepare('SELECT device_hash FROM artworks').all() as { device_hash: string }[]
    db.close()
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.device_hash))).toBe(true)
    expect(JSON.stringify(rows)).not.toContain(a)
  })

  it('the first artwork of a device without an id issues one, which then lists it', async () => {
    const first = await paint(undefined, 'a field of tulips')
    expect(typeof first.issued).toBe('string')
    const again = await paint(String(first.issued), 'a field of poppies')
    expect(again.issued).toBeUndefined()
    expect(await list(String(first.issued))).toEqual(['a field of tulips', 'a field of poppies'])
  })

  it('artworks from before devices existed are listed to nobody', async () => {
    const a = await newDevice()
    await paint(a, 'a new harbour')
    const db = new Database(env.server.dbFile)
    db.prepare(
      `INSERT INTO artworks (id, text, created_at, spec_json, seed, status) VALUES ('old1', 'an old garden', ?, ?, 1, 'shown')`,
    ).run(new Date().toISOString(), JSON.stringify(DEFAULT_SCENE_SPEC))
    db.close()
    expect(await list(a)).toEqual(['a new harbour'])
    expect(await list()).toEqual([])
    expect((await env.server.app.inject({ url: '/api/artworks/old1', headers: headers(a) })).statusCode).toBe(
      404,
    )
  })

  it('retention erases solo artworks older than N months, owned or not, and keeps newer ones', async () => {
    const a = await newDevice()
    await paint(a, 'an old pond')
    await paint(a, 'a new pond')
    const db = new Database(env.server.dbFile)
    const old = new Date(Date.now() - 400 * 24 * 3600 * 1000).toISOString()
    db.prepare("UPDATE artworks SET created_at = ? WHERE text = 'an old pond'").run(old)
    db.prepare(
      `INSERT INTO artworks (id, text, created_at, spec_json, seed, status) VALUES ('old2', 'nobody''s old words', ?, ?, 1, 'shown')`,
    ).run(old, JSON.stringify(DEFAULT_SCENE_SPEC))
    db.close()
    await env.restart({ dataDir: env.dir, retentionMonths: 12 })
    await expect
      .poll(async () => (await env.server.storage.listArtworks()).map((x) => x.text))
      .toEqual(['a new pond'])
    const audit = env.server.storage.audit!.list({ action: 'retention-erase' }).entries
    expect(audit.map((e) => e.detail)).toEqual(['2 solo artworks'])
  })
})
