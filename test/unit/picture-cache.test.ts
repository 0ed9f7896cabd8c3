import { describe, expect, it } from 'vitest'
import { createPictureCache } from '../../src/console/ai/picture-cache'

/** A fake server and URL table: counts fetches, hands out numbered URLs, records revokes. */
function rig(opts: { keep?: number; fail?: Set<string> } = {}) {
  const fetched: string[] = []
  const revoked: string[] = []
  let n = 0
  const cache = createPictureCache({
    fetchBlob: async (sessionId, file) => {
      fetched.push(`${sessionId}/${file}`)
      if (opts.fail?.has(file)) return null
      return new Blob([`png ${file}`], { type: 'image/png' })
    },
    createUrl: () => `blob:${++n}`,
    revokeUrl: (u) => revoked.push(u),
    ...(opts.keep ? { keep: opts.keep } : {}),
  })
  return { cache, fetched, revoked }
}

describe('console picture cache', () => {
  it('fetches a picture once for the thumbnail and the mirror, at once or later', async () => {
    const { cache, fetched } = rig()
    const [a, b] = await Promise.all([cache.blob('s1', 'a.png'), cache.lease('s1', 'a.png').url])
    expect(a).toBeInstanceOf(Blob)
    expect(b).toBe('blob:1')
    await cache.blob('s1', 'a.png')
    expect(fetched).toEqual(['s1/a.png'])
    await cache.blob('s2', 'a.png')
    expect(fetched).toEqual(['s1/a.png', 's2/a.png'])
  })

  it('shares one object URL between holders and revokes it when the last lets go', async () => {
    const { cache, revoked } = rig()
    const one = cache.lease('s1', 'a.png')
    const two = cache.lease('s1', 'a.png')
    expect([await one.url, await two.url]).toEqual(['blob:1', 'blob:1'])
    one.release()
    one.release()
    expect(revoked).toEqual([])
    expect(cache.liveUrls).toBe(1)
    two.release()
    expect(revoked).toEqual(['blob:1'])
    expect(cache.liveUrls).toBe(0)
    // Shown again later: a new URL from the kept bytes.
    const three = cache.lease('s1', 'a.png')
    expect(await three.url).toBe('blob:2')
    three.release()
    expect(revoked).toEqual(['blob:1', 'blob:2'])
  })

  it('a lease let go before the picture arrives makes no URL at all', async () => {
    const { cache, revoked } = rig()
    const early = cache.lease('s1', 'a.png')
    early.release()
    expect(await early.url).toBeNull()
    expect(cache.liveUrls).toBe(0)
    expect(revoked).toEqual([])
  })

  it('forgets a failed fetch so it is tried again, and keeps only the last few pictures', async () => {
    const fail = new Set(['bad.png'])
    const { cache, fetched } = rig({ keep: 2, fail })
    expect(await cache.lease('s1', 'bad.png').url).toBeNull()
    fail.clear()
    expect(await cache.blob('s1', 'bad.png')).toBeInstanceOf(Blob)
    expect(fetched.filter((f) => f === 's1/bad.png')).toHaveLength(2)
    await cache.blob('s1', 'b.png')
    await cache.blob('s1', 'bad.png') // used again: now the newest
    await cache.blob('s1', 'c.png') // pushes out b.png, the least recently used
    fetched.length = 0
    await cache.blob('s1', 'bad.png')
    await cache.blob('s1', 'c.png')
    expect(fetched).toEqual([])
    await cache.blob('s1', 'b.png')
    expect(fetched).toEqual(['s1/b.png'])
  })

  it('a fetch that throws counts as no picture', async () => {
    const cache = createPictureCache({
      fetchBlob: () => Promise.reject(new Error('offline')),
      createUrl: () => 'blob:x',
      revokeUrl: () => {},
    })
    expect(await cache.blob('s1', 'a.png')).toBeNull()
    expect(await cache.lease('s1', 'a.png').url).toBeNull()
  })
})
