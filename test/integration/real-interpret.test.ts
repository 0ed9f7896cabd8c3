import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ArtworkCreatedResponse, ListArtworksResponse } from '../../src/shared/artwork'
import { interpret } from '../../src/shared/interpret'
import { makeTempDir, makeTestApp } from './helpers'
import type { TestApp } from './helpers'
import { SOLO } from './solo-helpers'

// The same flow with the real interpreter and safety screen, as main.ts wires it.
let tmp: ReturnType<typeof makeTempDir>
let t: TestApp
beforeEach(async () => {
  tmp = makeTempDir()
  t = await makeTestApp(path.join(tmp.dir, 'stillroom.db'), { interpret })
})
afterEach(async () => {
  await t.close()
  tmp.cleanup()
})

const create = async (text: string) => {
  const res = await t.app.inject({ method: 'POST', url: '/api/artworks', headers: SOLO, payload: { text } })
  expect(res.statusCode).toBe(201)
  return res.json<ArtworkCreatedResponse>()
}

describe('API with the real interpret', () => {
  it('paints a beach and holds a soldier with a gun', async () => {
    const beach = await create('a quiet beach at sunset, the waves coming in slowly')
    expect(beach.spec.biome).toBe('beach')
    expect(beach.artwork.status).toBe('shown')

    const held = await create('a soldier with a gun')
    expect(held.spec.safety.held).toBe(true)
    expect(held.spec.safety.reasons.length).toBeGreaterThan(0)
    expect(held.artwork.status).toBe('held')

    const list = (await t.app.inject({ url: '/api/artworks', headers: SOLO })).json<ListArtworksResponse>()
    expect(list.artworks.map((a) => a.status)).toEqual(['shown', 'held'])
  })

  it('does not hold look-alikes such as fireflies over a meadow', async () => {
    const { artwork } = await create('fireflies over a summer meadow')
    expect(artwork.status).toBe('shown')
  })
})
