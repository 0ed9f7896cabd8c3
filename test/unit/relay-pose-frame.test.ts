import { describe, expect, it } from 'vitest'
import { readClientFrame, readPoseFrame } from '../../src/server/relay/pose-frame'
import { parseClientMessage } from '../../src/shared/session/protocol'

const good = () => ({
  v: 1,
  type: 'pose',
  t: 1234.5,
  head: { p: [0.25, 1.6, -2], q: [0, 0.7071, 0, 0.7071] },
  gaze: { artworkId: 'art-1', dir: [0, 0, -1] },
})

type Loose = Record<string, unknown>
/** The object (or array) under `key`, for spoiling it in place. */
const at = (obj: Loose, key: string) => obj[key] as Loose

/** The server's answer for a frame: the fast path where it applies, else the schema. */
const answer = (frame: string) => {
  const r = readClientFrame(frame)
  return r.ok ? { ok: true as const, message: r.message } : { ok: false as const, code: r.code }
}

describe('readPoseFrame (fast path for head poses)', () => {
  it.each([
    ['with gaze and artwork', good()],
    ['without gaze', { v: 1, type: 'pose', t: 0, head: { p: [0, 0, 0], q: [0, 0, 0, 1] } }],
    [
      'with gaze but no artwork',
      { v: 1, type: 'pose', t: -3, head: { p: [1, 2, 3], q: [0, 0, 0, 1] }, gaze: { dir: [1, 0, 0] } },
    ],
    [
      'at the coordinate limits',
      { v: 1, type: 'pose', t: 1e12, head: { p: [-10000, 10000, 0], q: [0, 0, 0, 1] } },
    ],
  ])('accepts a well-formed pose %s, exactly as the schema reads it', (_name, pose) => {
    const frame = JSON.stringify(pose)
    const fast = readPoseFrame(frame)
    expect(fast).toEqual(pose)
    const slow = parseClientMessage(frame)
    expect(slow.ok && slow.message).toEqual(fast)
  })

  // Every field of a pose, made wrong: the fast path declines and the answer is the schema's, with its code.
  const bad: [string, (p: Loose) => unknown, string][] = [
    ['no version', (p) => delete p.v, 'bad-version'],
    ['another version', (p) => (p.v = 2), 'bad-version'],
    ['the version as a string', (p) => (p.v = '1'), 'bad-version'],
    ['another type', (p) => (p.type = 'shout'), 'unknown-type'],
    ['an extra top-level field', (p) => (p.extra = 1), 'bad-frame'],
    ['t missing', (p) => delete p.t, 'bad-frame'],
    ['t as a string', (p) => (p.t = '5'), 'bad-frame'],
    ['t null', (p) => (p.t = null), 'bad-frame'],
    ['head missing', (p) => delete p.head, 'bad-frame'],
    ['head an array', (p) => (p.head = [0, 0, 0]), 'bad-frame'],
    ['head null', (p) => (p.head = null), 'bad-frame'],
    ['head with an extra field', (p) => (at(p, 'head').x = 1), 'bad-frame'],
    ['p missing', (p) => delete at(p, 'head').p, 'bad-frame'],
    ['p too short', (p) => (at(p, 'head').p = [0, 1]), 'bad-frame'],
    ['p too long', (p) => (at(p, 'head').p = [0, 1, 2, 3]), 'bad-frame'],
    ['p with a string', (p) => (at(p, 'head').p = [0, '1', 2]), 'bad-frame'],
    ['p with null (NaN in JSON)', (p) => (at(p, 'head').p = [0, null, 2]), 'bad-frame'],
    ['p an object', (p) => (at(p, 'head').p = { 0: 0, 1: 1, 2: 2, length: 3 }), 'bad-frame'],
    ['p too far', (p) => (at(p, 'head').p = [0, 1, 10000.5]), 'bad-frame'],
    ['p too far negative', (p) => (at(p, 'head').p = [-1e9, 1, 0]), 'bad-frame'],
    ['q too short', (p) => (at(p, 'head').q = [0, 0, 1]), 'bad-frame'],
    ['q with a boolean', (p) => (at(p, 'head').q = [0, 0, 0, true]), 'bad-frame'],
    ['gaze null', (p) => (p.gaze = null), 'bad-frame'],
    ['gaze an array', (p) => (p.gaze = []), 'bad-frame'],
    ['gaze without dir', (p) => delete at(p, 'gaze').dir, 'bad-frame'],
    ['gaze with an extra field', (p) => (at(p, 'gaze').where = 'x'), 'bad-frame'],
    ['gaze dir too long', (p) => (at(p, 'gaze').dir = [0, 0, -1, 0]), 'bad-frame'],
    ['an empty artwork id', (p) => (at(p, 'gaze').artworkId = ''), 'bad-frame'],
    ['an artwork id of 65 characters', (p) => (at(p, 'gaze').artworkId = 'a'.repeat(65)), 'bad-frame'],
    ['an artwork id as a number', (p) => (at(p, 'gaze').artworkId = 7), 'bad-frame'],
    ['a huge string field', (p) => (at(p, 'gaze').artworkId = 'x'.repeat(70_000)), 'too-large'],
  ]
  it.each(bad)('declines %s and the server answers with the schema code', (_name, spoil, code) => {
    const pose = good()
    spoil(pose)
    const frame = JSON.stringify(pose)
    expect(readPoseFrame(frame)).toBeUndefined()
    const r = readClientFrame(frame)
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.code).toBe(code)
      expect(r).toEqual(parseClientMessage(frame))
    }
  })

  it.each([
    ['Infinity from 1e999', '{"v":1,"type":"pose","t":1e999,"head":{"p":[0,0,0],"q":[0,0,0,1]}}'],
    ['a coordinate of 1e999', '{"v":1,"type":"pose","t":1,"head":{"p":[0,0,1e999],"q":[0,0,0,1]}}'],
    ['a __proto__ key', '{"v":1,"type":"pose","t":1,"head":{"p":[0,0,0],"q":[0,0,0,1]},"__proto__":{}}'],
    ['not JSON', '{"v":1,"type":"pose",'],
    ['a JSON array', '["pose"]'],
  ])('declines %s (bad-frame from the schema)', (_name, frame) => {
    expect(readPoseFrame(frame)).toBeUndefined()
    const r = readClientFrame(frame)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.code).toBe('bad-frame')
  })

  it('leaves every other message type to the schema, unchanged', () => {
    for (const frame of [
      '{"v":1,"type":"ping"}',
      '{"v":1,"type":"command","id":"m1","command":{"type":"narrate","text":"a pose"}}',
      '{"v":1,"type":"hello","role":"headset","deviceToken":"pose"}',
    ]) {
      expect(readPoseFrame(frame)).toBeUndefined()
      expect(readClientFrame(frame)).toEqual(parseClientMessage(frame))
    }
  })

  it('agrees with the schema on 5,000 randomly mutated poses', () => {
    let seed = 42
    const rand = () => {
      // Small LCG: reproducible without a dependency.
      seed = (seed * 1664525 + 1013904223) >>> 0
      return seed / 2 ** 32
    }
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!
    const junkValues = [
      0,
      -1,
      1.5,
      10_001,
      -10_001,
      Number.POSITIVE_INFINITY,
      '0',
      '',
      null,
      true,
      [],
      {},
      [0, 0],
      [0, 0, 0],
      [0, 0, 0, 1],
      'x'.repeat(65),
    ]
    // A fresh copy each time: a shared array put inside itself would make a circular structure.
    const junk = () => structuredClone(pick(junkValues))
    let accepted = 0
    const disagreements: string[] = []
    for (let i = 0; i < 5000; i++) {
      const pose: Loose = good()
      if (rand() < 0.3) delete pose.gaze
      else if (rand() < 0.5) delete at(pose, 'gaze').artworkId
      const mutations = Math.floor(rand() * 3)
      for (let m = 0; m < mutations; m++) {
        // Any object or array inside the pose (earlier mutations may have replaced some with junk).
        const isObject = (v: unknown): v is Loose => typeof v === 'object' && v !== null
        const inner = [pose.head, pose.gaze].filter(isObject)
        const targets = [pose, ...inner, ...inner.flatMap((o) => [o.p, o.q, o.dir])].filter(isObject)
        const target = pick(targets)
        const keys = Object.keys(target)
        const action = rand()
        if (action < 0.15 && keys.length) delete target[pick(keys)]
        else if (action < 0.25)
          target[Array.isArray(target) ? target.length : `k${Math.floor(rand() * 3)}`] = junk()
        else if (keys.length) target[pick(keys)] = junk()
      }
      const frame = JSON.stringify(pose)
      const fast = readPoseFrame(frame)
      const slow = parseClientMessage(frame)
      if (fast) accepted++
      const a = answer(frame)
      // Never more lenient than the schema, the same message when both accept, the same code when not.
      const same = fast
        ? slow.ok && JSON.stringify(slow.message) === JSON.stringify(fast)
        : a.ok === slow.ok && (slow.ok || (!a.ok && a.code === slow.code))
      if (!same) disagreements.push(frame)
    }
    expect(disagreements).toEqual([])
    // The run must exercise both sides.
    expect(accepted).toBeGreaterThan(500)
    expect(accepted).toBeLessThan(4500)
  }, 30_000)
})
