import type { RedactionKind } from '../../src/shared/privacy/redact'

/**
 * Texts a client might type, with what must go (personal details) and what must stay (look-alikes and the
 * scene). Shared by the unit test and the integration test that checks the mock server never receives them.
 */
export interface RedactCase {
  text: string
  /** Substrings that must not survive (case-insensitive). */
  gone: string[]
  /** Substrings that must survive exactly. */
  kept: string[]
  /** Exact counts for the kinds named here (others unchecked). */
  counts?: Partial<Record<RedactionKind, number>>
}

export const REDACT_CASES: RedactCase[] = [
  // names
  {
    text: 'a quiet beach with Sarah at sunset',
    gone: ['Sarah'],
    kept: ['quiet beach', 'at sunset'],
    counts: { name: 1 },
  },
  {
    text: 'walking with my sister Anna on the shore',
    gone: ['Anna'],
    kept: ['walking with my sister on the shore'],
    counts: { name: 1 },
  },
  { text: 'my friend, Tom, and I by the lake', gone: ['Tom'], kept: ['my friend, and I by the lake'] },
  {
    text: 'Michael Thompson taught me to fish here',
    gone: ['Michael', 'Thompson'],
    kept: ['taught me to fish here'],
    counts: { name: 1 },
  },
  {
    text: 'the garden where Mrs Okonkwo grew tomatoes',
    gone: ['Okonkwo', 'Mrs'],
    kept: ['grew tomatoes'],
    counts: { name: 1 },
  },
  { text: 'Dr. Patel said to picture a calm place', gone: ['Patel'], kept: ['picture a calm place'] },
  {
    text: 'my name is Zephyrine and I love the snow',
    gone: ['Zephyrine'],
    kept: ['love the snow'],
    counts: { name: 1 },
  },
  {
    text: "grandma's kitchen with Uncle Ben baking bread",
    gone: ['Ben'],
    kept: ["grandma's kitchen", 'baking bread'],
  },
  {
    text: 'a picnic with Rose by the river',
    gone: ['Rose'],
    kept: ['a picnic with', 'by the river'],
    counts: { name: 1 },
  },
  { text: 'Holly and I sat on the dunes', gone: ['Holly'], kept: ['sat on the dunes'] },
  { text: "Brook's little boat on the water", gone: ['Brook'], kept: ['little boat on the water'] },
  { text: 'my daughter May laughing in the meadow', gone: ['May'], kept: ['laughing in the meadow'] },
  { text: 'sitting with jessica under the old oak', gone: ['jessica'], kept: ['under the old oak'] },
  { text: 'Rose Taylor and her dog in the park', gone: ['Rose', 'Taylor'], kept: ['her dog in the park'] },
  {
    text: 'a forest path; Liam ran ahead and Fatima followed',
    gone: ['Liam', 'Fatima'],
    kept: ['a forest path', 'ran ahead'],
    counts: { name: 2 },
  },
  // emails
  {
    text: 'write to me at anna.k+calm@example.org after the session',
    gone: ['anna.k', 'example.org'],
    kept: ['after the session'],
    counts: { email: 1 },
  },
  {
    text: 'JOHN_SMITH@Mail.co.uk is my address for the pictures',
    gone: ['JOHN_SMITH', 'Mail.co.uk'],
    kept: ['for the pictures'],
  },
  // phones
  {
    text: 'call me on 07700 900123 if the beach feels far',
    gone: ['07700', '900123'],
    kept: ['if the beach feels far'],
    counts: { phone: 1 },
  },
  { text: 'my number is +44 20 7946 0958', gone: ['7946', '0958'], kept: ['my number is'] },
  {
    text: 'ring (555) 123-4567 later',
    gone: ['123-4567', '(555)'],
    kept: ['ring', 'later'],
    counts: { phone: 1 },
  },
  { text: 'text 555.867.5309 when ready', gone: ['867', '5309'], kept: ['when ready'] },
  // addresses
  {
    text: 'the house at 42 Brook Street where I grew up',
    gone: ['42 Brook Street'],
    kept: ['where I grew up'],
    counts: { address: 1 },
  },
  { text: 'I live at flat 3, the old mill, by the canal', gone: ['flat 3'], kept: ['by the canal'] },
  {
    text: 'we lived on 12b Elm Road, Leeds, near the moor',
    gone: ['12b Elm Road', 'Leeds'],
    kept: ['near the moor'],
  },
  {
    text: 'my address is 221B Baker Street, London NW1 6XE',
    gone: ['221B', 'Baker', 'NW1 6XE'],
    kept: ['my address is'],
  },
  { text: '1600 Pennsylvania Avenue in the snow', gone: ['1600 Pennsylvania Avenue'], kept: ['in the snow'] },
  { text: 'a cabin near Boulder, CO 80302 in winter', gone: ['80302'], kept: ['in winter', 'a cabin'] },
  // dates of birth
  {
    text: 'I was born on 3 May 1985 by the sea',
    gone: ['1985', '3 May'],
    kept: ['by the sea'],
    counts: { dob: 1 },
  },
  {
    text: 'my birthday is March 14th, a spring day',
    gone: ['March 14th'],
    kept: ['a spring day'],
    counts: { dob: 1 },
  },
  { text: 'DOB 12/04/1990', gone: ['12/04/1990'], kept: ['DOB'] },
  { text: 'born in 1972, I remember the old pier', gone: ['1972'], kept: ['I remember the old pier'] },
  { text: 'date of birth: 1988-11-02', gone: ['1988-11-02'], kept: ['date of birth'] },
  { text: 'she was born in June 2001 in the mountains', gone: ['2001'], kept: ['in the mountains'] },
  // mixed
  {
    text: 'Sarah (sarah@calm.net, 07700 900456) born 02.03.1979 at 7 Mill Lane',
    gone: ['Sarah', 'sarah@', '900456', '1979', 'Mill Lane'],
    kept: [],
    counts: { email: 1, phone: 1, dob: 1, address: 1 },
  },
  // look-alikes that must stay
  {
    text: 'a rose garden in the morning light',
    gone: [],
    kept: ['a rose garden in the morning light'],
    counts: { name: 0 },
  },
  { text: 'a walk down Brook Street in the rain', gone: [], kept: ['a walk down Brook Street in the rain'] },
  { text: 'a little brook through the forest', gone: [], kept: ['a little brook through the forest'] },
  { text: 'I may go to the lake later', gone: [], kept: ['I may go to the lake later'] },
  { text: 'April showers over a green valley', gone: [], kept: ['April showers over a green valley'] },
  { text: 'In May the meadow is full of daisies', gone: [], kept: ['In May the meadow is full of daisies'] },
  { text: 'a summer evening, warm and gold', gone: [], kept: ['a summer evening, warm and gold'] },
  { text: 'holly and ivy in the snow by the fire', gone: [], kept: ['holly and ivy in the snow'] },
  { text: 'Rose petals drifting on a pond', gone: [], kept: ['Rose petals drifting on a pond'] },
  { text: 'the river rose after the storm', gone: [], kept: ['the river rose after the storm'] },
  {
    text: 'count 4 7 8 while breathing, 10 000 steps along the shore',
    gone: [],
    kept: ['count 4 7 8', '10 000 steps'],
  },
  { text: 'the summers of 1990-1995 at the lake', gone: [], kept: ['1990-1995'], counts: { phone: 0 } },
  { text: 'at 7:30 the sun rose over 3 hills', gone: [], kept: ['at 7:30 the sun rose over 3 hills'] },
  { text: 'Forest paths and a Stone bridge', gone: [], kept: ['Forest paths and a Stone bridge'] },
  {
    text: 'the sky at dawn, pearl grey and amber',
    gone: [],
    kept: ['the sky at dawn, pearl grey and amber'],
  },
  { text: 'Dawn over the mountains, calm', gone: [], kept: ['Dawn over the mountains, calm'] },
  {
    text: 'cherry blossoms and the scent of jasmine',
    gone: [],
    kept: ['cherry blossoms and the scent of jasmine'],
  },
  {
    text: 'Lake Victoria at dawn, still as glass',
    gone: [],
    kept: ['Lake Victoria at dawn, still as glass'],
  },
  { text: 'a walk with Victoria Jones by the sea', gone: ['Victoria', 'Jones'], kept: ['by the sea'] },
]
