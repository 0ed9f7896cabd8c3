/**
 * The pairing keypad's rules, pure so they are tested without a browser. The alphabet is the contract's: no 0/O,
 * 1/I/L, 2/Z, 5/S or 8/B, so nothing on the keypad can be misread on a console screen or in a headset.
 */
export const PAIRING_CODE_ALPHABET = 'ACDEFHJKMNPRTUVWXY34679'
export const PAIRING_CODE_LENGTH = 6

export type KeypadState = { code: string }
export type KeypadAction =
  { type: 'key'; key: string } | { type: 'back' } | { type: 'clear' } | { type: 'paste'; text: string }

/** Upper-cases a typed character and returns it when it belongs to the alphabet, else null. */
export function keypadChar(key: string): string | null {
  if (key.length !== 1) return null
  const c = key.toUpperCase()
  return PAIRING_CODE_ALPHABET.includes(c) ? c : null
}

/** Keeps only alphabet characters (spaces and dashes from a read-out code are dropped), at most six. */
export function normaliseCode(text: string): string {
  let out = ''
  for (const ch of text) {
    const c = keypadChar(ch)
    if (c) out += c
    if (out.length === PAIRING_CODE_LENGTH) break
  }
  return out
}

export function isCompleteCode(code: string): boolean {
  return code.length === PAIRING_CODE_LENGTH && normaliseCode(code) === code
}

export function keypadReducer(state: KeypadState, action: KeypadAction): KeypadState {
  switch (action.type) {
    case 'key': {
      const c = keypadChar(action.key)
      if (!c || state.code.length >= PAIRING_CODE_LENGTH) return state
      return { code: state.code + c }
    }
    case 'back':
      return state.code ? { code: state.code.slice(0, -1) } : state
    case 'clear':
      return state.code ? { code: '' } : state
    case 'paste':
      return { code: normaliseCode(state.code + action.text) }
  }
}

/**
 * The keys as rows for the on-screen keypads (desktop and VR): letters first in reading order, digits last, and
 * Back / Clear on the final row. The same layout everywhere so a client who paired once recognises it.
 */
export const KEYPAD_ROWS: readonly (readonly string[])[] = [
  ['A', 'C', 'D', 'E', 'F', 'H'],
  ['J', 'K', 'M', 'N', 'P', 'R'],
  ['T', 'U', 'V', 'W', 'X', 'Y'],
  ['3', '4', '6', '7', '9'],
]
