import { describe, expect, it } from 'vitest'
import { hostOf, normalizeHostName, oddTarget, originMatches } from '../../src/server/security'
import { isApiPath } from '../../src/server/route-access'

describe('oddTarget', () => {
  it('passes plain paths and queries', () => {
    for (const url of [
      '/',
      '/api/artworks',
      '/api/artworks?key=a%2Fb',
      '/assets/index-AbC_1.js',
      '/gallery/',
    ])
      expect(oddTarget(url), url).toBeUndefined()
  })
  it('refuses a full address with 400 and other spellings with 404', () => {
    expect(oddTarget('http://127.0.0.1/api/artworks')?.status).toBe(400)
    expect(oddTarget('*')?.status).toBe(400)
    for (const url of [
      '/%61pi',
      '/api//x',
      '//api',
      '/./api',
      '/api/../api',
      '/api;x',
      '/api%00',
      '/a b',
      '/a\\b',
      '/ä',
    ])
      expect(oddTarget(url)?.status, url).toBe(404)
  })
})

describe('hosts and origins', () => {
  it('reads the name of a Host header', () => {
    expect(hostOf('LocalHost:8080')).toBe('localhost')
    expect(hostOf('[::1]:80')).toBe('[::1]')
    expect(hostOf('stillroom.lan.')).toBe('stillroom.lan')
    expect(hostOf('a b')).toBeUndefined()
    expect(hostOf('evil@localhost')).toBeUndefined()
    expect(hostOf(undefined)).toBeUndefined()
    expect(normalizeHostName('fe80::1')).toBe('[fe80::1]')
  })
  it('matches an Origin to the server’s own origin', () => {
    const none = new Set<string>()
    expect(originMatches(undefined, 'http://localhost:80', none)).toBe(true)
    expect(originMatches('http://localhost', 'http://localhost:80', none)).toBe(true)
    expect(originMatches('https://localhost', 'http://localhost:80', none)).toBe(false)
    expect(originMatches('null', 'http://localhost:80', none)).toBe(false)
    expect(
      originMatches('http://localhost:5173', 'http://localhost:8787', new Set(['http://localhost:5173'])),
    ).toBe(true)
  })
  it('knows /api in any case', () => {
    expect(isApiPath('/API/x')).toBe(true)
    expect(isApiPath('/apix')).toBe(false)
  })
})
