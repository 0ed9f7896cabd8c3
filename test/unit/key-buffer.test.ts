// The pairing keypad's code, kept outside any one keypad (src/client/session/key-buffer.ts): the keypad the app shows
// at once on "Join a session" keeps what is typed while the session's code arrives.
import { describe, expect, it } from 'vitest'
import { createKeyBuffer } from '../../src/client/session/key-buffer'

const type = (buffer: ReturnType<typeof createKeyBuffer>, keys: string) => {
  for (const key of keys) buffer.dispatch({ type: 'key', key })
}

describe('key buffer', () => {
  it('keeps typed characters with the keypad rules: upper-cased, look-alikes refused, six at most', () => {
    const b = createKeyBuffer()
    type(b, '0ock7')
    expect(b.get()).toBe('CK7')
    type(b, 'h3wyy')
    expect(b.get()).toBe('CK7H3W')
  })

  it('backs up, clears, and cleans a pasted code', () => {
    const b = createKeyBuffer()
    type(b, 'ck7')
    b.dispatch({ type: 'back' })
    expect(b.get()).toBe('CK')
    b.dispatch({ type: 'paste', text: ' 7h-3w ' })
    expect(b.get()).toBe('CK7H3W')
    b.clear()
    expect(b.get()).toBe('')
  })

  it('tells its listeners of each change only, and stops telling one that left', () => {
    const b = createKeyBuffer()
    const seen: string[] = []
    const stop = b.subscribe(() => seen.push(b.get()))
    type(b, 'c0k') // '0' changes nothing
    b.dispatch({ type: 'back' })
    b.clear()
    b.clear() // already empty
    expect(seen).toEqual(['C', 'CK', 'C', ''])
    stop()
    type(b, 'a')
    expect(seen).toHaveLength(4)
  })
})
