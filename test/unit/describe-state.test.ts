// The VR Describe panel's state, in Node: chips and keyboard share one description, and Create starts afresh.
import { describe, expect, it } from 'vitest'
import {
  DESCRIBE_START,
  describeReducer,
  describeReducerIn,
  describedWords,
} from '../../src/client/describe/describe-state'
import { typeKey } from '../../src/shared/describe/keyboard'
import { HEADSET_CATALOGS } from '../../src/shared/i18n/headset-catalogs'
import type { HeadsetKey } from '../../src/shared/i18n/headset-en'
import { createTranslator } from '../../src/shared/i18n/translate'

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

  it('in Spanish, the chips make a Spanish sentence, which the keyboard then edits, accents and all', async () => {
    const t = createTranslator<HeadsetKey>('es', await HEADSET_CATALOGS.es())
    const reduce = describeReducerIn(t)
    let s = reduce(DESCRIBE_START, { type: 'chip', id: 'place:beach' })
    s = reduce(s, { type: 'chip', id: 'time:dusk' })
    s = reduce(s, { type: 'chip', id: 'thing:birds' })
    expect(describedWords(s, t)).toBe('una playa tranquila al anochecer, con pájaros')
    s = reduce(s, { type: 'mode', mode: 'keyboard' })
    expect(s.text).toBe('una playa tranquila al anochecer, con pájaros')
    for (const char of [' ', 'ñ', 'á', '¿'])
      s = reduce(s, { type: 'key', action: char === ' ' ? { kind: 'space' } : { kind: 'char', char } })
    expect(s.text.endsWith(' ñá¿')).toBe(true)
    expect(typeKey('', { kind: 'char', char: 'ß' })).toBe('ß')
    expect(typeKey('', { kind: 'char', char: '<' })).toBe('')
  })
})
