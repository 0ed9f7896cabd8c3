import fs from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { parseServeConfig, startServer } from '../../src/server/main'
import type { RunningServer } from '../../src/server/main'
import { loadTls } from '../../src/server/tls'
import { httpsGet, makeTempDir, makeTestApp, writeFakeBuild } from './helpers'
import type { TestApp } from './helpers'
import { SOLO } from './solo-helpers'

let tmp: ReturnType<typeof makeTempDir>
beforeEach(() => {
  tmp = makeTempDir()
})
afterEach(() => tmp.cleanup())

describe('access key (inject)', () => {
  const key = 'k3y-for-tests_0123456789abcdef'
  let t: TestApp
  beforeEach(async () => {
    const dist = path.join(tmp.dir, 'dist')
    writeFakeBuild(dist)
    t = await makeTestApp(path.join(tmp.dir, 'db.sqlite'), { accessKey: key, staticDir: dist })
  })
  afterEach(() => t.close())

  it('answers 401 on every /api route without the key, or with a wrong one', async () => {
    for (const [method, url] of [
      ['GET', '/api/artworks'],
      ['GET', '/api/health'],
      ['GET', '/api/artworks/abc'],
      ['POST', '/api/artworks'],
      ['GET', '/api/unknown'],
    ] as const) {
      const res = await t.app.inject({
        method,
        url,
        payload: method === 'POST' ? { text: 'a beach' } : undefined,
      })
      expect(res.statusCode, `${method} ${url}`).toBe(401)
      expect(res.json()).toEqual({ error: 'unauthorized', message: expect.stringContaining('key') })
    }
    const wrong = await t.app.inject({ url: '/api/artworks', headers: { 'x-stillroom-key': `${key}x` } })
    expect(wrong.statusCode).toBe(401)
    const prefix = await t.app.inject({ url: `/api/artworks?key=${key.slice(0, 10)}` })
    expect(prefix.statusCode).toBe(401)
    expect(t.countRows()).toBe(0)
  })

  it('accepts the key in the x-stillroom-key header and in ?key=', async () => {
    const viaHeader = await t.app.inject({
      method: 'POST',
      url: '/api/artworks',
      headers: { 'x-stillroom-key': key, ...SOLO },
      payload: { text: 'a beach' },
    })
    expect(viaHeader.statusCode).toBe(201)
    const viaQuery = await t.app.inject({ url: `/api/artworks?key=${key}`, headers: SOLO })
    expect(viaQuery.statusCode).toBe(200)
    expect(viaQuery.json().artworks).toHaveLength(1)
  })

  it('serves the app shell without the key (the key only guards the words)', async () => {
    const res = await t.app.inject({ url: '/' })
    expect(res.statusCode).toBe(200)
    expect(res.body).toContain('Stillroom')
  })
})

describe('--lan over real HTTPS', () => {
  const lanConfig = (dataDir: string) =>
    parseServeConfig(['--lan', '--port', '0', '--host', '127.0.0.1', '--data', dataDir], {})

  let server: RunningServer | undefined
  afterEach(async () => {
    await server?.close()
    server = undefined
  })

  it('generates a certificate and an access key, answers 401 without the key and 200 with it', async () => {
    const logs: string[] = []
    server = await startServer(lanConfig(tmp.dir), (line) => logs.push(line))
    expect(fs.existsSync(path.join(tmp.dir, 'tls', 'cert.pem'))).toBe(true)
    expect(fs.existsSync(path.join(tmp.dir, 'tls', 'key.pem'))).toBe(true)
    const key = fs.readFileSync(path.join(tmp.dir, 'access-key'), 'utf8').trim()
    expect(key.length).toBeGreaterThanOrEqual(20)
    const url = server.urls[0] ?? ''
    expect(url).toBe(`https://127.0.0.1:${server.port}/?key=${key}`)
    expect(logs.join('\n')).toContain(url)

    const base = `https://127.0.0.1:${server.port}`
    const denied = await httpsGet(`${base}/api/artworks`)
    expect(denied.status).toBe(401)
    expect(JSON.parse(denied.body)).toMatchObject({ error: 'unauthorized' })
    expect((await httpsGet(`${base}/api/artworks?key=${key}`)).status).toBe(200)
    expect((await httpsGet(`${base}/api/health`, { 'x-stillroom-key': key })).status).toBe(200)
  })

  it('reuses the certificate and the key on the next start', async () => {
    server = await startServer(lanConfig(tmp.dir), () => {})
    const first = await httpsGet(`https://127.0.0.1:${server.port}/api/health`)
    const key = fs.readFileSync(path.join(tmp.dir, 'access-key'), 'utf8')
    const certPem = fs.readFileSync(path.join(tmp.dir, 'tls', 'cert.pem'), 'utf8')
    await server.close()

    server = await startServer(lanConfig(tmp.dir), () => {})
    const second = await httpsGet(`https://127.0.0.1:${server.port}/api/health`)
    expect(second.cert).toBe(first.cert)
    expect(second.cert).not.toBe('')
    expect(fs.readFileSync(path.join(tmp.dir, 'access-key'), 'utf8')).toBe(key)
    expect(fs.readFileSync(path.join(tmp.dir, 'tls', 'cert.pem'), 'utf8')).toBe(certPem)
  })

  it("uses the clinic's own certificate, and says clearly when it cannot be read", async () => {
    const own = await loadTls({ dataDir: path.join(tmp.dir, 'elsewhere'), addresses: [] })
    const certFile = path.join(tmp.dir, 'clinic.pem')
    const keyFile = path.join(tmp.dir, 'clinic.key')
    fs.writeFileSync(certFile, own.cert)
    fs.writeFileSync(keyFile, own.key)
    const loaded = await loadTls({ dataDir: tmp.dir, certFile, keyFile })
    expect(loaded.source).toBe('clinic')
    expect(fs.existsSync(path.join(tmp.dir, 'tls'))).toBe(false)

    await expect(
      loadTls({ dataDir: tmp.dir, certFile: path.join(tmp.dir, 'nope.pem'), keyFile }),
    ).rejects.toThrow(/Cannot read the certificate file .*nope\.pem/)
    await expect(loadTls({ dataDir: tmp.dir, certFile: keyFile, keyFile })).rejects.toThrow(
      /not a PEM certificate/,
    )
    await expect(loadTls({ dataDir: tmp.dir, certFile })).rejects.toThrow(/both --cert/)
  })

  it('remakes a generated certificate that no longer names this machine', async () => {
    const a = await loadTls({ dataDir: tmp.dir, addresses: ['10.1.2.3'] })
    const b = await loadTls({ dataDir: tmp.dir, addresses: ['10.1.2.3'] })
    const c = await loadTls({ dataDir: tmp.dir, addresses: ['10.9.9.9'] })
    expect([a.source, b.source, c.source]).toEqual(['generated', 'reused', 'generated'])
    expect(b.fingerprint).toBe(a.fingerprint)
    expect(c.fingerprint).not.toBe(a.fingerprint)
  })
})
