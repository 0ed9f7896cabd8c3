// Words of risk from a device on its own (no therapist): nothing painted or stored, the answer carries the clinic's
// crisis text. And how a clinic sets that text: a file per language in the data folder, the environment, a default.
import fs from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createCrisisTexts } from '../../src/server/crisis-text'
import { parseServeConfig, startServer } from '../../src/server/main'
import type { ArtworkCreatedResponse, RiskRaisedResponse } from '../../src/shared/artwork'
import { DEFAULT_CRISIS_TEXT } from '../../src/shared/safety/crisis'
import { makeTempDir, makeTestApp } from './helpers'
import type { TestApp } from './helpers'

let tmp: ReturnType<typeof makeTempDir>
let t: TestApp | undefined
beforeEach(() => {
  tmp = makeTempDir('stillroom-risk-solo-')
})
afterEach(async () => {
  await t?.close()
  t = undefined
  tmp.cleanup()
})

const CLINIC = 'Call the Riverside Clinic line on 0100 000 000, day or night.'

describe('POST /api/artworks with words of risk', () => {
  it('paints and stores nothing, and answers with the crisis text', async () => {
    const warnings: string[] = []
    const crisisText = createCrisisTexts({ envText: CLINIC, warn: (m) => warnings.push(m) })
    t = await makeTestApp(path.join(tmp.dir, 'db.sqlite'), { crisisText })
    for (const text of ['I want to hurt myself', 'a quiet beach where I want to kill myself']) {
      const res = await t.app.inject({ method: 'POST', url: '/api/artworks', payload: { text } })
      expect(res.statusCode).toBe(200)
      const body = res.json<RiskRaisedResponse>()
      expect(body).toEqual({ risk: true, crisis: { language: 'en', text: CLINIC, source: 'clinic' } })
      expect(res.body).not.toMatch(/myself/)
    }
    expect(t.countRows()).toBe(0)
    expect((await t.app.inject({ method: 'GET', url: '/api/artworks' })).json()).toEqual({ artworks: [] })
    // Calm words still paint.
    const calm = await t.app.inject({
      method: 'POST',
      url: '/api/artworks',
      payload: { text: 'a quiet beach' },
    })
    expect(calm.statusCode).toBe(201)
    expect(calm.json<ArtworkCreatedResponse>().artwork.text).toBe('a quiet beach')
    expect(t.countRows()).toBe(1)
    expect(warnings).toEqual([])
  })
})

describe('the crisis text', () => {
  it('a file in the data folder wins for its language, then the setting, then the default', () => {
    const warnings: string[] = []
    const none = createCrisisTexts({ dataDir: tmp.dir, warn: (m) => warnings.push(m) })
    expect(none('en')).toEqual({ language: 'en', text: DEFAULT_CRISIS_TEXT.en, source: 'default' })
    // Each language we read has its own default; a language we have no text for gets English, never nothing.
    expect(none('es-MX')).toEqual({ language: 'es', text: DEFAULT_CRISIS_TEXT.es, source: 'default' })
    expect(none('de')).toEqual({ language: 'de', text: DEFAULT_CRISIS_TEXT.de, source: 'default' })
    expect(DEFAULT_CRISIS_TEXT.fr).not.toBe(DEFAULT_CRISIS_TEXT.en)
    expect(none('xx-YY').language).toBe('en')

    const fromEnv = createCrisisTexts({
      envText: `  ${CLINIC}\u0007 `,
      dataDir: tmp.dir,
      warn: (m) => warnings.push(m),
    })
    expect(fromEnv('en-GB')).toEqual({ language: 'en', text: CLINIC, source: 'clinic' })

    fs.mkdirSync(path.join(tmp.dir, 'crisis'))
    fs.writeFileSync(
      path.join(tmp.dir, 'crisis', 'en.txt'),
      'Ring the front desk: 0100 111 111.\r\n\r\n\r\nYou are not alone.\n',
    )
    expect(fromEnv('en')).toEqual({
      language: 'en',
      text: 'Ring the front desk: 0100 111 111.\n\nYou are not alone.',
      source: 'clinic',
    })
    expect(warnings).toEqual([])

    // A file that cannot be used: a plain warning, once, and the next source.
    fs.writeFileSync(path.join(tmp.dir, 'crisis', 'en.txt'), 'x'.repeat(5000))
    expect(fromEnv('en').text).toBe(CLINIC)
    expect(fromEnv('en').text).toBe(CLINIC)
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(/crisis.*en\.txt.*longer than/)

    const emptyEnv = createCrisisTexts({ envText: '   ', warn: (m) => warnings.push(m) })
    expect(emptyEnv('en').source).toBe('default')
    expect(warnings.at(-1)).toMatch(/STILLROOM_CRISIS_TEXT/)
  })

  it('GET /api/crisis-text answers any device with the key, and only with the key on the LAN', async () => {
    const key = 'k3y-for-tests_0123456789abcdef'
    t = await makeTestApp(path.join(tmp.dir, 'db.sqlite'), {
      accessKey: key,
      crisisText: createCrisisTexts({ envText: CLINIC, warn: () => {} }),
    })
    const without = await t.app.inject({ method: 'GET', url: '/api/crisis-text?lang=en' })
    expect(without.statusCode).toBe(401)
    const riskWithout = await t.app.inject({
      method: 'POST',
      url: '/api/artworks',
      payload: { text: 'I want to kill myself' },
    })
    expect(riskWithout.statusCode).toBe(401)
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/crisis-text?lang=en',
      headers: { 'x-stillroom-key': key },
    })
    expect(res.statusCode).toBe(200)
    expect(res.headers['cache-control']).toBe('no-store')
    expect(res.json()).toEqual({ language: 'en', text: CLINIC, source: 'clinic' })
    const odd = await t.app.inject({
      method: 'GET',
      url: `/api/crisis-text?lang=${'z'.repeat(5000)}&lang=en`,
      headers: { 'x-stillroom-key': key },
    })
    expect(odd.statusCode).toBe(200)
    expect(odd.json()).toMatchObject({ language: 'en', text: CLINIC })
  })

  it('npm start reads STILLROOM_CRISIS_TEXT and the data folder', async () => {
    const config = parseServeConfig(['--port', '0', '--host', '127.0.0.1', '--data', tmp.dir], {
      STILLROOM_CRISIS_TEXT: CLINIC,
    })
    expect(config.crisisText).toBe(CLINIC)
    const server = await startServer(config, () => {})
    try {
      const res = await fetch(`http://127.0.0.1:${server.port}/api/crisis-text`)
      expect(await res.json()).toEqual({ language: 'en', text: CLINIC, source: 'clinic' })
    } finally {
      await server.close()
    }
  })
})
