// The timeline's rooms show an earlier session's AI picture when the artwork had one: only the planes
// in the window are fed, each picture is fetched from its own session, and leaving a room frees its pictures.
import * as THREE from 'three'
import { describe, expect, it } from 'vitest'
import { createPictureBoard } from '../../src/scene/gallery/picture-board'
import { createTimelinePictureFeed } from '../../src/scene/timeline/timeline-pictures'

const settle = () => new Promise((r) => setTimeout(r, 0))

function fakeLoad(fail = new Set<string>()) {
  const calls: Array<[string, string]> = []
  const made = new Map<string, THREE.Texture>()
  const load = async (sessionId: string, file: string) => {
    calls.push([sessionId, file])
    if (fail.has(file)) return null
    const t = new THREE.Texture()
    made.set(file, t)
    return t
  }
  return { load, calls, made }
}

describe('the timeline picture feed', () => {
  it('fetches each picture of the window from its own session once; planes without one keep their painting', async () => {
    const board = createPictureBoard()
    const { load, calls, made } = fakeLoad()
    const feed = createTimelinePictureFeed(board, load, { attempts: 1 })
    const stop = feed.start()
    const room0 = [
      { key: '0:a1', sessionId: 's1', file: 'a1.png' },
      { key: '0:a2', sessionId: 's1' },
    ]
    const room1 = [{ key: '1:b1', sessionId: 's2', file: 'b1.png' }]
    feed.update([...room0, ...room1])
    expect(board.get('0:a1')).toMatchObject({ loading: true })
    await settle()
    expect(calls).toEqual([
      ['s1', 'a1.png'],
      ['s2', 'b1.png'],
    ])
    expect(board.get('0:a1')?.texture).toBe(made.get('a1.png'))
    expect(board.get('1:b1')?.texture).toBe(made.get('b1.png'))
    expect(board.get('0:a2')?.texture ?? null).toBeNull()

    // The same window again (a re-render): nothing is fetched twice.
    feed.update([...room0, ...room1])
    await settle()
    expect(calls).toHaveLength(2)

    // Walking on: room 0 leaves the window, its picture is freed; room 2 comes in.
    let freed = false
    made.get('a1.png')!.addEventListener('dispose', () => void (freed = true))
    feed.update([...room1, { key: '2:c1', sessionId: 's3', file: 'c1.png' }])
    await settle()
    expect(freed).toBe(true)
    expect(board.get('0:a1')).toBeUndefined()
    expect(calls.at(-1)).toEqual(['s3', 'c1.png'])
    expect(board.ids().sort()).toEqual(['1:b1', '2:c1'])

    stop()
    expect(board.ids()).toEqual([])
  })

  it('a picture that cannot be had leaves the painting, quietly', async () => {
    const board = createPictureBoard()
    const { load } = fakeLoad(new Set(['a1.png']))
    const feed = createTimelinePictureFeed(board, load, { attempts: 1 })
    const stop = feed.start()
    feed.update([{ key: '0:a1', sessionId: 's1', file: 'a1.png' }])
    await settle()
    expect(board.get('0:a1')).toMatchObject({ loading: false, cue: false, texture: null })
    stop()
  })

  it('a restart (StrictMode mounts effects twice) picks the window up again', async () => {
    const board = createPictureBoard()
    const { load, calls } = fakeLoad()
    const feed = createTimelinePictureFeed(board, load, { attempts: 1 })
    feed.update([{ key: '0:a1', sessionId: 's1', file: 'a1.png' }])
    feed.start()()
    const stop = feed.start()
    await settle()
    expect(board.get('0:a1')?.texture).toBeInstanceOf(THREE.Texture)
    expect(calls.filter(([, f]) => f === 'a1.png').length).toBeGreaterThanOrEqual(1)
    stop()
  })
})
