// Narration for the guided exercises. Short, warm, plain sentences (docs/ART.md); each line is followed by the
// seconds of quiet it leaves before the next, so the timing lives with the words it belongs to.
import type { ExerciseStart } from './schema'

export type ScriptLine = readonly [text: string, quietAfter: number]
export type ScriptStep = { id: string; title: string; lines: readonly ScriptLine[] }

export function safePlaceScript(cueWord: string | undefined): ScriptStep[] {
  const cue = cueWord ? `“${cueWord}”` : 'your word'
  return [
    {
      id: 'intro',
      title: 'Arriving',
      lines: [
        ['Let’s find a place where you feel safe and calm.', 5],
        ['It can be somewhere you have been, or somewhere you imagine.', 6],
        ['Take your time. There is no right answer.', 6],
      ],
    },
    {
      id: 'describe',
      title: 'Describe the place',
      lines: [
        ['Let the place come to you.', 8],
        ['What do you see around you? Notice the colours and the light.', 14],
        ['What can you hear there?', 12],
        ['Is it warm or cool? Is there a breeze?', 12],
        ['You can say it out loud, or simply notice it.', 10],
      ],
    },
    {
      id: 'notice',
      title: 'Notice the feelings',
      lines: [
        ['Notice how you feel, being in this place.', 12],
        ['Where do you feel it in your body?', 12],
        ['Perhaps in your chest, your shoulders, your hands.', 12],
        ['Just notice it. Let it be there.', 10],
      ],
    },
    {
      id: 'enhance',
      title: 'Let it grow',
      lines: [
        ['Let the details become a little clearer.', 12],
        ['The colours, the sounds, the feel of the air.', 12],
        ['With each breath out, let the calm grow a little stronger.', 14],
        ['Stay here for a moment.', 14],
      ],
    },
    {
      id: 'cue-word',
      title: 'Choose a cue word',
      lines: cueWord
        ? [
            [`Your word for this place is ${cue}.`, 8],
            [`Say ${cue} quietly to yourself, and notice the calm.`, 12],
          ]
        : [
            ['Choose a word that belongs to this place.', 10],
            ['A word that brings it back to you, like “shore” or “still”.', 12],
            ['Say your word quietly to yourself, and notice the calm.', 12],
          ],
    },
    {
      id: 'return',
      title: 'Practise returning',
      lines: [
        ['Now let your attention come back to the room for a moment.', 10],
        ['Notice the floor beneath you, and the sounds around you.', 10],
        [`When you are ready, say ${cue}, and let your place come back.`, 14],
        ['Notice how quickly the calm returns.', 12],
        ['You can come back here whenever you need to.', 8],
      ],
    },
    {
      id: 'close',
      title: 'Closing',
      lines: [
        ['Take a slow breath in, and a long breath out.', 8],
        ['Well done. Take your time.', 6],
      ],
    },
  ]
}

export const GROUNDING_SCRIPT: ScriptStep[] = [
  {
    id: 'intro',
    title: 'Arriving',
    lines: [
      ['Let’s notice what is around you, one sense at a time.', 5],
      ['There is no hurry.', 4],
    ],
  },
  {
    id: 'see',
    title: '5 things you see',
    lines: [
      ['Look around you. Name five things you can see.', 10],
      ['Perhaps a colour, a shape, the light on something.', 12],
      ['Take your time with each one.', 12],
    ],
  },
  {
    id: 'touch',
    title: '4 things you can touch',
    lines: [
      ['Now notice four things you can touch or feel.', 10],
      ['Your feet on the floor. Your hands. The air on your skin.', 12],
      ['The weight of your body, held by the seat or the ground.', 10],
    ],
  },
  {
    id: 'hear',
    title: '3 things you hear',
    lines: [
      ['Listen for three things you can hear.', 10],
      ['Near sounds, and far away sounds.', 14],
    ],
  },
  {
    id: 'smell',
    title: '2 things you smell',
    lines: [
      ['Notice two things you can smell.', 10],
      ['Or remember two smells you like.', 12],
    ],
  },
  {
    id: 'taste',
    title: '1 thing you taste',
    lines: [
      ['And one thing you can taste, or a taste you enjoy.', 12],
      ['Notice it for a moment.', 6],
    ],
  },
  {
    id: 'close',
    title: 'Closing',
    lines: [
      ['You are here, in this moment.', 6],
      ['Well done. Take your time.', 5],
    ],
  },
]

const REGIONS: Array<[id: string, title: string, name: string]> = [
  ['feet', 'Feet', 'your feet: your toes, the soles, the heels'],
  ['legs', 'Lower legs', 'your ankles and calves'],
  ['knees', 'Knees and thighs', 'your knees and the long muscles of your thighs'],
  ['hips', 'Hips and lower back', 'your hips and your lower back'],
  ['belly', 'Belly', 'your belly, rising and falling as you breathe'],
  ['chest', 'Chest', 'your chest and your upper back'],
  ['hands', 'Hands and arms', 'your hands, your wrists and your arms'],
  ['shoulders', 'Shoulders', 'your shoulders'],
  ['neck', 'Neck and throat', 'your neck and your throat'],
  ['face', 'Face', 'your jaw, your cheeks, the space around your eyes'],
  ['head', 'Head', 'the top of your head'],
]

/** The body scan: feet to head. `quiet` is the seconds of silence left in each region (the length knob). */
export function bodyScanScript(quiet: number): ScriptStep[] {
  const q = Math.max(4, quiet)
  return [
    {
      id: 'intro',
      title: 'Arriving',
      lines: [
        ['Let’s move our attention slowly through the body, from the feet to the head.', 6],
        ['Let your eyes close if that feels comfortable, or rest your gaze softly.', 8],
        ['There is nothing to change. Just notice.', 8],
      ],
    },
    ...REGIONS.map(([id, title, name]) => ({
      id,
      title,
      lines: [
        [`Bring your attention to ${name}.`, q * 0.55],
        ['Notice whatever is there, and let it soften.', q * 0.45],
      ] as ScriptLine[],
    })),
    {
      id: 'whole',
      title: 'Whole body',
      lines: [
        ['Now feel your whole body, breathing, resting.', 12],
        ['Well done. Take your time before you move.', 8],
      ],
    },
  ]
}

/** Seconds of the body scan that are not the regions' quiet (what `bodyScanScript(0)` would last minus quiet). */
export function bodyScanFixedSeconds(): number {
  return scriptSeconds(bodyScanScript(4)) - 4 * REGIONS.length
}
export const BODY_SCAN_REGIONS = REGIONS.length

export function scriptSeconds(steps: readonly ScriptStep[]): number {
  return steps.reduce((s, step) => s + step.lines.reduce((t, [, quiet]) => t + quiet, 0), 0)
}

/** What the breathing exercises say before and after the breaths. */
export function breathingWords(start: ExerciseStart): { intro: ScriptLine[]; close: ScriptLine[] } {
  const how =
    start.id === 'breathing-box'
      ? 'Breathe in, hold, breathe out, and hold, each for a slow count.'
      : start.id === 'breathing-478'
        ? 'Breathe in for four, hold for seven, and breathe out slowly for eight.'
        : 'Breathe in as the light grows, and out as it settles. Slow and easy.'
  return {
    intro: [
      ['Let’s breathe together. Sit comfortably.', 4],
      [how, 6],
      // The same words on a desktop and in a headset, so nothing is promised that a flat screen cannot give (the
      // controllers' pulse still follows the breath in VR, unannounced).
      ['Follow the light, or the soft tone if you have sound on.', 5],
    ],
    close: [
      ['Let your breath return to its own rhythm.', 6],
      ['Well done. Take your time.', 5],
    ],
  }
}
