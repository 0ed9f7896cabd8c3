import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'
import { afterEach, describe, expect, it } from 'vitest'
import { writeArchive } from '../../src/server/record/archive'
import { readTar, writeTar } from '../../src/server/record/tar'
import { seedClient, writeClientFiles } from './record-helpers'
import { addTherapist, createSessionFixture, login, seedTherapist } from './session-helpers'
import type { SessionServer } from './session-helpers'

// Two servers, each with its data folder as its own, so archives carry and restore the files beside the database.
const envA = createSessionFixture('stillroom-export-a-', (dir) => ({ dataDir: dir }))
const envB = createSessionFixture('stillroom-export-b-', (dir) => ({ dataDir: dir }))
const closers: (() => void)[] = []
afterEach(() => {
  for (const close of closers.splice(0)) close()
})

const importInto = (
  server: SessionServer,
  cookie: string | undefined,
  body: Buffer,
  type = 'application/gzip',
) =>
  server.app.inject({
    method: 'POST',
    url: '/api/clients/import',
    headers: { ...(cookie ? { cookie } : {}), 'content-type': type },
    payload: body,
  })

/** A client on server A with sessions, pictures, prefs, consent and a sent text; returns its archive. */
async function exportedClient() {
  const cookie = await seedTherapist(envA.server, 'anna')
  const c = await seedClient(envA.server, cookie, 'Robin', ['a quiet beach at dawn', 'a lantern by the lake'])
  closers.push(
    () => c.consoleWs.close(),
    () => c.headset.close(),
  )
  await envA.server.storage.sessions!.mergeClientPrefs(c.clientId, {
    volumes: { master: 0.5, muted: false, layers: {} },
  })
  await envA.server.storage.ai!.setConsent(c.clientId, {
    capabilities: ['images'],
    givenBy: 'client',
    recordedBy: 'anna',
    at: new Date('2026-11-01T10:00:00Z').toISOString(),
  })
  await envA.server.storage.ai!.recordSentText({
    clientId: c.clientId,
    at: 1_700_000_000_000,
    capability: 'images',
    text: 'calm beach prompt',
  })
  writeClientFiles(envA.dir, c.clientId, c.artworkIds, 'pixels')
  const res = await envA.server.app.inject({
    method: 'GET',
    url: `/api/clients/${c.clientId}/export`,
    headers: { cookie },
  })
  expect(res.statusCode).toBe(200)
  expect(res.headers['content-type']).toBe('application/gzip')
  expect(String(res.headers['content-disposition'])).toMatch(
    /attachment; filename="stillroom-Robin-\d{4}-\d\d-\d\d\.tar\.gz"/,
  )
  expect(res.headers['cache-control']).toBe('no-store')
  return { ...c, cookie, archive: res.rawPayload }
}

describe('export and import of one client', () => {
  it('export → erase → import into a fresh Stillroom gives the same record and pictures', async () => {
    const c = await exportedClient()
    const original = (await envA.server.storage.record!.readClient(c.clientId))!
    const erase = await envA.server.app.inject({
      method: 'DELETE',
      url: `/api/clients/${c.clientId}`,
      headers: { cookie: c.cookie },
      payload: { confirm: 'Robin' },
    })
    expect(erase.statusCode).toBe(200)
    // The session was running at export; erasure ended it on A.
    const bob = await addTherapist(envB.server.storage, 'bob')
    const cookie = await login(envB.server, 'bob')
    const res = await importInto(envB.server, cookie, c.archive)
    expect(res.statusCode).toBe(201)
    expect(res.json()).toEqual({ client: { id: c.clientId, alias: 'Robin' }, sessions: 1, images: 2 })

    const imported = (await envB.server.storage.record!.readClient(c.clientId))!
    expect(imported.therapistId).toBe(bob.user.id)
    // Consent to cloud AI was given on A, not here: it is dropped, and the client is asked again on B.
    expect(original.data.client.consent).not.toBeNull()
    expect(imported.data.client).toEqual({ ...original.data.client, consent: null })
    expect(await envB.server.storage.ai!.getConsent(c.clientId)).toBeFalsy()
    expect(imported.data.sentTexts).toEqual(original.data.sentTexts)
    const [was] = original.data.sessions as { state: Record<string, unknown> }[]
    const [now] = imported.data.sessions as { state: Record<string, unknown>; phase: string }[]
    // Same words, artworks and SUDS; the session moves to the importing therapist and, running at export, is ended.
    expect(now!.state.artworks).toEqual(was!.state.artworks)
    expect(now!.state.suds).toEqual(was!.state.suds)
    expect(now!.state.therapistId).toBe(bob.user.id)
    expect(now!.phase).toBe('ended')
    for (const id of c.artworkIds) {
      expect(fs.readFileSync(path.join(envB.dir, 'images', c.clientId, `${id}.png`), 'utf8')).toBe(
        `PNG pixels ${id}`,
      )
    }
    // Bob sees the client, the sessions open for him and not for Anna's old device token.
    const list = await envB.server.app.inject({ method: 'GET', url: '/api/clients', headers: { cookie } })
    expect(list.json<{ clients: { alias: string }[] }>().clients.map((x) => x.alias)).toEqual(['Robin'])
    const session = await envB.server.app.inject({
      method: 'GET',
      url: `/api/sessions/${c.sessionId}`,
      headers: { cookie },
    })
    expect(session.statusCode).toBe(200)
    expect(envB.server.storage.audit?.list({ action: 'import' }).entries).toHaveLength(1)
    expect(envA.server.storage.audit?.list({ action: 'export' }).entries).toHaveLength(1)

    // Importing the same archive again: 409, nothing changed.
    const again = await importInto(envB.server, cookie, c.archive)
    expect(again.statusCode).toBe(409)
    expect(again.json<{ message: string }>().message).toMatch(
      /already in this Stillroom. Nothing was imported/,
    )
    expect((await envB.server.storage.sessions!.listSessions({})).length).toBe(1)
    expect(fs.readdirSync(path.join(envB.dir, 'images')).filter((n) => n.startsWith('.'))).toEqual([])
  })

  it('damaged and foreign archives change nothing and say why', async () => {
    const c = await exportedClient()
    const cookie = await seedTherapist(envB.server, 'bob')
    const good = c.archive
    const entries = readTar(zlib.gunzipSync(good), { maxEntryBytes: 1e8 })
    const repack = (list: { path: string; data: Buffer }[]) => zlib.gzipSync(writeTar(list))
    const flipped = Buffer.from(good)
    flipped[Math.floor(good.length / 2)] = (flipped[Math.floor(good.length / 2)] ?? 0) ^ 0x40
    const wrongSum = repack(
      entries.map((e) =>
        e.path === 'record.json'
          ? { ...e, data: Buffer.from(e.data.toString().replace('Robin', 'Rubin')) }
          : e,
      ),
    )
    // A traversal entry: written with a safe placeholder of the same length, then the header is rewritten.
    const traversalTar = writeTar([...entries, { path: 'images/xx.png', data: Buffer.from('x') }])
    const at = traversalTar.indexOf(Buffer.from('images/xx.png\0'))
    traversalTar.write('../../xx.png\0', at, 'latin1')
    traversalTar.write('        ', at + 148, 'latin1')
    let sum = 0
    for (let i = 0; i < 512; i++) sum += traversalTar[at + i] ?? 0
    traversalTar.write(`${sum.toString(8).padStart(6, '0')}\0 `, at + 148, 'latin1')
    const backup = writeArchive({ format: 'stillroom-backup', schemaVersion: 1, files: [] })
    const badRecord = writeArchive({
      format: 'stillroom-client',
      schemaVersion: 1,
      files: [{ path: 'record.json', data: Buffer.from('{"client":{"id":"x"}}') }],
    })

    const cases: [Buffer, RegExp][] = [
      [flipped, /damaged/],
      [good.subarray(0, Math.floor(good.length * 0.7)), /damaged/],
      [wrongSum, /fails its checksum/],
      [zlib.gzipSync(traversalTar), /unsafe path/],
      [backup, /is a Stillroom backup, not one client's record/],
      [badRecord, /does not read as a Stillroom record/],
      [Buffer.from('PK\u0003\u0004 a zip'), /not a Stillroom archive/],
    ]
    for (const [body, message] of cases) {
      const res = await importInto(envB.server, cookie, body)
      expect(res.statusCode, String(message)).toBe(400)
      expect(res.json<{ message: string }>().message).toMatch(message)
    }
    expect((await importInto(envB.server, cookie, Buffer.alloc(0))).statusCode).toBe(400)
    expect((await importInto(envB.server, cookie, good, 'text/plain')).statusCode).toBe(415)
    expect((await importInto(envB.server, undefined, good)).statusCode).toBe(401)
    expect(await envB.server.storage.sessions!.listSessions({})).toEqual([])
    expect(
      fs.existsSync(path.join(envB.dir, 'images')) ? fs.readdirSync(path.join(envB.dir, 'images')) : [],
    ).toEqual([])
    // The good archive still imports afterwards.
    expect((await importInto(envB.server, cookie, good)).statusCode).toBe(201)
  })

  it('export is for the client’s own therapist only', async () => {
    const c = await exportedClient()
    const bert = await seedTherapist(envA.server, 'bert')
    const other = await envA.server.app.inject({
      method: 'GET',
      url: `/api/clients/${c.clientId}/export`,
      headers: { cookie: bert },
    })
    expect(other.statusCode).toBe(404)
    const unknown = await envA.server.app.inject({
      method: 'GET',
      url: '/api/clients/nobody/export',
      headers: { cookie: c.cookie },
    })
    expect(unknown.statusCode).toBe(404)
    expect(
      (await envA.server.app.inject({ method: 'GET', url: `/api/clients/${c.clientId}/export` })).statusCode,
    ).toBe(401)
    expect(envA.server.storage.audit?.list({ action: 'export' }).entries).toHaveLength(1)
  })
})
