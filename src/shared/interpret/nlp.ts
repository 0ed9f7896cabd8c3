import winkNLP, { type ItsFunction } from 'wink-nlp'
import model from 'wink-eng-lite-web-model'
import { normalizeWord, type Tok } from '../safety/tokens'

type Nlp = ReturnType<typeof winkNLP>
let nlp: Nlp | undefined

/** The model is built once, on first use (≈100 ms), and kept for the life of the process. */
function getNlp(): Nlp {
  nlp ??= winkNLP(model, ['sbd', 'pos'])
  return nlp
}

const CLAUSE_PUNCT = new Set(['.', ',', ';', ':', '!', '?', '(', ')', '—', '–', '…', '"', '“', '”', '/', '|'])

/**
 * Word tokens from wink-nlp: its normal form (British spellings unified, contractions split into "not")
 * and, for English, its lemma, so "pines" matches "pine". Symbols, emoji and hyphens are dropped, so
 * "snow-covered" reads as "snow covered".
 */
export function nlpTokens(text: string, english: boolean): Tok[] {
  const n = getNlp()
  const its = n.its
  const doc = n.readDoc(text)
  const list = <T>(f: ItsFunction<T>): (T | string)[] => {
    const got = doc.tokens().out(f)
    return Array.isArray(got) ? got : []
  }
  const normals = list(its.normal)
  const types = list(its.type)
  // The typings give `lemma` a document-level signature; at run time it is a token mapper like `normal`.
  const lemmas = english ? list(its.lemma as unknown as ItsFunction<string>) : normals
  const raws = list(its.value)
  const out: Tok[] = []
  for (let i = 0; i < normals.length; i++) {
    const type = types[i]
    const raw = raws[i] ?? ''
    if (type === 'punctuation') {
      if (CLAUSE_PUNCT.has(raw)) out.push({ w: raw, lemma: raw, punct: true, raw })
      continue
    }
    if (type !== 'word' && type !== 'number') continue
    const w = normalizeWord(normals[i] ?? '')
    if (!w || w === "'s") continue
    out.push({ w, lemma: normalizeWord(lemmas[i] ?? w), punct: false, raw })
  }
  return out
}
