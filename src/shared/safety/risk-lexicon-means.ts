import { END, PILLS, SELF, W, any, notBefore } from './risk-slots'

/**
 * A plan or the means: pills saved up, a place to jump from, a rope bought, a method looked up. Places and
 * objects alone are scene words ("a bridge over the river", "a rope swing"); only the shape of an act or a plan
 * with them counts here.
 */

// prettier-ignore
const PLACES = any(
  'bridge', 'roof', 'rooftop', 'building', 'cliff', 'cliffs', 'balcony', 'tower', 'window', 'ledge',
  'overpass', 'car park', 'parking garage', 'multi storey', 'top floor', 'flyover', 'motorway bridge',
  'tower block',
)
// prettier-ignore
const VEHICLES = any(
  'train', 'trains', 'bus', 'lorry', 'truck', 'tram', 'car', 'cars', 'traffic', 'subway', 'tube',
)
// prettier-ignore
const TOO_MANY = any(
  'all', 'enough', 'too many', 'so many', 'every', 'every single', 'loads of', 'lots of', 'a lot of',
  'a bunch of', 'handfuls of', 'a handful of', 'a (?:whole )?(?:bottle|packet|box|pile|stack|load) of',
  'the (?:whole|entire) (?:bottle|packet|box|pack) of', 'all the', 'all of the', 'all of my', 'all my',
)
/** What a plan is for. "How to do it" alone is any skill, so "do it" only counts with "I would". */
// prettier-ignore
const METHOD = any(
  'die', `kill ${SELF}`, 'end it', 'end my life', `hang ${SELF}`, 'overdose', 'commit suicide',
)
const METHOD_MINE = any(METHOD, 'do it', 'go through with it')

// prettier-ignore
export const PLAN_OR_MEANS: readonly string[] = [
  `all (?:of )?(?:my|the|his|her|mums?|moms?|dads?|these|those|them|our) (?:${W} )?${PILLS}`,
  `(?:take|taking|took|swallow|swallowing|swallowed|down|downing|downed|neck|necking|necked|eat|eating|ate) ${
    TOO_MANY} (?:of )?(?:the |my |them |those |these )?(?:${W} )?${PILLS}`,
  `(?:a lethal dose of|a lethal amount of) (?:my |the )?${PILLS}`,
  // "enough pills" alone is a trip's supply; with what they are for, it is a plan.
  `(?:enough|too many) (?:of )?(?:my |the )?${PILLS} (?:to|so i|that i) (?:die|kill|end|overdose|never|not wake|do it)`,
  `(?:save|saving|saved|stockpile|stockpiling|stockpiled|hoard|hoarding|hoarded|stash|stashing|stashed|${
    ''}collect|collecting|collected|gather|gathering|gathered|hide|hiding|hid|count|counting|counted) (?:up )?${
    ''}(?:all )?(?:of )?(?:my |the |some |these |those |extra |more |a lot of |lots of |enough )?${PILLS}`,
  '(?:lethal|fatal|deadly) (?:dose|amount|overdose)',
  `how many ${PILLS} (?:would|does|will|to|it)`,
  `how (?:much|many) (?:${W} ){0,2}(?:to|would it take to|does it take to) (?:die|kill|overdose)`,
  `overdose on${notBefore('sugar', 'coffee', 'caffeine', 'chocolate', 'sunshine', 'cake', 'love', 'nostalgia',
    'beauty', 'colou?r', 'tv', 'netflix', 'cuteness')}`,
  `(?:take|taking|took|have|do|try|trying|attempt|attempted|attempting|plan|planning|planned|want to|going to|${
    ''}about to|thought about|thinking about|think about) (?:an? )?(?:overdose|overdosing)`,
  `overdosing${notBefore('on')}|overdosed on${notBefore('sugar', 'coffee', 'caffeine', 'chocolate', 'sunshine')}`,
  `(?:jump|jumping|jumped|leap|leaping|leapt|throw ${SELF}|throwing ${SELF}|threw ${SELF}|fling ${SELF}) ${
    ''}(?:off|from|out of|out) (?:of )?(?:the |a |that |this |my |our |his |an )?(?:(?:top|edge) of (?:the |a |that )?)?${
    ''}(?:${W} )?${PLACES}${notBefore('into the (?:water|sea|lake|pool|river)(?: for| to)', 'for a swim', 'to swim')}`,
  `(?:jump|jumping|jumped|step|stepping|stepped|walk|walking|walked|throw ${SELF}|throwing ${SELF}|threw ${SELF}|${
    ''}lie down|lying down|run|running|ran) (?:out )?(?:in front of|under) (?:a |the |an |some )?(?:oncoming |moving )?${
    VEHICLES}`,
  `(?:walk|walking|walked|step|stepping|stepped|run|running|ran) (?:out )?into (?:the |oncoming |moving )*traffic`,
  '(?:lie|lying|lay|laid) (?:down )?(?:on|across) (?:the )?(?:railway |train |rail )?(?:tracks|railway line|rails)',
  `(?:drive|driving|drove|crash|crashing|crashed|steer|steering) (?:my |the )?(?:car )?(?:off|into) (?:a |the )?${
    ''}(?:cliff|bridge|wall|tree|river|oncoming traffic|lorry|barrier)${notBefore('district')}`,
  '(?:crash|crashing|crashed) (?:my |the )?car on purpose',
  `(?:hang|hanging|hanged|shoot|shooting|shot|drown|drowning|drowned|poison|poisoning|poisoned|gas|gassing|${
    ''}suffocate|suffocating|electrocute|electrocuting|strangle|strangling|neck|necking) ${SELF}`,
  `(?:set|setting|sets|light|lighting|lit|douse|dousing|doused|burn|burning|burned|burnt) ${SELF} ${
    ''}(?:on fire|alight|ablaze)|set fire to ${SELF}|self[ -]?immolat(?:e|ion|ing)`,
  'noose|nooses',
  `(?:buy|buying|bought|get|getting|got|hid|hide|hiding|hidden|order|ordered|ordering) ${
    ''}(?:a |some |the |my )?(?:rope|ropes|gun|guns|pistol|rifle|shotgun|firearm|razor blades?)${
    notBefore('for (?:the|my|a|our) (?:boat|tent|swing|garden|dog|climb|hammock|washing|sail|anchor)')}`,
  `i (?:have|had|got|own|can get|could get|am getting|am buying|found|know where to get|know where) (?:to get )?${
    ''}(?:a |my |the |his |her |dads |moms |mums |dad |mum |mom )?(?:gun|guns|pistol|rifle|shotgun|firearm|rope|${
    ''}razor blades?|razors|blades)`,
  `(?:hid|hide|hiding|hidden|keep|keeping|kept|sleep with) (?:a |the |my )?(?:knife|knives|razors?|blades?|${PILLS
    }|gun) (?:under|in|beside|next to) my (?:bed|pillow|mattress|room|drawer)`,
  '(?:rope|belt|cord|noose) (?:around|round|to) my neck',
  '(?:gun|pistol|knife|blade|razor) to my (?:head|throat|wrists?|chest|temple)',
  '(?:slit|slitting|slash|slashing|cut|cutting) my (?:wrists?|throat)',
  `(?:a|the|my) plan for how(?:${END}| to ${METHOD}| i (?:would|will|could|am going to) ${METHOD_MINE})`,
  `(?:have|got|made|make|making|worked out|work out|there is) (?:a |my )?plan (?:to|for how to) ${METHOD}`,
  // "I have a plan" as the last words: in a calm description a plan always says what it is for.
  'i (?:have|have got|got|made|have made) (?:a |my )?plan(?: \\.)?$',
  `(?:know|knows|decided|planned|figured out|worked out|picked|chosen|chose|thought about|thinking about|${
    ''}think about) (?:exactly )?(?:how|when|where) (?:i (?:would|will|am going to|could|should|want to|might) ${
    ''}${METHOD_MINE}|to ${METHOD})`,
  `(?:picked|set|chosen|chose|decided on) (?:a |the )?(?:date|day|time|place|spot|method) (?:to|for when i) ${
    METHOD_MINE}`,
  `(?<=(?:i|me|to|will|might|could) )(?:overdose|overdosed)${END}`,
  `(?:how|ways?|best way|easiest way|quickest way|painless way) to (?:${METHOD}|overdose)`,
  'painless (?:way|ways|death|method|methods)',
  '(?:keep|keeping|kept|carry|carrying|carried) (?:a )?(?:razor|razors|razor blades?|blades?) (?:in|on|with|under)',
  `(?:took|take|taking|swallow|swallowed|swallowing) (?:(?:them|those|these) all|all (?:of )?(?:them|those|these))${END}`,
  `(?:got|have|had) (?:all )?(?:my |the )?${PILLS} (?:ready|lined up|counted out|all saved)`,
  `(?<=(?:thought|thinking|think|thoughts) (?:about|of) )jumping${END}`,
  `(?<=i (?:am )?)(?:going to|want to|about to|ready to|will|could) jump${END}`,
  `(?:drink|drinking|drank|swallow|swallowing|swallowed) (?:the |some )?(?:bleach|poison|antifreeze|rat poison)`,
  '(?:tie|tied|tying|make|made|making) a noose|carbon monoxide|(?:hose|pipe) (?:from|to|into) the exhaust',
]
