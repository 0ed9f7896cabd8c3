import { describe, expect, it } from 'vitest'
import {
  forgetDeviceSession,
  readDeviceSession,
  saveDeviceSession,
  DEVICE_KEY,
} from '../../src/client/session/device-token'
import { createRateGate, gazeTarget } from '../../src/client/session/gaze'
import {
  isCompleteCode,
  KEYPAD_ROWS,
  keypadChar,
  keypadReducer,
  normaliseCode,
  PAIRING_CODE_ALPHABET,
} from '../../src/client/session/keypad'
import { pairWithCode } from '../../src/client/session/pairing'
import { englishText } from '../../src/client/i18n/english'
import { socketUrl } from '../../src/shared/session/session-socket'
import { sudsChoices } from '../../src/client/session/suds'
import { DEVICE_STORAGE_KEY, PAIRING_ALPHABET, PAIRING_CODE_LENGTH } from '../../src/shared/session'

describe('pairing keypad rules', () => {
  it('uses exactly the contract alphabet, every key once, and six characters', () => {
    expect(PAIRING_CODE_ALPHABET).toBe(PAIRING_ALPHABET)
    expect(PAIRING_CODE_LENGTH).toBe(6)
    const keys = KEYPAD_ROWS.flat()
    expect([...keys].sort()).toEqual([...PAIRING_ALPHABET].sort())
    expect(new Set(keys).size).toBe(keys.length)
  })
  it('refuses look-alike characters and upper-cases letters', () => {
    for (const c of '0O1IL2Z5S8Bo il zsb-_ ') expect(keypadChar(c)).toBeNull()
    expect(keypadChar('a')).toBe('A')
    expect(keypadChar('7')).toBe('7')
    expect(keypadChar('Enter')).toBeNull()
  })
  it('types, stops at six, backs up and clears', () => {
    let s = { code: '' }
    for (const k of 'ac3x') s = keypadReducer(s, { type: 'key', key: k })
    expect(s.code).toBe('AC3X')
    s = keypadReducer(s, { type: 'key', key: '0' })
    expect(s.code).toBe('AC3X')
    for (const k of '9797') s = keypadReducer(s, { type: 'key', key: k })
    expect(s.code).toBe('AC3X97')
    expect(isCompleteCode(s.code)).toBe(true)
    s = keypadReducer(s, { type: 'back' })
    expect(s.code).toBe('AC3X9')
    expect(isCompleteCode(s.code)).toBe(false)
    const same = keypadReducer({ code: '' }, { type: 'back' })
    expect(same.code).toBe('')
    expect(keypadReducer(s, { type: 'clear' }).code).toBe('')
  })
  it('cleans a pasted or read-out code', () => {
    expect(normaliseCode(' kx7-9ah ')).toBe('KX79AH')
    expect(normaliseCode('K X 7 9 A H M N')).toBe('KX79AH')
    expect(keypadReducer({ code: 'AC' }, { type: 'paste', text: 'd-e-f-h-j' }).code).toBe('ACDEFH')
    expect(isCompleteCode('KX79A0')).toBe(false)
  })
})

describe('pairing request', () => {
  const reply = (status: number, body: unknown) =>
    (async () => new Response(JSON.stringify(body), { status })) as unknown as typeof fetch
  it('returns the device token and sends the access key', async () => {
    let sent: RequestInit | undefined
    const fetchImpl = (async (_u: string, init?: RequestInit) => {
      sent = init
      return new Response(JSON.stringify({ sessionId: 's1', deviceToken: 'tok' }), { status: 200 })
    }) as unknown as typeof fetch
    const r = await pairWithCode('KX79AH', { fetchImpl, accessKey: 'k' })
    expect(r).toEqual({ ok: true, value: { sessionId: 's1', deviceToken: 'tok' } })
    expect(JSON.parse(String(sent?.body))).toEqual({ code: 'KX79AH' })
    expect((sent?.headers as Record<string, string>)['x-stillroom-key']).toBe('k')
  })
  it('gives calm messages for a wrong code, a cooling-off, a dead server and a short code', async () => {
    expect(await pairWithCode('KX79AH', { fetchImpl: reply(404, { error: 'not-found' }) })).toMatchObject({
      ok: false,
      key: 'keypad.error.wrong',
    })
    // The server's English sentence stays behind: the client reads the same minutes in their own language.
    const wait = (async () =>
      new Response(JSON.stringify({ error: 'rate_limited', message: 'Too many tries. Please wait 2 min.' }), {
        status: 429,
        headers: { 'retry-after': '90' },
      })) as unknown as typeof fetch
    const busy = await pairWithCode('KX79AH', { fetchImpl: wait })
    expect(busy).toMatchObject({ ok: false, key: 'keypad.error.wait', vars: { count: 2 }, retryable: false })
    if (busy.ok) throw new Error('refused')
    expect(englishText(busy.key, busy.vars)).toBe(
      'Too many tries. Please wait 2 min, then ask your therapist for the code again.',
    )
    const paused = (async () =>
      new Response(JSON.stringify({ error: 'pairing_paused' }), {
        status: 429,
        headers: { 'retry-after': '30' },
      })) as unknown as typeof fetch
    expect(await pairWithCode('KX79AH', { fetchImpl: paused })).toMatchObject({
      key: 'keypad.error.paused',
      vars: { count: 1 },
    })
    expect(await pairWithCode('KX79AH', { fetchImpl: reply(429, {}) })).toMatchObject({
      key: 'keypad.error.busy',
      retryable: false,
    })
    const down = (async () => {
      throw new TypeError('fetch failed')
    }) as unknown as typeof fetch
    expect(await pairWithCode('KX79AH', { fetchImpl: down })).toMatchObject({ key: 'keypad.error.offline' })
    let called = false
    const never = (async () => {
      called = true
      return new Response('{}')
    }) as unknown as typeof fetch
    expect(await pairWithCode('KX7', { fetchImpl: never })).toMatchObject({ key: 'keypad.error.incomplete' })
    expect(called).toBe(false)
  })
  it('builds a same-origin ws or wss URL', () => {
    expect(socketUrl('http://127.0.0.1:8080', '/api/session/socket')).toBe(
      'ws://127.0.0.1:8080/api/session/socket',
    )
    expect(socketUrl('https://10.0.0.2:8443', '/api/session/socket')).toBe(
      'wss://10.0.0.2:8443/api/session/socket',
    )
  })
})

class MemoryStorage implements Storage {
  private m = new Map<string, string>()
  get length() {
    return this.m.size
  }
  clear() {
    this.m.clear()
  }
  getItem(k: string) {
    return this.m.get(k) ?? null
  }
  key(i: number) {
    return [...this.m.keys()][i] ?? null
  }
  removeItem(k: string) {
    this.m.delete(k)
  }
  setItem(k: string, v: string) {
    this.m.set(k, String(v))
  }
}

describe('device token storage', () => {
  it('round-trips under the contract key and drops damaged values', () => {
    expect(DEVICE_KEY).toBe(DEVICE_STORAGE_KEY)
    const s = new MemoryStorage()
    expect(readDeviceSession(s)).toBeNull()
    saveDeviceSession({ sessionId: 's1', deviceToken: 't1' }, s)
    expect(readDeviceSession(s)).toEqual({ sessionId: 's1', deviceToken: 't1' })
    s.setItem(DEVICE_KEY, '{"sessionId":1}')
    expect(readDeviceSession(s)).toBeNull()
    expect(s.getItem(DEVICE_KEY)).toBeNull()
    s.setItem(DEVICE_KEY, 'not json')
    expect(readDeviceSession(s)).toBeNull()
  })
  it('forgets the session and the client’s local data, keeping the tab’s access key and other sites’ keys', () => {
    const local = new MemoryStorage()
    const session = new MemoryStorage()
    saveDeviceSession({ sessionId: 's1', deviceToken: 't1' }, local)
    local.setItem('stillroom.comfort', '{}')
    local.setItem('stillroom.sound', '{}')
    local.setItem('other.app', 'x')
    session.setItem('stillroom.accessKey', 'k')
    session.setItem('stillroom.draft', 'a lake')
    forgetDeviceSession({ local, session })
    expect(local.getItem(DEVICE_KEY)).toBeNull()
    expect(local.getItem('stillroom.comfort')).toBeNull()
    expect(local.getItem('stillroom.sound')).toBeNull()
    expect(local.getItem('other.app')).toBe('x')
    expect(session.getItem('stillroom.accessKey')).toBe('k')
    expect(session.getItem('stillroom.draft')).toBeNull()
  })
  it('survives storage that throws', () => {
    const broken = {
      getItem() {
        throw new Error('denied')
      },
      setItem() {
        throw new Error('denied')
      },
    } as unknown as Storage
    expect(readDeviceSession(broken)).toBeNull()
    expect(saveDeviceSession({ sessionId: 's', deviceToken: 't' }, broken)).toBe(false)
    expect(() => forgetDeviceSession({ local: broken, session: broken })).not.toThrow()
  })
})

describe('gaze and pose rate', () => {
  const targets = [
    { id: 'ahead', x: 0, y: 1.5, z: -3 },
    { id: 'left', x: -3, y: 1.5, z: 0 },
    { id: 'far', x: 0, y: 1.5, z: -40 },
  ]
  const head = { x: 0, y: 1.6, z: 0 }
  it('picks the artwork in the centre of view, within the cone and distance', () => {
    expect(gazeTarget(head, { x: 0, y: 0, z: -1 }, targets)).toBe('ahead')
    expect(gazeTarget(head, { x: -1, y: 0, z: 0.05 }, targets)).toBe('left')
    expect(gazeTarget(head, { x: 1, y: 0, z: 0 }, targets)).toBeUndefined()
    // 20° off the painting ahead: outside the 12° cone.
    expect(gazeTarget(head, { x: Math.sin(0.35), y: 0, z: -Math.cos(0.35) }, targets)).toBeUndefined()
    expect(gazeTarget(head, { x: 0, y: 0, z: 0 }, targets)).toBeUndefined()
    expect(gazeTarget(head, { x: 0, y: 0, z: -1 }, [targets[2]!])).toBeUndefined()
  })
  it('sends at a steady 25 Hz from a 90 Hz render loop and never bursts after a stall', () => {
    const gate = createRateGate(25)
    let sent = 0
    for (let f = 0; f < 90; f++) if (gate(f * (1000 / 90))) sent++
    expect(sent).toBeGreaterThanOrEqual(24)
    expect(sent).toBeLessThanOrEqual(26)
    // A 2 s stall, then frames again: one frame goes, not fifty.
    let burst = 0
    for (let f = 0; f < 5; f++) if (gate(3000 + f * 8)) burst++
    expect(burst).toBe(1)
  })
})

describe('SUDS scale', () => {
  it('offers eleven big choices on either scale', () => {
    expect(sudsChoices(10)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
    expect(sudsChoices(100)).toEqual([0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100])
  })
})
