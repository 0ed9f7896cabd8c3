import { describe, expect, it } from 'vitest'
import {
  MAX_FRAME_BYTES,
  PROTOCOL_VERSION,
  msg,
  parseClientMessage,
  parseServerMessage,
  utf8Length,
} from '../../src/shared/session/protocol'
import { MAX_SESSION_ARTWORKS, createSessionState } from '../../src/shared/session/state'
import { DEFAULT_SCENE_SPEC, TEXT_MAX_CHARS } from '../../src/shared/spec'

const ok = (frame: unknown) => parseClientMessage(JSON.stringify(frame))

describe('parseClientMessage', () => {
  it('accepts every well-formed client message', () => {
    expect(ok(msg.hello('therapist', { sessionId: 's1' })).ok).toBe(true)
    expect(ok(msg.hello('headset', { deviceToken: 't' })).ok).toBe(true)
    expect(ok(msg.command('m1', { type: 'set-scene', biome: 'forest' })).ok).toBe(true)
    expect(ok(msg.ping()).ok).toBe(true)
    expect(
      ok({ v: 1, type: 'pose', t: 5, head: { p: [0, 1.6, 0], q: [0, 0, 0, 1] }, gaze: { dir: [0, 0, -1] } })
        .ok,
    ).toBe(true)
  })

  it.each([
    ['not JSON', '{oops', 'bad-frame'],
    ['a JSON array', '[1,2]', 'bad-frame'],
    ['a JSON string', '"hello"', 'bad-frame'],
    ['no version', '{"type":"ping"}', 'bad-version'],
    ['another version', '{"v":2,"type":"ping"}', 'bad-version'],
    ['unknown type', '{"v":1,"type":"shout"}', 'unknown-type'],
    ['a server-only type', '{"v":1,"type":"welcome"}', 'unknown-type'],
    ['hello with a bad role', '{"v":1,"type":"hello","role":"admin"}', 'bad-frame'],
    ['extra fields', '{"v":1,"type":"ping","x":1}', 'bad-frame'],
    ['unknown command', '{"v":1,"type":"command","id":"a","command":{"type":"explode"}}', 'bad-command'],
    [
      'out-of-range command',
      '{"v":1,"type":"command","id":"a","command":{"type":"set-brightness","value":9}}',
      'bad-command',
    ],
    [
      'wrong-typed field',
      '{"v":1,"type":"command","id":"a","command":{"type":"set-view","view":3}}',
      'bad-command',
    ],
    [
      'a pose with NaN-ish coordinates',
      '{"v":1,"type":"pose","t":1,"head":{"p":[0,1,"x"],"q":[0,0,0,1]}}',
      'bad-frame',
    ],
    ['a pose far away', '{"v":1,"type":"pose","t":1,"head":{"p":[0,1,1e9],"q":[0,0,0,1]}}', 'bad-frame'],
  ])('rejects %s with a clear code', (_name, frame, code) => {
    const parsed = parseClientMessage(frame)
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) {
      expect(parsed.code).toBe(code)
      expect(parsed.message.length).toBeGreaterThan(5)
    }
  })

  it('echoes the message id of a bad command so the sender can match the error', () => {
    const parsed = parseClientMessage(
      '{"v":1,"type":"command","id":"m7","command":{"type":"narrate","text":""}}',
    )
    expect(parsed).toMatchObject({ ok: false, code: 'bad-command', id: 'm7' })
  })

  it('rejects frames over 64 KB by their UTF-8 size', () => {
    const text = 'é'.repeat(MAX_FRAME_BYTES / 2)
    const frame = JSON.stringify(msg.command('a', { type: 'narrate', text }))
    expect(frame.length).toBeLessThan(MAX_FRAME_BYTES * 1.1)
    expect(parseClientMessage(frame)).toMatchObject({ ok: false, code: 'too-large' })
    expect(utf8Length('aé😀')).toBe(1 + 2 + 4)
  })
})

describe('parseServerMessage', () => {
  it('reads what the server builds', () => {
    const state = createSessionState({ id: 's', clientId: 'c', clientAlias: 'A', therapistId: 'u', now: 1 })
    for (const m of [
      msg.welcome('headset', state),
      msg.applied(1, { type: 'noop' }, 5),
      msg.ack('x', 1),
      msg.error('forbidden', 'no'),
      msg.pong(),
      msg.ended(),
      msg.presence(true),
    ]) {
      const parsed = parseServerMessage(JSON.stringify(m))
      expect(parsed).toEqual({ ok: true, message: m })
    }
    expect(PROTOCOL_VERSION).toBe(1)
  })

  it('accepts a welcome of a full session (120 artworks of 2,000 characters), larger than 64 KB', () => {
    const state = createSessionState({ id: 's', clientId: 'c', clientAlias: 'A', therapistId: 'u', now: 1 })
    const artworks = Array.from({ length: MAX_SESSION_ARTWORKS }, (_, i) => ({
      artwork: {
        id: `a${i}`,
        text: 'w'.repeat(TEXT_MAX_CHARS),
        createdAt: new Date(0).toISOString(),
        spec: DEFAULT_SCENE_SPEC,
        seed: i,
        status: 'shown' as const,
      },
      state: 'pending' as const,
      slot: null,
      reasons: [],
      from: 'client' as const,
    }))
    const frame = JSON.stringify(msg.welcome('therapist', { ...state, artworks }))
    expect(frame.length).toBeGreaterThan(MAX_FRAME_BYTES)
    expect(parseServerMessage(frame).ok).toBe(true)
  })
})
