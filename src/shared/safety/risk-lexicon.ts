import { END, SELF, W, any, notBefore } from './risk-slots'

/**
 * How people put thoughts of suicide and self-harm, as patterns over normalised text (see risk-slots.ts).
 * Written from how people actually say it, active and passive. A pattern may keep a negation that is part of
 * the thought itself ("I don't want to live"); negations in front of a phrase are read by the matcher.
 * Phrases that sound like a wish for rest or sleep only count with the words that make them final.
 */

/** Words that end "… not wake up" as an ordinary morning: "never woke up until noon". */
// prettier-ignore
const WAKE_ORDINARY = [
  'until', 'till', 'til', 'before', 'in time', 'on time', 'early', 'late', 'when', 'at', 'for', 'once', 'from',
  'during', 'rested', 'refreshed', 'tired', 'feeling', 'properly', 'fully', 'easily', 'the', 'to', 'because',
]
/** Places and manners after "don't want to live …" that make it about where or how, not whether. */
// prettier-ignore
const LIVE_WHERE = [
  'in', 'on', 'at', 'near', 'with', 'there', 'here', 'somewhere', 'anywhere', 'next', 'by', 'abroad', 'alone',
  'together', 'like that', 'forever', 'until', 'before', 'so', 'too', 'the', 'a', 'an', 'holiday', 'vacation',
  'to', 'that', 'this', 'trips?', 'rides?', 'walks?', 'about', 'up',
]
// prettier-ignore
const AWAY_TO = [
  'into', 'in', 'to', 'for', 'under', 'behind', 'from', 'inside', 'somewhere', 'among', 'with', 'on', 'off',
  'like', 'at', 'beneath', 'there', 'here', 'through', 'over', 'down',
]
const DIE_OF = ['of', 'from', 'laughing', 'for', 'down', 'out', 'off', 'back', 'away', 'trying', 'happy']

// prettier-ignore
export const SUICIDAL: readonly string[] = [
  `kill(?:ing|ed|s)? ${SELF}`,
  'suicide|suicidal|suicidality|sewer ?slide|self delet(?:e|ed|ing|ion)',
  `un ?aliv(?:e|ed|ing)(?: ${SELF})?`,
  `(?:off|offing|top|topping|topped) ${SELF}`,
  `do(?:ing)? ${SELF} in`,
  `(?:please|someone|somebody) (?:please )?kill me`,
  `(?:end|ending|ended|take|taking|took|finish|finishing) my (?:own )?life`,
  '(?:end|ending|ended) (?:it all|everything|my suffering|my existence)',
  `ending (?:it|things)${notBefore('with', 'off', 'there', 'here', 'at', 'early', 'on', 'by', 'for', 'between')}`,
  `${any('want to', 'wanted to', 'going to', 'ready to', 'about to', 'plan to', 'planning to', 'decided to',
    'could', 'should', 'will', 'might', 'need to', 'have to', 'tempted to', 'try to')} end (?:it|things|${SELF})${
    notBefore('with', 'off', 'here', 'there', 'at', 'early', 'on', 'by', 'for', 'between')}`,
  `${any('want', 'wants', 'wanted', 'wanting', 'wish', 'wishing', 'wished', 'hope', 'hoping', 'ready', 'deserve',
    'deserving', 'need', 'trying', 'long', 'longing', 'would like', 'would love', 'plan', 'planning')} to die${
    notBefore(...DIE_OF)}`,
  `${any('should', 'might as well', 'may as well', 'would rather', 'hope i', 'wish i could', 'let me',
    'better if i')} die${notBefore(...DIE_OF)}`,
  `${any('want', 'wants', 'wanted', 'wish', 'wishing', 'wished', 'hope', 'hoping', 'rather', 'would rather')} ${
    any('to be', 'i was', 'i were', 'i could be', 'i would be', 'i am', 'i had been', 'that i was', 'that i were')
  } (?:dead|gone|never born|not born|not here|not alive|not around|not existing)`,
  `wish (?:that )?i (?:had |would have |could have )?${any('never been born', 'not been born', 'was never born',
    'were never born', 'did not exist', 'would not wake up', 'could stop existing', 'could not exist', 'could die',
    'would die', 'could sleep forever', 'was not alive', 'were not alive', 'would never wake up',
    'could never wake up')}`,
  `i ${any('will', 'would', 'should', 'could', 'might as well', 'may as well', 'would rather', 'had better',
    'want to', 'deserve to')} be dead`,
  'better (?:off|of) (?:without me|dead|not existing|not alive|not here|if i (?:was|were|am|had) (?:gone|dead|not here|not around|never been born|died))',
  `(?:happier|better|easier|fine) (?:off )?(?:without me|if i (?:was|were|am|had) ${any('gone', 'dead', 'not here',
    'not around', 'never been born', 'died', 'disappeared')})`,
  `no (?:point|reason|purpose|use) (?:in |to |of )?${any('living', 'live', 'life', 'going on', 'go on', 'carrying on',
    'carry on', 'being alive', 'be alive', 'being here', 'be here', 'existing', 'exist', 'keep going',
    'keeping going', 'keep living', 'staying alive', 'stay alive', 'it all', 'trying anymore', 'anything anymore',
    'anymore', 'any more', 'in anything')}`,
  `what is the (?:point|use) (?:of|in) ${any('living', 'life', 'anything', 'it all', 'going on', 'being alive',
    'being here', 'any of it', 'existing', 'me', 'my life', 'carrying on', 'trying anymore')}`,
  `what is the point(?: anymore| any more)?${END}`,
  'nothing (?:left )?to live for',
  `i am (?:such |only )?(?:a|such a) burden${END}|no way i can (?:keep going|go on|carry on|do this anymore)`,
  `(?:going to|might|will|could|about to|scared i will|afraid i will|want to) do (?:something|anything) ${
    ''}(?:stupid|drastic)`,
  '(?:no|lost the|lost my|losing the|losing my|lost all|lost all my) will to live',
  `(?:do not|does not|never|no longer|not) (?:want|wish|care|need) to ${any('live', 'be alive', 'exist', 'go on',
    'carry on', 'keep going', 'keep living', 'stay alive')}${notBefore(...LIVE_WHERE)}`,
  `(?:do not|never|no longer) (?:want|wish) to (?:be here|be around|wake up) ${any('anymore', 'any more', 'no more',
    'again', 'ever again', 'at all', 'tomorrow', 'in the morning')}`,
  '(?:no longer want|no longer wish) to (?:be here|be around)',
  `(?:do not|never) want to wake up${END}`,
  `(?:can not|can no longer|could not|unable to) ${any('go on', 'keep going', 'carry on', 'live like this',
    'keep living', `live with (?:this|${SELF})`, 'survive this')}(?:${END}| ${any('anymore', 'any more', 'no more',
    'like this', 'much longer', 'living', 'with (?:life|this|it)')})`,
  `(?:can not|can no longer) ${any('do', 'take', 'handle', 'bear', 'stand', 'cope with', 'face', 'deal with')} ${
    any('this', 'it', 'life', 'any of this', 'any of it', 'living', 'the pain')} (?:anymore|any more|no more)`,
  `(?:sleep|asleep) (?:${W} ){0,4}?(?:and )?${any('never', 'not', 'do not', 'would not', 'will not', 'did not',
    'could not', 'can not')} (?:wake|woke|waking) up${notBefore(...WAKE_ORDINARY)}`,
  `i (?:${any('would', 'could', 'will', 'might', 'did', 'do')} )?(?:never|not) (?:wake|woke|waking) up(?:${
    END}| ${any('again', 'ever again', 'tomorrow', 'in the morning', 'anymore', 'any more')})`,
  `(?:want|wish|wanted|hope|need) (?:to|i could) (?:go to |fall )?(?:sleep|asleep) ${any('forever', 'for ever',
    'permanently', 'for good', 'and never wake up', 'and not wake up')}`,
  `(?<=(?:think|thinking|thought|thoughts|dream|dreaming|dreamt|obsessed|obsessing) (?:about|of) )${any('dying',
    'being dead', 'not being here', 'not existing', 'not waking up', 'my (?:own )?death', 'my funeral')}`,
  `(?:want|wish|need) (?:it all|everything|all of it|my life|life|the pain forever) to (?:stop|end|be over)`,
  `(?:want|wish|need) to end (?:the|my|this) pain${notBefore('in', 'of', 'for')}|want out of (?:this|my) life`,
  `(?:do not|can not) see (?:a|any) way out${END}|my life is over${END}`,
  `(?:want|wish|ready|hope) to (?:be with|join|see) (?:${W} ){1,3}?(?:in heaven|on the other side)|${
    ''}(?:want|ready) to go to heaven`,
  `walk(?:ing|ed)? into the (?:sea|ocean|lake|river|water) and ${any('keep going', 'keep walking', 'never come back',
    'not come back', 'not stop', 'disappear')}`,
  `(?:nobody|no one) (?:cares|would care|will care) (?:if|whether) i ${any('live or die', 'lived or died', 'die',
    'died', 'was gone', 'am gone', 'was dead', 'disappeared', 'killed myself')}`,
  '(?:hope|wish|want) (?:i |to )(?:get|got|be) (?:hit|run over|killed) by',
  `feel(?:ing)? like dying${notBefore('my', 'it', 'the', 'her', 'his', 'of', 'laughing')}`,
  'why am i (?:still )?(?:alive|living|breathing|still here)',
  `hate (?:being alive|existing|living)${notBefore('in', 'at', 'with', 'here', 'there', 'near', 'next', 'so', 'on')}`,
  'favou?r if i (?:died|was gone|were gone|was dead|disappeared|killed myself)',
  '(?:eternal|endless|forever) sleep|never wake up again',
  `not be (?:here|around|alive) ${any('much longer', 'for much longer', 'for long', 'anymore', 'any more',
    'by then', 'by tomorrow', 'by next week')}`,
  `(?:want|wants|wanted|wish|wishing|wished|need) (?:to|i could) ${any('disappear', 'vanish',
    'stop existing', 'not exist', 'cease to exist', 'fade away', 'be gone', 'go away forever', 'cease existing')}${
    notBefore(...AWAY_TO)}`,
  // "what if I just disappeared for good", but not "the fog vanished for good".
  `(?<=(?:i|me|to|could|would|will|might|should) )(?:disappear|disappeared|disappearing|vanish|${
    ''}vanished|vanishing|be gone) ${any('forever', 'for good', 'for ever', 'permanently', 'and never come back',
    'and never came back')}`,
  `(?:stop|stopped|stopping) (?:existing|being alive)|stop living${notBefore('in', 'like', 'with', 'for', 'on', 'at',
    'under', 'through', 'out')}|cease to exist`,
  '(?:goodbye|good bye|farewell|suicide) (?:letters?|notes?|messages?|texts?|videos?|posts?|emails?)',
  '(?:writing|write|wrote|written|leave|leaving|left) (?:a |my |some )?(?:last|final) (?:letters?|notes?|messages?)',
  '(?:writing|write|wrote|written) (?:letters|notes) to (?:say goodbye|everyone|my family|my kids)',
  '(?:say|saying|said) (?:my )?goodbyes? to (?:the world|this world|life)|saying my goodbyes',
  `(?:give|giving|given|gave) away (?:all )?(?:of )?my ${any('things', 'stuff', 'belongings', 'possessions', 'pets?',
    'cat', 'dog', 'savings', 'everything')}`,
  '(?:life|living) (?:is|feels) (?:not|no longer) worth (?:living|it)|not worth living',
  '(?:life|living|existing|everything|my life) (?:is|feels|seems) (?:so )?(?:pointless|meaningless|hopeless)',
  `(?:tired|sick|exhausted|done) (?:of|with) ${any('living', 'life', 'being alive', 'existing', 'it all', 'everything',
    'being here')}${notBefore('in', 'at', 'with', 'here', 'there', 'like', 'on', 'near', 'under', 'alone', 'out', 'to')}`,
  `(?:nobody|no one|no body) (?:would|will|is going to|would even|will even) ${any('miss me', 'notice if i',
    'care if i', 'notice i am gone', 'care when i', 'notice if i was gone')}`,
  `(?:i am|i feel like|i feel) (?:such |only )?(?:a |such a )?burden (?:to|on|for) ${any('everyone', 'everybody',
    'my family', 'them', 'people', 'you all', 'the people', 'my kids', 'my parents', 'my partner')}`,
  `(?:hang|hanging|hanged|shoot|shooting|shot|drown|drowning|drowned|poison|poisoning|poisoned|gas|gassing|gassed|${
    ''}suffocate|suffocating|suffocated|electrocute|electrocuting|neck|necking) ${SELF}`,
]

/** Words that may follow a bare "cutting" when it is self-harm, not "cutting the grass". */
// prettier-ignore
const CUTTING_THEN = [
  'again', SELF, 'every', 'at night', 'when', 'whenever', 'because', 'since', 'so', 'and', 'but', 'to cope',
  'to feel', 'in secret', 'in the bathroom', 'for (?:years|months|weeks|a while|the first time)', 'with', 'or',
  'anymore', 'any more', 'last night', 'yesterday', 'today', 'tonight', 'lately', 'recently', 'daily',
  'often', 'my (?:arms?|wrists?|legs?|thighs?|skin|stomach)',
]
// prettier-ignore
const CUTTING_AFTER = [
  'i', 'i am', 'i was', 'been', 'started', 'start', 'starting', 'keep', 'kept', 'stop', 'stopped', 'stopping',
  'quit', 'to', 'about', 'of', 'into', 'relapsed', 'still', 'resumed', 'miss', 'tried', 'try',
]

// prettier-ignore
export const SELF_HARM: readonly string[] = [
  `(?:cut|cuts|cutting|burn|burns|burning|burned|burnt|hurt|hurts|hurting|harm|harms|harming|harmed|scratch|${
    ''}scratches|scratching|scratched|hit|hits|hitting|punch|punches|punching|punched|slap|slaps|slapping|slapped|${
    ''}bang|banging|starve|starves|starving|starved|bruise|bruising|bruised|stab|stabbing|stabbed|carve|carving|${
    ''}carved|mutilate|mutilating|mutilated|choke|choking|strangle|strangling|whip|whipping|punish|punishing|${
    ''}punished) ${SELF}${notBefore('a', 'an', 'some', 'laughing', 'to sleep', 'up', 'out', 'off')}`,
  'self ?(?:harm|harming|harmed|injury|injuring|injure|injured|mutilation|mutilate|mutilating|destructive)',
  `(?:cut|cuts|cutting|slit|slitting|slash|slashing|slashed|carve|carving|carved) (?:up )?(?:into )?my ${
    any('arms?', 'wrists?', 'legs?', 'thighs?', 'skin', 'stomach', 'belly', 'hips?', 'body', 'chest', 'forearms?',
      'ankles?')}`,
  `(?<=(?:^|\\. |${any(...CUTTING_AFTER)} ))cutting(?= ${any(...CUTTING_THEN)}(?![^ ])|${END})`,
  `burn(?:s|ing|ed|t)? my (?:arms?|wrists?|legs?|thighs?|skin|hands?|body|stomach) (?:with|on purpose)`,
  `burning my (?:arms?|wrists?|thighs?|skin)(?: (?:again|on purpose)|${END})`,
  `(?<=(?:^|\\. |i |have |had ))cut again(?:${END}| ${any('last night', 'today', 'yesterday', 'tonight',
    'this week', 'after')})`,
  `(?:with|using) (?:a |the |my )?${any('lighter', 'cigarettes?', 'razors?', 'blades?', 'compass', 'scissors')} on my ${
    any('skin', 'arms?', 'wrists?', 'legs?', 'thighs?')}`,
  `(?:scratch|scratching|scratched|pick|picking|picked|bite|biting|claw|clawing|dig|digging) (?:at )?(?:${SELF} |${
    ''}my (?:skin|arms?|legs?|face|head|wrists?|hands?) )?(?:till|until|untill|so hard|so much) (?:i |it |they |${
    ''}my skin )?(?:bleed|bleeds|bled|bleeding|raw|breaks|broke)`,
  `(?:make|made|making|makes) ${SELF} (?:bleed|bleeding|hurt|suffer|bruise)`,
  `(?:hitting|banging|punching|smashing) my (?:head|fists?|hands?) (?:against|into|on|through) (?:the |a |my )?${
    ''}(?:wall|walls|floor|door|desk|mirror|window)`,
  'punch(?:ing|ed)? (?:the )?walls? (?:till|until|so hard)',
  `(?:urge|urges|craving|cravings|tempted|itching|need|needing) to (?:cut|burn|hurt|harm|bleed|punish)(?: ${SELF})?${
    notBefore('the', 'a', 'an', 'some', 'him', 'her', 'them', 'you', 'someone', 'back', 'down', 'costs', 'ties',
      'loose', 'off', 'out', 'in', 'through', 'my hair')}`,
  `(?:want|wanted|need) to (?:cut|bleed|hurt|harm)${END}`,
  `(?:blade|blades|razor|razors|knife|glass) (?:on|to|against|across|into) my ${any('skin', 'arms?', 'wrists?',
    'legs?', 'thighs?', 'body')}`,
  'deserve to (?:hurt|suffer|bleed|be hurt|feel pain|be punished|be in pain)',
  `(?:relapsed|relapse|relapsing|clean from) (?:on |with |into )?(?:self harm|cutting|sh)`,
  '(?:cuts|scars|burns|marks) on my (?:wrists?|thighs?|forearms?)',
]
