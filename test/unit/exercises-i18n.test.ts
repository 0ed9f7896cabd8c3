// The exercises in every language: the same steps, lines and timing, only the words change; English is exactly the
// words it always was; the voice is told the language.
import { describe, expect, it } from 'vitest'
import {
  EXERCISE_IDS,
  EXERCISE_TITLES,
  ExerciseStartSchema,
  PHASE_WORDS,
  buildTimeline,
  exerciseAt,
  type ExerciseStartInput,
  type Timeline,
} from '../../src/shared/exercises'
import {
  GROUNDING_SCRIPT,
  bodyScanScript,
  breathingWords,
  safePlaceScript,
  type ScriptStep,
} from '../../src/shared/exercises/scripts'
import { HEADSET_CATALOGS } from '../../src/shared/i18n/headset-catalogs'
import { HEADSET_EN, type HeadsetKey } from '../../src/shared/i18n/headset-en'
import { createTranslator } from '../../src/shared/i18n/translate'
import { LANGUAGES, type SupportedLanguage } from '../../src/shared/safety/language'
import { upcomingLines } from '../../src/client/speech/upcoming-lines'
import { createExerciseFollower } from '../../src/client/session/exercise-caption'

const translator = async (lang: SupportedLanguage) =>
  createTranslator<HeadsetKey>(lang, await HEADSET_CATALOGS[lang]())

const STARTS: ExerciseStartInput[] = [
  { id: 'safe-place' },
  { id: 'safe-place', options: { cueWord: 'shore', pace: 'slow' } },
  { id: 'grounding' },
  { id: 'breathing-box', options: { cycles: 5 } },
  { id: 'breathing-478', options: { cycles: 1 } },
  { id: 'breathing-resonance', options: { minutes: 2 } },
  { id: 'body-scan', options: { minutes: 10 } },
]
const build = (input: ExerciseStartInput, t?: Parameters<typeof buildTimeline>[1]) =>
  buildTimeline(ExerciseStartSchema.parse(input), t)

/** The timeline without its words: what must be the same in every language. */
const shape = (t: Timeline) => ({
  duration: t.duration,
  steps: t.steps.map((s) => ({
    id: s.id,
    start: s.start,
    duration: s.duration,
    at: s.lines.map((l) => l.at),
    breath: s.breath,
  })),
})
const words = (t: Timeline) => [t.title, ...t.steps.flatMap((s) => [s.title, ...s.lines.map((l) => l.text)])]

describe('exercise scripts', () => {
  it('are catalogue keys, every one in the English catalogue', () => {
    const scripts: ScriptStep[][] = [safePlaceScript(undefined), safePlaceScript('still'), GROUNDING_SCRIPT]
    scripts.push(bodyScanScript(8))
    const keys = scripts.flat().flatMap((s) => [s.title, ...s.lines.map(([k]) => k)])
    for (const id of EXERCISE_IDS.filter((x) => x.startsWith('breathing'))) {
      const { intro, close } = breathingWords(ExerciseStartSchema.parse({ id }))
      keys.push(...[...intro, ...close].map(([k]) => k))
    }
    for (const key of keys) expect(HEADSET_EN, key).toHaveProperty([key])
  })
})

describe('exercise timelines in every language', () => {
  it('keep the English words exactly as they were', () => {
    const safe = build({ id: 'safe-place', options: { cueWord: 'shore' } })
    expect(safe.title).toBe('Safe place')
    expect(safe.steps.map((s) => s.title)).toEqual([
      'Arriving',
      'Describe the place',
      'Notice the feelings',
      'Let it grow',
      'Choose a cue word',
      'Practise returning',
      'Closing',
    ])
    expect(safe.steps[4]!.lines.map((l) => l.text)).toEqual([
      'Your word for this place is “shore”.',
      'Say “shore” quietly to yourself, and notice the calm.',
    ])
    expect(safe.steps[5]!.lines[2]!.text).toBe(
      'When you are ready, say “shore”, and let your place come back.',
    )
    expect(build({ id: 'safe-place' }).steps[5]!.lines[2]!.text).toBe(
      'When you are ready, say your word, and let your place come back.',
    )
    const scan = build({ id: 'body-scan' })
    expect(scan.steps[1]).toMatchObject({ title: 'Feet' })
    expect(scan.steps[1]!.lines.map((l) => l.text)).toEqual([
      'Bring your attention to your feet: your toes, the soles, the heels.',
      'Notice whatever is there, and let it soften.',
    ])
    const box = build({ id: 'breathing-box', options: { cycles: 6 } })
    expect(box.steps.map((s) => s.title)).toEqual(['Settling', '6 breaths', 'Closing'])
    expect(box.steps[0]!.lines[1]!.text).toBe(
      'Breathe in, hold, breathe out, and hold, each for a slow count.',
    )
    expect(box.lang).toBe('en')
    expect(PHASE_WORDS).toEqual({ in: 'Breathe in', hold: 'Hold', out: 'Breathe out', 'hold-out': 'Hold' })
    expect(EXERCISE_TITLES['grounding']).toBe('5-4-3-2-1 grounding')
  })

  it('have the same steps, lines and timing in every language, and no English words', async () => {
    for (const lang of LANGUAGES.filter((l) => l !== 'en')) {
      const t = await translator(lang)
      for (const input of STARTS) {
        const en = build(input)
        const other = build(input, t)
        expect(shape(other), `${lang} ${input.id}`).toEqual(shape(en))
        expect(other.lang).toBe(lang)
        const theirs = words(other)
        const english = new Set(words(en))
        for (const w of theirs) {
          expect(w, `${lang} ${input.id}`).not.toMatch(/\{\{|exercise\.|narration\./)
          expect(english.has(w), `${lang} ${input.id}: "${w}" is English`).toBe(false)
        }
      }
    }
  })

  it('say the cue word in the client’s language, quoted as that language quotes', async () => {
    const es = build({ id: 'safe-place', options: { cueWord: 'orilla' } }, await translator('es'))
    expect(es.steps[4]!.lines[0]!.text).toBe('Tu palabra para este lugar es «orilla».')
    const de = build({ id: 'safe-place', options: { cueWord: 'Ufer' } }, await translator('de'))
    expect(de.steps[4]!.lines[0]!.text).toBe('Ihr Wort für diesen Ort ist „Ufer“.')
    const fr = build({ id: 'safe-place', options: { cueWord: 'rivage' } }, await translator('fr'))
    expect(fr.steps[4]!.lines[0]!.text).toBe('Votre mot pour ce lieu est «\u00a0rivage\u00a0».')
  })

  it('show and speak the breath phases and count the breaths in the client’s language', async () => {
    const es = build({ id: 'breathing-box', options: { cycles: 5 } }, await translator('es'))
    expect(es.steps.map((s) => s.title)).toEqual(['Acomodarse', '5 respiraciones', 'Cierre'])
    const breathe = es.steps[1]!
    const st = exerciseAt(es, breathe.start + 0.1)
    expect(st.caption).toBe('Inspira')
    expect(st.cue?.text).toBe('Inspira')
    expect(upcomingLines(es, breathe.start - 0.5, 3)).toEqual(['Inspira', 'Mantén', 'Espira'])
    const one = build({ id: 'breathing-478', options: { cycles: 1 } }, await translator('de'))
    expect(one.steps[1]!.title).toBe('1 Atemzug')
    const fr = build({ id: 'breathing-box', options: { cycles: 2 } }, await translator('fr'))
    expect(exerciseAt(fr, fr.steps[1]!.start + 0.1).caption).toBe('Inspirez')
  })

  it('follow a therapist’s exercise in the headset’s language, and switch language mid-way', async () => {
    const follow = createExerciseFollower()
    const running = { id: 'grounding', options: {}, startedAt: 1_000, baseMs: 0, timeScale: 1 }
    const es = follow(running, 1_000 + 500, await translator('es'))
    expect(es).toMatchObject({ title: 'Anclaje 5-4-3-2-1', lang: 'es' })
    expect(es!.caption).toBe('Vamos a notar lo que hay a tu alrededor, un sentido cada vez.')
    const de = follow(running, 1_000 + 600, await translator('de'))
    expect(de).toMatchObject({ title: '5-4-3-2-1-Erdung', lang: 'de' })
    // The same line, by the same key: a voice that said it once does not say it again.
    expect(de!.cue!.key).toBe(es!.cue!.key)
    expect(follow(running, 1_000 + 700)).toMatchObject({ title: '5-4-3-2-1 grounding', lang: 'en' })
  })
})
