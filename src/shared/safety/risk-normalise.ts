import { readLanguage } from './language'
import { normalizeWord } from './tokens'

/**
 * Text for the risk patterns: lower case, contractions spelled out, common misspellings and texting forms fixed,
 * one space between words and "." for every clause break. Each word keeps where it was typed, so a hit can show
 * the client's own words.
 */
export interface RiskWord {
  readonly w: string
  /** Where the word was typed in the raw text (an expanded "kms" gives two words with the same place). */
  readonly start: number
  readonly end: number
}

export interface RiskText {
  /** The words joined by single spaces. */
  readonly text: string
  readonly words: readonly RiskWord[]
  /** Where each word starts in `text`. */
  readonly at: readonly number[]
}

const RAW_RE =
  /[\p{L}\p{N}]+(?:['\u2018\u2019\u02bc`][\p{L}\p{N}]+)*|[.,;:!?()[\]{}"\u201c\u201d\u2026\u2014\u2013|<>]/gu
const WORD_START = /^[\p{L}\p{N}]/u

// A Map, not an object: a client who types "constructor" must not reach Object.prototype.
// prettier-ignore
const SPELLING = new Map<string, string>(Object.entries({
  // contractions typed without the apostrophe
  im: 'i am', ive: 'i have', id: 'i would', dont: 'do not', doesnt: 'does not', didnt: 'did not', cant: 'can not',
  cannot: 'can not', wont: 'will not', wouldnt: 'would not', couldnt: 'could not', shouldnt: 'should not',
  isnt: 'is not', arent: 'are not', wasnt: 'was not', werent: 'were not', havent: 'have not', hasnt: 'has not',
  hadnt: 'had not', aint: 'am not', hes: 'he is', shes: 'she is', theyre: 'they are', theyll: 'they will',
  youre: 'you are', thats: 'that is', whats: 'what is', theres: 'there is', its: 'it is', dnt: 'do not',
  // texting
  wanna: 'want to', wana: 'want to', gonna: 'going to', gona: 'going to', gunna: 'going to', imma: 'i am going to',
  ima: 'i am going to', finna: 'going to', tryna: 'trying to', gotta: 'got to', kinda: 'kind of', lemme: 'let me',
  u: 'you', ur: 'your', r: 'are', cuz: 'because', coz: 'because', bc: 'because', tho: 'though', nvr: 'never',
  rn: 'right now', tmrw: 'tomorrow', tonite: 'tonight', '2nite': 'tonight', wat: 'what', wut: 'what',
  anymor: 'anymore', anymoe: 'anymore', nomore: 'no more', noone: 'no one', everyon: 'everyone', evryone: 'everyone',
  kms: 'kill myself', '2': 'to', od: 'overdose', selfharm: 'self harm',
  // misspellings of the words that matter most
  kil: 'kill', kll: 'kill', killl: 'kill', kilz: 'kill', killin: 'killing', kilin: 'killing', killng: 'killing',
  suicde: 'suicide', sucide: 'suicide', suiside: 'suicide', suicid: 'suicide', suecide: 'suicide',
  suacide: 'suicide', suicied: 'suicide', sucidal: 'suicidal', suicdal: 'suicidal', suisidal: 'suicidal',
  suicidel: 'suicidal', suicidle: 'suicidal', suacidal: 'suicidal', sucicidal: 'suicidal', suicial: 'suicidal',
  myslef: 'myself', mysef: 'myself', myslf: 'myself', mysel: 'myself', mysefl: 'myself', meself: 'myself',
  myselfe: 'myself', myeslf: 'myself', mysself: 'myself', hurtin: 'hurting', hurtng: 'hurting', cuttin: 'cutting',
  cuting: 'cutting', cuttng: 'cutting', overdos: 'overdose', ovrdose: 'overdose', overdoze: 'overdose', pils: 'pills',
  pillz: 'pills', bridg: 'bridge', brige: 'bridge', wnat: 'want', wnt: 'want', ded: 'dead', dieing: 'dying',
  threatend: 'threatened', thretened: 'threatened', somone: 'someone', beter: 'better', reson: 'reason', liv: 'live',
  strangel: 'strangle', hangin: 'hanging', jumpin: 'jumping', burnin: 'burning', nuthin: 'nothing',
}))

/**
 * Softening words, left out so a phrase reads the same with them or without: "I (just) (really) want to die".
 * The words as typed still show them, since a hit shows everything typed between its first and last word.
 */
// prettier-ignore
const FILLERS = new Set([
  'just', 'really', 'honestly', 'actually', 'seriously', 'literally', 'truly', 'genuinely', 'totally', 'simply',
  'fucking', 'definitely', 'probably', 'badly', 'even', 'almost', 'maybe', 'perhaps', 'sometimes',
])

/** "x'll", "x'm", "x're", "x've", "x'd": the second word. */
const CONTRACTED: Readonly<Record<string, string>> = {
  ll: 'will',
  m: 'am',
  re: 'are',
  ve: 'have',
  d: 'would',
}
/** "can't" → "ca"+"n't": the verb before "not". */
const NOT_STEMS: Readonly<Record<string, string>> = { wo: 'will', ca: 'can', ai: 'am', sha: 'shall' }
/** Words whose "'s" means "is" ("he's"); any other "'s" is a possessive and is dropped ("mum's"). */
const IS_WORDS = new Set(['he', 'she', 'it', 'that', 'what', 'there', 'here', 'who', 'where', 'how', 'life'])

/** French elisions, spelled out: "j'ai" → "je ai", "m'en" → "me en", "qu'il" → "que il". */
// prettier-ignore
const ELIDED: Readonly<Record<string, string>> = {
  j: 'je', m: 'me', t: 'te', s: 'se', l: 'le', d: 'de', n: 'ne', c: 'ce', qu: 'que', jusqu: 'jusque',
  lorsqu: 'lorsque', puisqu: 'puisque',
}

function contraction(base: string, tail: string): string | undefined {
  if (Object.hasOwn(ELIDED, base)) return `${ELIDED[base]} ${tail}`
  if (tail === 't' && base.endsWith('n')) {
    const stem = base.slice(0, -1)
    return `${NOT_STEMS[stem] ?? stem} not`
  }
  if (tail === 's') return base === 'let' ? 'let us' : IS_WORDS.has(base) ? `${base} is` : base
  const second = Object.hasOwn(CONTRACTED, tail) ? CONTRACTED[tail] : undefined
  return second ? `${spellPlain(base)} ${second}` : undefined
}

function spellPlain(w: string): string {
  return SPELLING.get(w) ?? w
}

/**
 * English texting forms that are plain words elsewhere: German "im" (in the), "Wut" (rage), "od." (or), "2
 * Tabletten". In text that is clearly another language they stay as typed.
 */
const ENGLISH_ONLY = new Set(['im', 'wut', 'od', '2', 'u', 'r', 'ur', 'id'])

/** One typed token as one or more normalised words ("don't" → "do not", "kms" → "kill myself"). */
export function spell(raw: string): string {
  const w = normalizeWord(raw)
  const q = w.indexOf("'")
  if (q > 0) {
    const expanded = contraction(w.slice(0, q), w.slice(q + 1).replace(/'/g, ''))
    if (expanded) return expanded
  }
  return spellPlain(w.replace(/'/g, ''))
}

export function normaliseForRisk(raw: string): RiskText {
  const read = readLanguage(raw)
  const english = !read.clear || read.language === 'en'
  const words: RiskWord[] = []
  for (const m of raw.matchAll(RAW_RE)) {
    const start = m.index
    const end = start + m[0].length
    if (!WORD_START.test(m[0])) {
      // Every clause break is one ".", and never two in a row.
      if (words.length && words[words.length - 1]?.w !== '.') words.push({ w: '.', start, end })
      continue
    }
    // "10 kms" is a distance (French writes it so), not the texting "kms".
    const distance = /^kms?$/i.test(m[0]) && /^\d+$/.test(words[words.length - 1]?.w ?? '')
    const plain = !english && ENGLISH_ONLY.has(normalizeWord(m[0]))
    const spelled = distance ? 'kilometres' : plain ? normalizeWord(m[0]) : spell(m[0])
    for (const w of spelled.split(' ')) if (w && !FILLERS.has(w)) words.push({ w, start, end })
  }
  const at: number[] = []
  let pos = 0
  for (const word of words) {
    at.push(pos)
    pos += word.w.length + 1
  }
  return { text: words.map((x) => x.w).join(' '), words, at }
}
