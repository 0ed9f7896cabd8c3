// Narration for the guided exercises. Short, warm, plain sentences (docs/ART.md); each line is followed by the
// seconds of quiet it leaves before the next, so the timing lives with the words it belongs to. The words
// themselves are catalogue keys (src/shared/i18n/headset/exercises-*.ts): every language says the same lines
// with the same quiet after each, and the timeline translates them for the client's language.
import type { BaseKey } from '../i18n/catalog'
import type { EXERCISES_EN } from '../i18n/headset/exercises-en'
import type { Vars } from '../i18n/translate'
import type { ExerciseStart } from './schema'

/** A key of the exercises' catalogue (a plural one without its ending). */
export type ExerciseKey = BaseKey<keyof typeof EXERCISES_EN>

export type ScriptLine = readonly [key: ExerciseKey, quietAfter: number, vars?: Vars]
export type ScriptStep = { id: string; title: ExerciseKey; lines: readonly ScriptLine[] }

export function safePlaceScript(cueWord: string | undefined): ScriptStep[] {
  const word = cueWord ? { word: cueWord } : undefined
  return [
    {
      id: 'intro',
      title: 'exercise.step.arriving',
      lines: [
        ['narration.safe.intro1', 5],
        ['narration.safe.intro2', 6],
        ['narration.safe.intro3', 6],
      ],
    },
    {
      id: 'describe',
      title: 'exercise.step.describe',
      lines: [
        ['narration.safe.describe1', 8],
        ['narration.safe.describe2', 14],
        ['narration.safe.describe3', 12],
        ['narration.safe.describe4', 12],
        ['narration.safe.describe5', 10],
      ],
    },
    {
      id: 'notice',
      title: 'exercise.step.notice',
      lines: [
        ['narration.safe.notice1', 12],
        ['narration.safe.notice2', 12],
        ['narration.safe.notice3', 12],
        ['narration.safe.notice4', 10],
      ],
    },
    {
      id: 'enhance',
      title: 'exercise.step.enhance',
      lines: [
        ['narration.safe.enhance1', 12],
        ['narration.safe.enhance2', 12],
        ['narration.safe.enhance3', 14],
        ['narration.safe.enhance4', 14],
      ],
    },
    {
      id: 'cue-word',
      title: 'exercise.step.cueWord',
      lines: word
        ? [
            ['narration.safe.cueIs', 8, word],
            ['narration.safe.cueSay', 12, word],
          ]
        : [
            ['narration.safe.choose1', 10],
            ['narration.safe.choose2', 12],
            ['narration.safe.choose3', 12],
          ],
    },
    {
      id: 'return',
      title: 'exercise.step.return',
      lines: [
        ['narration.safe.return1', 10],
        ['narration.safe.return2', 10],
        word ? ['narration.safe.returnCue', 14, word] : ['narration.safe.returnWord', 14],
        ['narration.safe.return4', 12],
        ['narration.safe.return5', 8],
      ],
    },
    {
      id: 'close',
      title: 'exercise.step.closing',
      lines: [
        ['narration.safe.close1', 8],
        ['narration.wellDone', 6],
      ],
    },
  ]
}

export const GROUNDING_SCRIPT: ScriptStep[] = [
  {
    id: 'intro',
    title: 'exercise.step.arriving',
    lines: [
      ['narration.ground.intro1', 5],
      ['narration.ground.intro2', 4],
    ],
  },
  {
    id: 'see',
    title: 'exercise.step.see',
    lines: [
      ['narration.ground.see1', 10],
      ['narration.ground.see2', 12],
      ['narration.ground.see3', 12],
    ],
  },
  {
    id: 'touch',
    title: 'exercise.step.touch',
    lines: [
      ['narration.ground.touch1', 10],
      ['narration.ground.touch2', 12],
      ['narration.ground.touch3', 10],
    ],
  },
  {
    id: 'hear',
    title: 'exercise.step.hear',
    lines: [
      ['narration.ground.hear1', 10],
      ['narration.ground.hear2', 14],
    ],
  },
  {
    id: 'smell',
    title: 'exercise.step.smell',
    lines: [
      ['narration.ground.smell1', 10],
      ['narration.ground.smell2', 12],
    ],
  },
  {
    id: 'taste',
    title: 'exercise.step.taste',
    lines: [
      ['narration.ground.taste1', 12],
      ['narration.ground.taste2', 6],
    ],
  },
  {
    id: 'close',
    title: 'exercise.step.closing',
    lines: [
      ['narration.ground.close1', 6],
      ['narration.wellDone', 5],
    ],
  },
]

/** The body's regions, feet to head: each step's title and the line that brings attention to it. */
const REGIONS: ReadonlyArray<[id: string, title: ExerciseKey, line: ExerciseKey]> = [
  ['feet', 'exercise.step.feet', 'narration.scan.feet'],
  ['legs', 'exercise.step.legs', 'narration.scan.legs'],
  ['knees', 'exercise.step.knees', 'narration.scan.knees'],
  ['hips', 'exercise.step.hips', 'narration.scan.hips'],
  ['belly', 'exercise.step.belly', 'narration.scan.belly'],
  ['chest', 'exercise.step.chest', 'narration.scan.chest'],
  ['hands', 'exercise.step.hands', 'narration.scan.hands'],
  ['shoulders', 'exercise.step.shoulders', 'narration.scan.shoulders'],
  ['neck', 'exercise.step.neck', 'narration.scan.neck'],
  ['face', 'exercise.step.face', 'narration.scan.face'],
  ['head', 'exercise.step.head', 'narration.scan.head'],
]

/** The body scan: feet to head. `quiet` is the seconds of silence left in each region (the length knob). */
export function bodyScanScript(quiet: number): ScriptStep[] {
  const q = Math.max(4, quiet)
  return [
    {
      id: 'intro',
      title: 'exercise.step.arriving',
      lines: [
        ['narration.scan.intro1', 6],
        ['narration.scan.intro2', 8],
        ['narration.scan.intro3', 8],
      ],
    },
    ...REGIONS.map(([id, title, line]) => ({
      id,
      title,
      lines: [
        [line, q * 0.55],
        ['narration.scan.soften', q * 0.45],
      ] as ScriptLine[],
    })),
    {
      id: 'whole',
      title: 'exercise.step.whole',
      lines: [
        ['narration.scan.whole1', 12],
        ['narration.scan.whole2', 8],
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
  const how: ExerciseKey =
    start.id === 'breathing-box'
      ? 'narration.breath.howBox'
      : start.id === 'breathing-478'
        ? 'narration.breath.how478'
        : 'narration.breath.howResonance'
  return {
    intro: [
      ['narration.breath.intro1', 4],
      [how, 6],
      // The same words on a desktop and in a headset, so nothing is promised that a flat screen cannot give (the
      // controllers' pulse still follows the breath in VR, unannounced).
      ['narration.breath.follow', 5],
    ],
    close: [
      ['narration.breath.close1', 6],
      ['narration.wellDone', 5],
    ],
  }
}
