// Word lists for the privacy guard. Lower case; kept as Sets so a lookup is O(1) per token.

const set = (words: string) => new Set(words.split(/\s+/).filter(Boolean))

/**
 * Given names that are not ordinary English words: seen anywhere, in any case, they are a person.
 * Deliberately broad (English plus common names of the clinic's likely clients); misses are covered by context rules.
 */
export const GIVEN_NAMES = set(`
  aaron abigail adam adrian ahmed aidan aisha alan albert alex alexander alexandra alice alicia alison amanda
  amelia amy andrea andrew angela anna anne annie anthony antonio arthur ashley barbara beatrice ben benjamin
  beth bethany brian bridget caitlin callum cameron carl carlos carmen caroline catherine charles charlie
  charlotte chloe chris christine christopher claire clara colin connor craig daniel danielle david deborah
  declan dennis diana diane dominic donald dorothy douglas dylan edward eleanor elena elizabeth ella ellie
  emily emma eric erin ethan eva evelyn fatima fiona francesca freya gareth gary george gemma giulia
  gordon graham hannah harriet harry helen henry hugo ian imogen isaac isabel isabella jacob james jamie
  jane janet jason jennifer jessica joanna joe john jonathan jose joseph joshua juan judith julia
  julie justin karen kate katherine katie keith kevin laura lauren leah leo liam linda lisa lorraine louis
  louise lucas lucy luke maria marie martha martin mary matthew megan melissa michael michelle mohammed
  muhammad natalie nathan neil nicholas nicola nicole niamh noah oliver olivia oscar owen patricia patrick paul
  paula peter philip priya rachel rebecca richard robert ryan samantha samuel sandra sarah scott sean sebastian
  simon sophia sophie stephanie stephen steven stuart susan thomas timothy tom tony william yusuf
  zara zoe raj wei yuki kenji hiroshi mei ravi anil sunita deepak ali omar hassan layla leila amir nadia
  sofia lukas jonas elias katarzyna piotr magda aleksandra olga ivan dmitri natasha sergei pablo miguel lucia
  javier diego alejandro francesco giovanni marco luca matteo chiara pierre jean camille antoine sven lars
  ingrid astrid erik kwame kofi amara chidi ngozi tunde
`)

/**
 * Names that are also ordinary words (flowers, months, seasons, water, virtues, verbs). They count as a person
 * only with evidence: a title, a relation word, an introduction, a surname, or a person's verb around them.
 */
export const AMBIGUOUS_NAMES = set(`
  rose brook brooke may april june august summer autumn dawn grace hope faith joy daisy lily ivy iris heather
  holly violet hazel olive fern sage willow river sky forest stone bill mark pat sandy frank will grant hunter
  ray rob sue amber ruby pearl crystal robin wren jay sunny misty storm rain star meadow clay dale glen cliff
  jasper basil rowan skye ocean sierra august poppy marina jade jewel melody destiny heath lake gene art
  drew chase miles rich penny dolly jasmine jack ling kelly georgia victoria jordan
`)

/** Months that also read as names or verbs: they are only ever a date or a name with strong evidence. */
export const MONTH_LIKE_NAMES = set('may april june august')

/** Surnames that are not ordinary words: after a capitalised word they make it a full name. */
export const SURNAMES = set(`
  smith jones taylor williams wilson johnson davies robinson thompson evans walker roberts jackson clarke
  patel khan singh nguyen garcia martinez rodriguez lee kim chen wang li zhang liu müller mueller schmidt
  murphy o'brien kelly miller davis anderson thomas moore harris lewis mitchell carter turner phillips
  collins edwards stewart morris rogers morgan hughes bennett okafor okonkwo kowalski novak hansen jensen
  larsen rossi russo ferrari dubois bernard silva santos costa tanaka suzuki sato watanabe ahmed hussain
  ali begum rahman fernandez lopez gonzalez hernandez perez sanchez ramirez schneider fischer weber meyer
  wagner becker schulz hoffmann kaur sharma gupta kumar campbell macdonald mackenzie obrien o'connor
  sullivan fitzgerald richardson harrison henderson dawson
`)

/** Titles that put a name after them ("Mrs Okafor", "Dr. Lee", "Uncle Ben"). */
export const TITLES = set(
  'mr mrs ms miss mx dr prof professor sir dame aunt auntie uncle grandma grandpa nana nan',
)

/** Relations: "my sister Anna" — the capitalised word after them is a name. */
export const RELATIONS = set(`
  friend friends sister brother mother mum mom mam mummy mommy father dad daddy husband wife partner
  boyfriend girlfriend fiance fiancé fiancee fiancée son daughter child grandmother grandfather granny gran
  grandson granddaughter aunt uncle cousin niece nephew therapist doctor boss colleague neighbour neighbor
  teacher coach counsellor counselor nurse stepmother stepfather stepmom stepdad stepsister stepbrother
  ex baby kid
`)

/** Words before a capitalised ambiguous name that make it a person ("a picnic with Rose"). */
export const PERSON_CUES_BEFORE = set(
  'with and met meet saw see told tell asked ask visited visit hugged hug married marry miss missed texted called love loved loves',
)

/** Words after a capitalised ambiguous name that make it a person ("Rose said", "Holly and I"). */
export const PERSON_CUES_AFTER = set(
  'said says told asked smiled laughed cried hugged was is who would will loves loved called',
)

/** Street words for addresses; a house number must come first so "Brook Street" in a scene stays. */
export const STREET_SUFFIXES =
  'Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Boulevard|Blvd|Way|Court|Ct|Place|Pl|Terrace|Close|' +
  'Crescent|Gardens|Square|Sq|Parkway|Pkwy|Highway|Hwy|Row|Mews|Grove|Hill|Walk|Strasse|Straße|Calle|Rue|Via'

/** Capitalised words that never start or continue a name (sentence words, places in a scene). */
export const NOT_NAME_WORDS = set(`
  i the a an and or but in on at of to for with by from my our your his her their this that these those it
  we you he she they there here when where while then so if as is was are were be been very just
  monday tuesday wednesday thursday friday saturday sunday january february march july september october
  november december christmas easter street road lane avenue drive park beach lake river forest garden
  gardens hill hills mountain mountains valley bay sea ocean island bridge church station square
`)

export const MONTHS =
  'january|february|march|april|may|june|july|august|september|october|november|december|' +
  'jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec'
