import { describe, expect, it } from 'vitest'
import { screenSafety } from '../../../src/shared/safety'

describe('trauma hold: everyday idioms are not held', () => {
  it.each([
    "I'm dying to see the ocean",
    "I'm dying for a cup of tea",
    'this view is killer',
    'the views are killer up here',
    'a killer view of the bay',
    'killer views from the top',
    'a killer sunset over the water',
    'I could kill for a coffee',
    'I would kill for a view like this',
    'my feet are killing me',
    'my legs are killing me after the walk',
    'drop dead gorgeous',
    'a drop dead gorgeous sunset',
    'dead tired',
    'I am dead tired after the hike',
  ])('%j is neither held nor mentioned', (text) => {
    expect(screenSafety(text)).toEqual({ held: false, reasons: [], mentioned: [] })
  })

  it.each([
    ['a killer on the loose', "violence: 'killer'"],
    ['he is killing me', "violence: 'killing'"],
    ['the dying soldier', "death-and-loss: 'dying'"],
    ['I want to kill him', "violence: 'kill'"],
    ['they found him dead', "death-and-loss: 'dead'"],
    ['I want to die', "death-and-loss: 'die'"],
  ])('the same words outside the idiom still hold: %j', (text, reason) => {
    const s = screenSafety(text)
    expect(s.held).toBe(true)
    expect(s.reasons).toContain(reason)
  })
})
