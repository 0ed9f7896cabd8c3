// A device's own paintings are refined the way a session's are: quick choices and words make versions, the
// device picks which one hangs, and nobody else can see or touch them. Attacked as another device, with bad
// bodies, words of risk, held words, and a run of concurrent changes.
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import type { Artwork } from '../../src/shared/artwork'
import { interpret } from '../../src/shared/interpret'
import { MAX_VERSIONS } from '../../src/shared/refine/choices'
import type { SoloVersions } from '../../src/shared/refine/solo-versions'
import { createSessionFixture } from './session-helpers'

// The real local interpreter: refinement merges words, and the merged words are what the screen reads.
const env = createSessionFixture('stillroom-solo-versions-', (dir) => ({ dataDir: dir, interpret }))

type Changed = { artwork: Artwork; versions: SoloVersions; held?: boolean }
const headers = (device?: string) => (device ? { 'x-stillroom-solo': device } : {})
const newDevice = async () =>
  (await env.server.app.inject({ method: 'POST', url: '/api/solo/device' })).json<{ device: string }>().device
const paint = async (device: string, text: string) =>
  (
    await env.server.app.inject({
      method: 'POST',
      url: '/api/artworks',
      headers: headers(device),
      payload: { text },
    })
  ).json<{ artwork: Artwork }>().artwork
const refine = (device: string | undefined, id: string, payload: Record<string, unknown>) =>
  env.server.app.inject({
    method: 'POST',
    url: `/api/artworks/${id}/versions`,
    headers: headers(device),
    payload,
  })
const pick = (device: string | undefined, id: string, versionId: string) =>
  env.server.app.inject({
    method: 'PUT',
    url: `/api/artworks/${id}/current`,
    headers: headers(device),
    payload: { versionId },
  })
const list = async (device: string) =>
  (await env.server.app.inject({ url: '/api/artworks', headers: headers(device) })).json<{
    artworks: Artwork[]
    versions: Record<string, SoloVersions>
  }>()

describe('solo versions', () => {
  it('a quick choice and words make versions that hang at once; the device picks the original back', async () => {
    const device = await newDevice()
    const original = await paint(device, 'a quiet beach at dusk')
    const warmer = await refine(device, original.id, { choice: 'warmer' })
    expect(warmer.statusCode).toBe(201)
    const w = warmer.json<Changed>()
    // The same artwork, changed: its id and seed stay, its look moves, the original is kept first.
    expect(w.artwork.id).toBe(original.id)
    expect(w.artwork.seed).toBe(original.seed)
    expect(w.artwork.spec).not.toEqual(original.spec)
    expect(w.versions.versions.map((v) => v.choice ?? 'original')).toEqual(['original', 'warmer'])
    expect(w.versions.current).toBe(w.versions.versions[1]!.id)

    const words = (await refine(device, original.id, { text: 'with a small boat' })).json<Changed>()
    expect(words.artwork.text).toContain('with a small boat')
    expect(words.versions.versions).toHaveLength(3)
    expect(words.held).toBe(false)

    // What the device lists is what hangs, with every version.
    const listed = await list(device)
    expect(listed.artworks.map((a) => a.text)).toEqual([words.artwork.text])
    expect(listed.versions[original.id]!.versions).toHaveLength(3)

    const back = await pick(device, original.id, original.id)
    expect(back.statusCode).toBe(200)
    expect(back.json<Changed>().artwork.spec).toEqual(original.spec)
    expect((await list(device)).artworks[0]!.text).toBe('a quiet beach at dusk')
    // Picking the one that already hangs changes nothing and is not an error.
    expect((await pick(device, original.id, original.id)).statusCode).toBe(200)
  })

  it('another device, no device and a made-up id all find nothing; nothing changes', async () => {
    const [a, b] = [await newDevice(), await newDevice()]
    const art = await paint(a, 'a forest path in the morning')
    expect((await refine(b, art.id, { choice: 'calmer' })).statusCode).toBe(404)
    expect((await refine(undefined, art.id, { choice: 'calmer' })).statusCode).toBe(400)
    expect((await refine(a, 'no-such-id', { choice: 'calmer' })).statusCode).toBe(404)
    expect((await refine(a, '..%2F..%2Fetc', { choice: 'calmer' })).statusCode).toBe(404)
    expect((await pick(b, art.id, art.id)).statusCode).toBe(404)
    expect((await list(a)).versions[art.id]).toBeUndefined()
  })

  it('bad bodies get a clear error and keep everything', async () => {
    const device = await newDevice()
    const art = await paint(device, 'a meadow with wildflowers')
    for (const payload of [
      {},
      { choice: 'louder' },
      { text: 42 },
      { choice: 'warmer', extra: 1 },
      { text: '   ' },
    ]) {
      const res = await refine(device, art.id, payload)
      expect(res.statusCode, JSON.stringify(payload)).toBe(400)
      expect(res.json<{ message: string }>().message.length).toBeGreaterThan(5)
    }
    expect((await refine(device, art.id, { text: 'x'.repeat(5000) })).statusCode).toBe(400)
    expect((await refine(device, art.id, { text: `a boat\u0000` })).statusCode).toBe(400)
    expect((await pick(device, art.id, '')).statusCode).toBe(400)
    expect((await pick(device, art.id, 'not-a-version')).statusCode).toBe(404)
    // A change that would change nothing says so.
    const still = await refine(device, art.id, { choice: 'less-crowded' })
    if (still.statusCode !== 201)
      expect(still.json<{ message: string }>().message).toMatch(/already|nothing/i)
    expect((await list(device)).artworks[0]!.text).toBe('a meadow with wildflowers')
  })

  it('words of risk make no version and bring the crisis text; held words never hang', async () => {
    const device = await newDevice()
    const art = await paint(device, 'a calm lake at dawn')
    const risk = await refine(device, art.id, { text: 'I want to kill myself' })
    expect(risk.statusCode).toBe(200)
    expect(risk.json<{ risk: boolean; crisis: unknown }>()).toMatchObject({ risk: true })
    expect((await list(device)).versions[art.id]).toBeUndefined()

    const held = (await refine(device, art.id, { text: 'where the soldiers came' })).json<Changed>()
    expect(held.held).toBe(true)
    expect(held.artwork.text).toBe('a calm lake at dawn')
    const heldVersion = held.versions.versions.find((v) => v.state === 'held')!
    expect((await pick(device, art.id, heldVersion.id)).statusCode).toBe(404)
    expect((await list(device)).artworks[0]!.text).toBe('a calm lake at dawn')
  })

  it('concurrent changes each land or are refused; at most the cap is kept', async () => {
    const device = await newDevice()
    const art = await paint(device, 'a snowy mountain cabin')
    const choices = ['warmer', 'cooler', 'brighter', 'softer', 'calmer', 'more-open', 'add-light', 'warmer']
    const results = await Promise.all(
      [...choices, ...choices].map((choice) => refine(device, art.id, { choice })),
    )
    for (const r of results) expect([201, 409]).toContain(r.statusCode)
    const kept = (await list(device)).versions[art.id]!
    expect(kept.versions.length).toBeLessThanOrEqual(MAX_VERSIONS)
    expect(kept.versions.some((v) => v.id === kept.current)).toBe(true)
  })

  it('deleting the artwork erases its versions from the database', async () => {
    const device = await newDevice()
    const art = await paint(device, 'a garden of roses')
    await refine(device, art.id, { text: 'with a wooden bench by the roses' })
    const exported = (
      await env.server.app.inject({ url: '/api/solo/export', headers: headers(device) })
    ).json<{ versions: Record<string, SoloVersions> }>()
    expect(exported.versions[art.id]!.versions).toHaveLength(2)
    await env.server.app.inject({
      method: 'DELETE',
      url: `/api/artworks/${art.id}`,
      headers: headers(device),
    })
    const db = new Database(env.server.dbFile, { readonly: true })
    try {
      const rows = db
        .prepare("SELECT COUNT(*) AS n FROM artworks WHERE versions_json LIKE '%wooden bench%'")
        .get()
      expect(rows).toEqual({ n: 0 })
    } finally {
      db.close()
    }
  })
})
