import fs from 'node:fs'
import http from 'node:http'
import zlib from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { msg } from '../../src/shared/session/protocol'
import { seedTherapist, createSessionFixture } from './session-helpers'
import type { SessionServer } from './session-helpers'

const env = createSessionFixture('stillroom-import-limits-', (dir) => ({ dataDir: dir }))

const uploads = () => fs.readdirSync(env.dir).filter((n) => n.startsWith('.import-upload-'))

/**
 * A raw upload that announces `length` bytes and sends only `first` of them: the answer must come before the rest,
 * or the server was waiting to read the whole body. `finish` sends the rest (or aborts with `abort`).
 */
function partialUpload(server: SessionServer, cookie: string | undefined, length: number, first: Buffer) {
  const req = http.request({
    host: '127.0.0.1',
    port: server.port,
    method: 'POST',
    path: '/api/clients/import',
    headers: {
      'content-type': 'application/gzip',
      'content-length': String(length),
      ...(cookie ? { cookie } : {}),
    },
  })
  req.on('error', () => {})
  const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no answer while the body was still unsent')), 3000)
    req.on('response', (res) => {
      let body = ''
      res.on('data', (c: Buffer) => (body += String(c)))
      res.on('end', () => {
        clearTimeout(timer)
        resolve({ status: res.statusCode ?? 0, body })
      })
    })
  })
  req.write(first)
  // An aborted upload has no answer to wait for.
  response.catch(() => {})
  return { response, abort: () => req.destroy() }
}

async function postArchive(server: SessionServer, cookie: string, body: Buffer) {
  const res = await fetch(`${server.origin}/api/clients/import`, {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/gzip' },
    body: new Uint8Array(body),
  })
  return { status: res.status, body: (await res.json()) as { error: string; message: string } }
}

describe('importing an archive cannot stall or crash a running server', () => {
  it('a stranger is refused before any of the body is read', async () => {
    const up = partialUpload(env.server, undefined, 500 * 1024 ** 2, Buffer.alloc(64 * 1024))
    const res = await up.response
    up.abort()
    expect(res.status).toBe(401)
    expect(JSON.parse(res.body)).toMatchObject({ error: 'login_required' })
    expect(uploads()).toEqual([])
  })

  it('an archive announced larger than the cap is refused at once with 413', async () => {
    const cookie = await seedTherapist(env.server, 'anna')
    const up = partialUpload(env.server, cookie, 2 * 1024 ** 3, Buffer.alloc(1024))
    const res = await up.response
    up.abort()
    expect(res.status).toBe(413)
    expect(JSON.parse(res.body).message).toMatch(/larger than Stillroom accepts/)
  })

  it('one import at a time: a second one gets 409 and plain words; the upload waits in a private file', async () => {
    const cookie = await seedTherapist(env.server, 'anna')
    const first = partialUpload(env.server, cookie, 10 * 1024 ** 2, Buffer.from([0x1f, 0x8b, 8, 0]))
    // The first upload is being written to the data folder, 0600, while it arrives.
    await expect.poll(() => uploads().length).toBe(1)
    expect(fs.statSync(`${env.dir}/${uploads()[0]}`).mode & 0o777).toBe(0o600)
    const second = await postArchive(env.server, cookie, zlib.gzipSync(Buffer.alloc(1024)))
    expect(second.status).toBe(409)
    expect(second.body).toMatchObject({ error: 'import_running' })
    expect(second.body.message).toMatch(/Another import is running/)
    // A dropped upload frees the slot and leaves no file behind.
    first.abort()
    await expect.poll(() => uploads()).toEqual([])
    await expect
      .poll(async () => (await postArchive(env.server, cookie, zlib.gzipSync(Buffer.alloc(1024)))).status)
      .toBe(400)
  })

  it('a gzip bomb is refused with 413 while a live session’s commands stay quick', async () => {
    const live = await env.live('anna')
    const bomb = zlib.gzipSync(Buffer.alloc(10 * 1024 ** 2), { level: 9 })
    expect(bomb.length).toBeLessThan(64 * 1024)
    // Commands at 10 a second (the socket's own limit) while bombs are uploaded back to back.
    const acks: number[] = []
    let sending = true
    const ping = (async () => {
      for (let i = 0; i < 15; i++) {
        const t0 = performance.now()
        live.consoleWs.send(msg.command(`n${i}`, { type: 'note', text: `still here ${i}` }))
        await live.consoleWs.next('ack', (m) => m.id === `n${i}`)
        acks.push(performance.now() - t0)
        await new Promise((r) => setTimeout(r, 110))
      }
      sending = false
    })()
    const results = []
    while (sending) results.push(await postArchive(env.server, live.cookie, bomb))
    await ping
    expect(results.length).toBeGreaterThanOrEqual(3)
    for (const res of results) {
      expect(res.status).toBe(413)
      expect(res.body.error).toBe('archive_too_large')
      expect(res.body.message).toMatch(/unpacks to far more than its size .* refused as unsafe/)
    }
    // The typical command is answered as quickly as ever; one slow answer on a busy 2-core machine is scheduling, not
    // the upload (unpacking a bomb on the event loop would hold every command behind it).
    const sorted = [...acks].sort((a, b) => a - b)
    expect(sorted[Math.floor(sorted.length / 2)]).toBeLessThan(50)
    expect(sorted.at(-1)).toBeLessThan(250)
    expect(uploads()).toEqual([])
  })
})
