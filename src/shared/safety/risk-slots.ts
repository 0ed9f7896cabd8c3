/**
 * Building blocks for the risk patterns. The patterns run on text made by `risk-normalise.ts`: lower case,
 * contractions spelled out ("don't" → "do not", "I'm" → "i am"), one space between words and "." for every clause
 * break. So a pattern is words joined by single spaces, and a "word" never contains a space or a full stop.
 */

/** Any of the alternatives, as one group. */
export const any = (...alts: readonly string[]): string => `(?:${alts.join('|')})`

/** Not followed by any of these words (whole words): "cutting" but not "cutting the grass". */
export const notBefore = (...alts: readonly string[]): string => `(?! ${any(...alts)}(?![^ ]))`

/** One word of any kind, never a clause break. */
export const W = '[^ .]+'

/** The end of a clause: a full stop, a comma, the end of the text. */
export const END = '(?= \\.|$)'

export const SELF = '(?:myself|my self)'

/**
 * A negator inside a phrase ("I would never hurt my kids"). The only capturing group any pattern uses: when it
 * took part in a match, the hit is marked negated.
 */
export const NEG = '(?:(not|never|not ever|no longer) )?'

/** People close to the client, as they name them. */
const KIN =
  '(?:husband|wife|partner|ex|ex husband|ex wife|ex partner|boyfriend|girlfriend|bf|gf|dad|father|stepdad|' +
  'stepfather|mum|mom|mother|stepmum|stepmom|stepmother|brother|sister|uncle|aunt|cousin|son|daughter|baby|' +
  'kid|kids|child|children|family|parents|grandad|grandfather|grandma|landlord|boss|neighbour|neighbor|' +
  'neighbours|neighbors|flatmate|roommate|housemate|teacher|friend|friends|colleague|coworker|manager|' +
  'classmate|classmates|pimp|dealer|carer|nurse|doctor|therapist|fiance|fiancee)'
const KIN_ADJ = '(?:(?:little|big|own|baby|stupid|fucking|damn|new|older|younger|step|old|best) )?'

/** Someone else, as the object of harm: "him", "my boss", "that guy". */
export const OTHERS = any(
  'him',
  'her',
  'them',
  'you',
  'someone',
  'somebody',
  'anyone',
  'anybody',
  'people',
  'everyone',
  'everybody',
  `(?:my|his|her|their|the|that|this|our|your) ${KIN_ADJ}${KIN}`,
  '(?:that|this|the|a|some) (?:guy|man|woman|person|bastard|bitch|idiot|prick|kid|child|stranger|girl|boy|lady|cop)',
)

/** Someone else, as the one who threatens: "he", "my ex", "her boyfriend". */
export const THEM = any(
  'he',
  'she',
  'they',
  'someone',
  'somebody',
  `(?:my|her|his|our|their|the) ${KIN_ADJ}${KIN}`,
  '(?:the|that|a|this) (?:man|guy|men|woman|person|people)',
)

/** The client or the people in their care, as the object of a threat. */
export const ME = any(
  'me',
  'us',
  'both of us',
  'the kids',
  'the children',
  'the baby',
  '(?:my|our) (?:kids?|children|son|daughter|baby|family|mum|mom|mother|dad|sister|brother|dog|cat|parents|girlfriend|boyfriend|wife|husband)',
)

export const PILLS =
  '(?:pills|tablets|meds|medication|medications|medicine|medicines|painkillers|pain killers|sleeping pills|' +
  'sleeping tablets|paracetamol|tylenol|ibuprofen|aspirin|insulin|antidepressants|opioids|oxy|xanax|valium|' +
  'lithium|prescription|prescriptions|pill bottle)'
