import { describeChips, toggleChip, type ChipGroupId, type ChipTranslate } from '../../shared/describe/chips'
import { typeKey, VR_WORDS_MAX, type KeyAction } from '../../shared/describe/keyboard'

/**
 * The shell's side of the Describe panel: whether the client opened it, and whether it is on view now (it steps
 * aside for the keypad, comfort, the crisis panel and the SUDS question).
 */
export type Describing = { open: boolean; shown: boolean }

/** The Describe panel's own state: chips or keyboard, the group shown, what is picked and what is typed. */
export type DescribeState = {
  mode: 'chips' | 'keyboard'
  group: ChipGroupId
  page: number
  picked: string[]
  text: string
}

export type DescribeAction =
  | { type: 'group'; group: ChipGroupId }
  | { type: 'page'; page: number }
  | { type: 'chip'; id: string }
  | { type: 'key'; action: KeyAction }
  | { type: 'mode'; mode: 'chips' | 'keyboard' }
  | { type: 'sent' }
  /** Words spoken while the panel is open: they join the sentence on the keyboard, to be read and edited. */
  | { type: 'heard'; text: string }

export const DESCRIBE_START: DescribeState = { mode: 'chips', group: 'place', page: 0, picked: [], text: '' }

/** The panel's reducer, the chips' sentence in the language of `t` (English when none is given). */
export function describeReducer(s: DescribeState, a: DescribeAction, t?: ChipTranslate): DescribeState {
  switch (a.type) {
    case 'group':
      return { ...s, group: a.group, page: 0 }
    case 'page':
      return { ...s, page: a.page }
    case 'chip':
      return { ...s, picked: toggleChip(s.picked, a.id) }
    case 'key':
      return { ...s, text: typeKey(s.text, a.action) }
    case 'mode':
      // Opening the keyboard edits the sentence the chips made, so nothing picked is lost.
      return a.mode === 'keyboard' && !s.text.trim()
        ? { ...s, mode: a.mode, text: describeChips(s.picked, t) }
        : { ...s, mode: a.mode }
    case 'sent':
      return { ...DESCRIBE_START, mode: s.mode }
    case 'heard': {
      const before = (s.mode === 'keyboard' ? s.text : describeChips(s.picked, t)).trim()
      const heard = a.text.trim()
      if (!heard) return s
      // A comma between what was there and what was said, so the two read as one description.
      const joined = !before ? heard : /[,.;:!?]$/.test(before) ? `${before} ${heard}` : `${before}, ${heard}`
      return { ...s, mode: 'keyboard', text: joined.slice(0, VR_WORDS_MAX) }
    }
  }
}

/** The reducer for one language: the chips' sentence in the language on screen. */
export const describeReducerIn =
  (t: ChipTranslate) =>
  (s: DescribeState, a: DescribeAction): DescribeState =>
    describeReducer(s, a, t)

/** The words Create sends: what is typed on the keyboard, else the chips' sentence (in the language of `t`). */
export const describedWords = (s: DescribeState, t?: ChipTranslate): string =>
  (s.mode === 'keyboard' ? s.text : describeChips(s.picked, t)).trim()
