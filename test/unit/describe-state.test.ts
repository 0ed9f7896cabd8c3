// The VR Describe panel's state, in Node: chips and keyboard share one description, and Create starts afresh.
import { describe, expect, it } from 'vitest'
import { DESCRIBE_START, describeReducer, describedWords } from '../../src/client/describe/describe-state'

describe('the Describe panel’s state', () => {
  it('builds words from chips, and the keyboard edits that sentence rather than starting over', () => {
    let s = describeReducer(DESCRIBE_START, { type: 'chip', id: 'place:beach' })
    s = describeReducer(s, { type: 'group', group: 'time' })
    expect(s.page).toBe(0)
    s = describeReducer(s, { type: 'chip', id: 'time:dusk' })
    expect(describedWords(s)).toBe('a quiet beach at dusk')
    s = describeReducer(s, { type: 'mode', mode: 'keyboard' })
    expect(s.text).toBe('a quiet beach at dusk')
    s = describeReducer(s, { type: 'key', action: { kind: 'space' } })
    for (const ch of 'calm') s = describeReducer(s, { type: 'key', action: { kind: 'char', char: ch } })
    expect(describedWords(s)).toBe('a quiet beach at dusk calm')
    // Back to the chips: their own sentence again; the typed words wait for the keyboard.
    s = describeReducer(s, { type: 'mode', mode: 'chips' })
    expect(describedWords(s)).toBe('a quiet beach at dusk')
    s = describeReducer(s, { type: 'mode', mode: 'keyboard' })
    expect(describedWords(s)).toBe('a quiet beach at dusk calm')
  })

  it('starts afresh after Create, in the same mode, and says nothing for nothing picked', () => {
    let s = describeReducer(DESCRIBE_START, { type: 'mode', mode: 'keyboard' })
    expect(describedWords(s)).toBe('')
    s = describeReducer(s, { type: 'key', action: { kind: 'char', char: 'a' } })
    s = describeReducer(s, { type: 'sent' })
    expect(s).toEqual({ ...DESCRIBE_START, mode: 'keyboard' })
    expect(describedWords(describeReducer(DESCRIBE_START, { type: 'page', page: 2 }))).toBe('')
  })

  it('spoken words join the sentence on the keyboard, to be read and edited before Create', () => {
    let s = describeReducer(DESCRIBE_START, { type: 'chip', id: 'place:beach' })
    s = describeReducer(s, { type: 'heard', text: ' with my sister ' })
    expect(s.mode).toBe('keyboard')
    expect(describedWords(s)).toBe('a quiet beach, with my sister')
    expect(describeReducer(s, { type: 'heard', text: '   ' })).toBe(s)
    s = describeReducer(DESCRIBE_START, { type: 'heard', text: 'x'.repeat(400) })
    expect(s.text).toHaveLength(280)
  })
})
