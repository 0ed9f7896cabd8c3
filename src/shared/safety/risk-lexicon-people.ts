import { END, ME, NEG, OTHERS, THEM, any, notBefore } from './risk-slots'

/**
 * Harm to someone else, and danger from someone now. A wish or intent needs a person as its object: "I could kill
 * for a coffee" has none, "I could strangle him" has one. Danger needs someone who threatens the client.
 */

// prettier-ignore
const HARM_VERB = any(
  'hurt', 'hurting', 'kill', 'killing', 'stab', 'stabbing', 'strangle', 'strangling', 'choke', 'choking',
  'shoot', 'shooting', 'murder', 'murdering', 'punch', 'punching', 'attack', 'attacking', 'poison',
  'poisoning', 'beat up', 'beat', 'beating', 'bash', 'bashing', 'smother', 'smothering', 'drown', 'drowning',
  'shake', 'shaking', 'hit', 'hitting', 'slap', 'slapping', 'run over', 'burn', 'burning', 'harm', 'harming',
  'rape', 'torture', 'bury',
)
/** Intent or wish in front of the verb; "thinking about" is read by the matcher as hypothetical, so it is not here. */
// prettier-ignore
const HARM_LEAD = any(
  'going to', 'want to', 'wanted to', 'wants to', 'will', 'would', 'could', 'might', 'should', 'must',
  'have to', 'need to', 'about to', 'ready to', 'plan to', 'planning to', 'plan on', 'planning on',
  'feel like', 'felt like', 'urge to', 'urges to', 'tempted to', 'try to', 'trying to', 'tried to',
  'wish i could', 'afraid i will', 'afraid i might', 'afraid i would', 'scared i will', 'scared i might',
  'scared i would', 'worried i will', 'worried i might', 'worried i would', 'so angry i could', 'swear i will',
  'ill',
)
/** What follows "hit her", "beat him", "shoot them" when it is not violence. */
// prettier-ignore
const HARM_IDIOM_AFTER = [
  'up', 'with kindness', 'at', 'in a', 'to it', 'a', 'an', 'off', 'feelings', 'vibe', 'buzz', 'chances',
  'mood', 'career', 'reputation', 'confidence', 'pride', 'ego', 'plants?', 'flowers', 'time', 'record',
  'high score',
]
// prettier-ignore
const HARM_GERUND = any(
  'hurting', 'killing', 'stabbing', 'strangling', 'choking', 'shooting', 'murdering', 'punching', 'attacking',
  'poisoning', 'beating', 'smothering', 'drowning', 'shaking', 'hitting', 'harming', 'burning',
)
const WHAT_IF_I = '(?:what if|if|imagine|suppose) i '

// prettier-ignore
export const HARM_TO_OTHERS: readonly string[] = [
  `${HARM_LEAD} ${NEG}${HARM_VERB} ${OTHERS}${notBefore(...HARM_IDIOM_AFTER)}`,
  `(?<=(?:think|thinking|thought|thoughts|fantasi[sz]e|fantasi[sz]ing|dream|dreaming|dreamt|dreamed|imagine|${
    ''}imagining|obsessed|obsessing) (?:about|of) )${HARM_GERUND} ${OTHERS}${notBefore(...HARM_IDIOM_AFTER)}`,
  `(?<=${WHAT_IF_I})(?:hurt|killed|kill|stabbed|stab|strangled|shot|hit|poisoned|smothered|drowned|shook) ${OTHERS}${
    notBefore(...HARM_IDIOM_AFTER)}`,
  `make ${OTHERS} (?:pay|suffer|bleed|regret it)${notBefore('for (?:dinner|lunch|breakfast|the bill|drinks|it|coffee|a)',
    'the bill', 'back', 'rent', 'attention')}`,
  '(?:get|take|getting|taking|got|took|want|get my|take my) revenge|revenge on|get back at (?:him|her|them|you|my \\S+)',
  `(?:shoot|shooting|bomb|bombing|blow|blowing) up (?:the |my |a |our |that )?${any('school', 'office', 'work',
    'workplace', 'church', 'mosque', 'synagogue', 'mall', 'class', 'party', 'building', 'place')}`,
  `(?:they|he|she|you|everyone|everybody) (?:will|are going to|is going to|all|will all) (?:pay|suffer|regret it)(?:${
    END}| for (?:this|what|that|everything|it all|hurting|doing))`,
  `(?:want|wants|wanted|wanting|wish|wishing|hope|hoping) (?:him|her|them|you|he|she|they|my \\S+) ${
    ''}(?:to be |would be |was |were |is |to end up )?dead`,
  'kill (?:them|him|her|you) all',
  `${HARM_LEAD} ${NEG}(?:break|smash|punch|kick|bash) (?:his|her|their) (?:face|head|neck|legs?|jaw|nose|teeth)`,
  '(?:want|wish|hope) (?:him|her|them|he|she|they|my \\S+) (?:to die|would die|dies|died|to get hurt)',
]

// prettier-ignore
const THREAT_VERB = any(
  'kill', 'hurt', 'beat', 'beat up', 'stab', 'shoot', 'strangle', 'choke', 'rape', 'attack', 'hit', 'murder',
  'torture', 'drown', 'burn', 'break my (?:neck|legs?|arms?)', 'smash my face', 'end me',
)
// prettier-ignore
const THREAT_PRESENT = any(
  'hits', 'beats', 'hurts', 'chokes', 'strangles', 'rapes', 'kicks', 'punches', 'slaps', 'burns', 'threatens',
  'hitting', 'beating', 'hurting', 'choking', 'strangling', 'raping', 'kicking', 'punching', 'slapping',
  'threatening', 'stalking', 'following', 'locks', 'locking',
)
// prettier-ignore
const THREAT_MODAL = any(
  'will', 'would', 'is going to', 'are going to', 'was going to', 'going to', 'might', 'could', 'may',
  'wants to', 'is trying to', 'tried to', 'has tried to', 'keeps trying to', 'is planning to', 'is coming to',
  'is coming back to', 'is on (?:his|her|their) way to', 'promised to', 'swore to', 'is waiting to', 'can',
)
// prettier-ignore
const THEN_HARM = any(
  'come back and', 'come and', 'come home and', 'find me and', 'get home and', 'get out and', 'get me and',
  'be back to', 'be back and', 'come round and', 'come over and',
)
// prettier-ignore
const SAID = any(
  'said', 'says', 'told me', 'tells me', 'swore', 'swears', 'promised', 'promises', 'keeps saying',
  'kept saying', 'warned me', 'threatened', 'threatens', 'texted', 'wrote', 'messaged', 'screamed', 'shouted',
  'yelled',
)

// prettier-ignore
export const DANGER_NOW: readonly string[] = [
  `${SAID} (?:that )?${THEM} ${NEG}(?:${THREAT_MODAL} )?(?:${THEN_HARM} )?${THREAT_VERB} ${ME}`,
  `threaten(?:s|ed|ing)? to (?:[^ .]+ ){0,5}?${THREAT_VERB} ${ME}`,
  `${THEM} ${NEG}${THREAT_MODAL} ${NEG}(?:${THEN_HARM} )?${THREAT_VERB} ${ME}`,
  `${THEM} (?:comes?|came|gets?) (?:back|home) and (?:hurts|kills|beats|hits|rapes|chokes) ${ME}`,
  `${THEM} (?:still |always |often |keeps |keep |is |are |has been |have been |is always |has started |${
    ''}started |keeps on )?${THREAT_PRESENT} ${ME}${notBefore('at', 'in a', 'in the', 'to it', 'up the',
    'home', 'in (?:his|her|their|my) sleep', 'under the table',
    'with (?:a |the )?(?:snowballs?|pillows?|water|balloons?|ball|cushions?|toys?)')}`,
  `${THREAT_VERB} ${ME} if (?:i|we) ${any('told', 'tell', 'leave', 'left', 'go', 'went', 'say', 'said', 'talk', 'talked',
    'call', 'called', 'ever', 'report', 'reported', 'try', 'tried', 'speak', 'spoke')}`,
  `(?:tried|tries|trying|try) to (?:kill|strangle|choke|drown|stab|shoot|run over|suffocate) ${ME}`,
  `(?:i am|i feel|i do) not (?:feel )?safe(?:${END}| ${any('at home', 'in my (?:own )?(?:home|house|flat|apartment|room|bed)',
    'with (?:him|her|them|my \\S+)', 'around (?:him|her|them|my \\S+)', 'anymore', 'any more', 'here', 'there',
    'going home', 'to go home', 'in this house', 'tonight', 'now')})`,
  `not safe ${any('at home', 'in my (?:own )?(?:home|house|flat|apartment)', 'with (?:him|her|them)',
    'around (?:him|her|them)')}`,
  `(?:scared|afraid|terrified|frightened) ${any('of going home', 'to go home', 'to go back home', 'for my life',
    'of what (?:he|she|they) (?:will|would|might|is going to|could) do', '(?:he|she|they) (?:will|is going to|might|would) (?:find|kill|hurt|come back)')}`,
  '(?:fear|fearing|feared) for my (?:life|safety)',
  `(?:scared|afraid|terrified|frightened) of (?:my|her|his) ${any('husband', 'partner', 'ex', 'boyfriend',
    'girlfriend', 'wife', 'dad', 'father', 'stepdad', 'stepfather', 'mum', 'mom', 'mother', 'stepmum', 'stepmom')}`,
  `${THEM} (?:is|are|was) (?:waiting )?outside (?:my|the|our) (?:house|door|flat|window|home|apartment|work)`,
  `i am in danger(?:${END}| (?:now|at home|here|right now|from (?:him|her|them|my \\S+)))`,
  '(?:use|used|using) (?:it|the gun|the knife|a knife|a gun|that gun|that knife) on (?:me|us)',
  `(?:held|holding|holds|pulled|pulls|pointed|points) (?:a |his |her |the )?(?:knife|gun|blade) (?:to|at|on) ${
    ''}(?:me|my (?:throat|head|neck|chest))`,
  `(?:hiding|hide|hid) from (?:him|her|them|my (?:husband|partner|ex|boyfriend|girlfriend|dad|father|stepdad|wife))`,
]
