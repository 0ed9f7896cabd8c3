// The Describe panel's word chips and calm keyboard, in Node: every chip paints what its label promises, the sentence
// reads naturally, and nothing picked or typed can be held or raised.
import { describe, expect, it } from 'vitest'
import {
  CHIP_GROUPS,
  chipById,
  chipPage,
  describeChips,
  MAX_FEELINGS,
  MAX_THINGS,
  toggleChip,
} from '../../src/shared/describe/chips'
import { KEY_ROWS, suggest, typeKey, VR_WORDS_MAX, vocabularyOf } from '../../src/shared/describe/keyboard'
import { DESCRIBE_VOCABULARY } from '../../src/shared/describe/vocabulary'
import { interpret } from '../../src/shared/interpret'
import { FEELING_ENTRIES } from '../../src/shared/interpret/lexicon-feelings'
import { MOTIF_ENTRIES } from '../../src/shared/interpret/lexicon-motifs'
import { PLACE_ENTRIES } from '../../src/shared/interpret/lexicon-places'
import { screenRisk } from '../../src/shared/safety/risk'
import { screenSafety } from '../../src/shared/safety/screen'

const all = CHIP_GROUPS.flatMap((g) => g.chips)

describe('word chips', () => {
  it('has unique ids, every group filled, and at least the places Stillroom paints', () => {
    expect(new Set(all.map((c) => c.id)).size).toBe(all.length)
    for (const g of CHIP_GROUPS) expect(g.chips.length, g.id).toBeGreaterThan(4)
    const places = new Set(all.flatMap((c) => (c.means?.place ? [c.means.place] : [])))
    expect(places.size).toBe(12)
  })

  it.each(all.filter((c) => c.means).map((c) => [c.label, c] as const))(
    '“%s” paints what it says',
    (_, c) => {
      // Said alone for a place; with a neutral place for the rest, as a client would build it.
      const words = c.group === 'place' ? c.words : describeChips(['place:meadow', c.id])
      const spec = interpret(words)
      if (c.means?.place) expect(spec.biome).toBe(c.means.place)
      if (c.means?.time) expect(spec.timeOfDay).toBe(c.means.time)
      if (c.means?.weather) expect(spec.weather).toBe(c.means.weather)
      if (c.means?.motif) expect(spec.motifs).toContain(c.means.motif)
      expect(spec.safety.held).toBe(false)
    },
  )

  it('each feeling makes the place feel warmer than it does without one', () => {
    const base = interpret(describeChips(['place:meadow'])).mood
    for (const c of all.filter((x) => x.group === 'feeling')) {
      const mood = interpret(describeChips(['place:meadow', c.id])).mood
      expect(mood.valence, c.label).toBeGreaterThan(base.valence)
    }
  })

  it('never makes words that are held for the therapist or raised as a risk, whatever is picked', () => {
    const ids = all.map((c) => c.id)
    for (let i = 0; i < ids.length; i++) {
      const picked = [ids[i]!, ids[(i * 7 + 3) % ids.length]!, ids[(i * 13 + 5) % ids.length]!]
      const words = describeChips(picked.reduce<string[]>((p, id) => toggleChip(p, id), []))
      expect(screenSafety(words).held, words).toBe(false)
      // Not even a soft mention for the therapist.
      expect(screenSafety(words).reasons, words).toEqual([])
      expect(screenRisk(words).raised, words).toBe(false)
    }
  })

  it('keeps one place, one time and one weather, and toggles things and feelings up to a few', () => {
    let picked = toggleChip([], 'place:beach')
    picked = toggleChip(picked, 'place:forest')
    expect(picked).toEqual(['place:forest'])
    picked = toggleChip(picked, 'time:dusk')
    picked = toggleChip(picked, 'time:dawn')
    expect(picked).toEqual(['place:forest', 'time:dawn'])
    picked = toggleChip(picked, 'thing:birds')
    picked = toggleChip(picked, 'thing:birds')
    expect(picked).toEqual(['place:forest', 'time:dawn'])
    const things = all.filter((c) => c.group === 'thing').map((c) => c.id)
    for (const id of things) picked = toggleChip(picked, id)
    expect(picked.filter((p) => p.startsWith('thing:'))).toHaveLength(MAX_THINGS)
    const feelings = all.filter((c) => c.group === 'feeling').map((c) => c.id)
    for (const id of feelings) picked = toggleChip(picked, id)
    expect(picked.filter((p) => p.startsWith('feeling:'))).toHaveLength(MAX_FEELINGS)
    expect(toggleChip(picked, 'thing:made-up')).toEqual(picked)
    expect(chipById('place:beach')?.label).toBe('Beach')
  })

  it('reads as one calm sentence', () => {
    expect(describeChips([])).toBe('')
    expect(describeChips(['place:beach'])).toBe('a quiet beach')
    expect(
      describeChips([
        'thing:waves',
        'place:beach',
        'time:dusk',
        'weather:gentle-rain',
        'thing:birds',
        'feeling:calm',
      ]),
    ).toBe('a quiet beach at dusk in gentle rain, with waves and birds, feeling calm')
    expect(describeChips(['feeling:safe', 'feeling:warm', 'feeling:loved'])).toBe(
      'a quiet place, feeling safe, warm and loved',
    )
  })

  it('pages a group, never past its ends', () => {
    const things = CHIP_GROUPS.find((g) => g.id === 'thing')!
    const first = chipPage(things, 0, 12)
    expect(first.chips).toHaveLength(12)
    expect(first.pages).toBe(Math.ceil(things.chips.length / 12))
    const last = chipPage(things, 99, 12)
    expect(last.page).toBe(first.pages - 1)
    expect(chipPage(things, -3, 12).page).toBe(0)
  })
})

describe('the calm keyboard', () => {
  it('types, spaces tidily, deletes and clears', () => {
    let t = ''
    for (const ch of 'calm') t = typeKey(t, { kind: 'char', char: ch })
    t = typeKey(t, { kind: 'space' })
    t = typeKey(t, { kind: 'space' })
    expect(t).toBe('calm ')
    expect(typeKey('', { kind: 'space' })).toBe('')
    expect(typeKey('calm', { kind: 'backspace' })).toBe('cal')
    expect(typeKey('', { kind: 'backspace' })).toBe('')
    expect(typeKey('calm sea', { kind: 'clear' })).toBe('')
    // Only the keys on the board: nothing else slips in.
    expect(typeKey('a', { kind: 'char', char: '<' })).toBe('a')
    expect(typeKey('a', { kind: 'char', char: 'AB' })).toBe('a')
    for (const row of KEY_ROWS) for (const k of row) expect(typeKey('', { kind: 'char', char: k })).toBe(k)
  })

  it('stops at the length a description in VR may have', () => {
    const full = 'a'.repeat(VR_WORDS_MAX)
    expect(typeKey(full, { kind: 'char', char: 'b' })).toBe(full)
    expect(typeKey(full, { kind: 'space' })).toBe(full)
    const nearly = `${'a '.repeat((VR_WORDS_MAX - 4) / 2)}me`
    expect(typeKey(nearly, { kind: 'suggestion', word: 'meadow' })).toBe(nearly)
  })

  it('suggests words Stillroom understands from two letters on, and a suggestion completes the word', () => {
    const vocabulary = vocabularyOf([...PLACE_ENTRIES, ...MOTIF_ENTRIES, ...FEELING_ENTRIES].map(([p]) => p))
    expect(suggest('a m', vocabulary)).toEqual([])
    const words = suggest('a quiet mea', vocabulary)
    expect(words).toContain('meadow')
    expect(suggest('a quiet bea', vocabulary)[0]).toBe('beach')
    expect(suggest('a quiet beach', vocabulary)).not.toContain('beach')
    expect(suggest('xyzzy', vocabulary)).toEqual([])
    expect(typeKey('a quiet mea', { kind: 'suggestion', word: 'meadow' })).toBe('a quiet meadow ')
    expect(typeKey('', { kind: 'suggestion', word: 'calm' })).toBe('calm ')
  })
})

describe('the keyboard’s vocabulary', () => {
  it('holds only words the interpreter understands, each leading somewhere', () => {
    const base = interpret('a place')
    const key = (s: ReturnType<typeof interpret>) =>
      JSON.stringify([s.biome, s.timeOfDay, s.weather, s.motifs, s.mood, s.palette])
    const plain = key(base)
    const unused = DESCRIBE_VOCABULARY.filter((w) => key(interpret(`a place, ${w}`)) === plain)
    expect(unused).toEqual([])
    expect(new Set(DESCRIBE_VOCABULARY).size).toBe(DESCRIBE_VOCABULARY.length)
    for (const w of DESCRIBE_VOCABULARY) expect(screenSafety(w).reasons, w).toEqual([])
  })
})
