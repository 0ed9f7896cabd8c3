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

  it('is asked of the server once when a headset alone needs it before any painting, then kept', async () => {
    const asked: string[] = []
    const fetchImpl = async (url: unknown, init?: RequestInit) => {
      asked.push(`${init?.method ?? 'GET'} ${String(url)}`)
      return new Response('{"device":"asked-token"}', { status: 201 })
    }
    const kept = new Map<string, string>()
    const storage = {
      getItem: (k: string) => kept.get(k) ?? null,
      setItem: (k: string, v: string) => void kept.set(k, v),
    }
    const api = createApi({ accessKey: null, fetchImpl: fetchImpl as typeof fetch, storage })
    expect(await api.soloDevice()).toBe('asked-token')
    expect(await api.soloDevice()).toBe('asked-token')
    expect(asked).toEqual(['POST /api/solo/device'])
    const down = createApi({
      accessKey: null,
      fetchImpl: (async () => {
        throw new Error('offline')
      }) as typeof fetch,
      storage: { getItem: () => null, setItem: () => {} },
    })
    expect(await down.soloDevice()).toBeNull()
  })
})
