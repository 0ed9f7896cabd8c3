import { PILLS, SELF } from './risk-slots'

/**
 * Figures of speech and ordinary mishaps that share words with a risk pattern. A hit whose words overlap one of
 * these is dropped. Kept short on purpose: most idioms ("dying to see the ocean", "this view is killer", "I could
 * kill for a coffee", "my feet are killing me") never take the shape of a risk pattern in the first place, and for
 * real-risk shapes raising a look-alike is better than missing the real thing.
 */
// prettier-ignore
export const RISK_IDIOMS: readonly string[] = [
  `kill(?:ed|ing|s)? ${SELF} (?:laughing|with laughter)`,
  // Everyday mishaps: "I burned myself on the stove", "cut myself shaving".
  `(?:cut|cuts|burned|burnt|burn|burns|hurt|hit|scratched|bruised) ${SELF} (?:shaving|cooking|baking|ironing|${
    ''}gardening|playing|running|lifting|skiing|falling|climbing|hiking|training|exercising|by accident|${
    ''}accidentally|at the gym|on (?:a|the|some) (?!(?:purpose|arms?|wrists?|legs?|thighs?|skin|stomach|chest)${
    ''}(?![^ ]))[^ .]+)`,
  `drown(?:ing|ed|s)? ${SELF} in (?!(?:the|a|water|river|lake|sea|bath|ocean)(?![^ ]))[^ .]+`,
  `(?:shot|shoot|shooting) ${SELF} in the foot`,
  // Jumping together into water is a summer memory; alone from a height it stays a risk.
  `(?:we|they|kids|children|friends|people|everyone) (?:would |used to |all |were |are )?${
    ''}(?:jump|jumped|jumping|leap|leapt) (?:off|from) (?:[^ .]+ ){1,4}?into the (?:water|sea|lake|pool|river|ocean|waves)`,
  '(?:rope|ropes) (?:swing|swings|ladder|ladders|bridge|bridges|course|lights|walk|jump|jumping)',
  '(?:skipping|jump|tow|climbing|mooring|anchor) ropes?',
  'suicide (?:squad|doors?|bomber|bombers|bombing|bombings|mission|missions|attack|attacks)',
  // Taking medicine as prescribed is care, not a plan.
  `(?:take|taking|took|taken) (?:all )?(?:of )?my ${PILLS} (?:every|each|today|this morning|on time|${
    ''}as prescribed|like|with (?:breakfast|food|water|dinner)|at (?:breakfast|night|bedtime|lunch))`,
]
