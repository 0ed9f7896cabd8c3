import { describe, expect, it } from 'vitest'
import { normaliseForRisk } from '../../../src/shared/safety/risk-normalise'
import { findRiskHits } from '../../../src/shared/safety/risk-match'

const text = (s: string) => normaliseForRisk(s).text

describe('risk text normalisation', () => {
  it.each([
    ["I'm", 'i am'],
    ['I\u2019m', 'i am'],
    ['im', 'i am'],
    ["don't", 'do not'],
    ['dont', 'do not'],
    ["can't", 'can not'],
    ['cannot', 'can not'],
    ["won't", 'will not'],
    ["he'll", 'he will'],
    ["he'd", 'he would'],
    ["she's", 'she is'],
    ["mum's", 'mum'],
    ["let's", 'let us'],
    ['wanna', 'want to'],
    ['gonna', 'going to'],
    ['kms', 'kill myself'],
    ['we walked 10 kms', 'we walked 10 kilometres'],
    ["j'ai envie", 'je ai envie'],
    ["qu'il", 'que il'],
    ['kil myslef', 'kill myself'],
    ['suicde', 'suicide'],
    ['sucidal', 'suicidal'],
    ['self-harm', 'self harm'],
    ['Jardín', 'jardin'],
  ])('%j → %j', (raw, normalised) => {
    expect(text(raw)).toBe(normalised)
  })

  it('keeps English texting forms out of text that is clearly another language', () => {
    expect(text('Ich sitze im Garten voller Wut und nehme 2 Tabletten')).toBe(
      'ich sitze im garten voller wut und nehme 2 tabletten',
    )
    // A short line is not clearly German: "im" stays the English "I'm".
    expect(text('im done')).toBe('i am done')
  })

  it('leaves out softening words, so "I just really want to die" reads as "i want to die"', () => {
    expect(text('I just really want to die')).toBe('i want to die')
  })

  it('turns every clause break into one "."', () => {
    expect(text('calm sea... I want, to rest!!')).toBe('calm sea . i want . to rest .')
  })

  it('never reaches Object.prototype for a typed word', () => {
    expect(text('constructor toString __proto__')).toBe('constructor tostring proto')
  })

  it('keeps where each word was typed, so a hit shows the words as typed (on one line)', () => {
    const [hit] = findRiskHits('a calm lake.  I   REALLY Wanna \n  DIE')
    expect(hit?.words).toBe('Wanna DIE')
    expect(findRiskHits('i want to  \t truly die')[0]?.words).toBe('want to truly die')
  })
})
