import { describe, expect, it } from 'vitest'
import { createApi } from '../../../src/client/api'

describe('the solo device id', () => {
  it('is kept from the first answer that issues it and sent with every later call', async () => {
    const sent: (string | null)[] = []
    const fetchImpl = async (_url: unknown, init?: RequestInit) => {
      sent.push(new Headers(init?.headers).get('x-stillroom-solo'))
      return new Response('{"artworks":[]}', { headers: { 'x-stillroom-solo': 'issued-token' } })
    }
    const kept = new Map<string, string>()
    const storage = {
      getItem: (k: string) => kept.get(k) ?? null,
      setItem: (k: string, v: string) => void kept.set(k, v),
    }
    const api = createApi({ accessKey: null, fetchImpl: fetchImpl as typeof fetch, storage })
    await api.createArtwork('a calm lake')
    await api.listArtworks()
    expect(sent).toEqual([null, 'issued-token'])
    expect([...kept.values()]).toEqual(['issued-token'])
  })
})
