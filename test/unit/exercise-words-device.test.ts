import { describe, expect, it } from 'vitest'
import { breathingWords } from '../../src/shared/exercises/scripts'
import { EXERCISE_IDS, parseExerciseStart } from '../../src/shared/exercises/schema'

describe('breathing words', () => {
  it('promise nothing a desktop cannot give (no hands, no controllers)', () => {
    for (const id of EXERCISE_IDS.filter((x) => x.startsWith('breathing'))) {
      const parsed = parseExerciseStart({ id })
      if (!parsed.ok) throw new Error(parsed.problem)
      const { intro, close } = breathingWords(parsed.start)
      for (const [line] of [...intro, ...close])
        expect(line, `${id}: ${line}`).not.toMatch(/hand|controller|pulse/i)
    }
  })
})
