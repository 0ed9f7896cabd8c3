// The break interval as session state (`set-break`) and the console's exercise options.
import { describe, expect, it } from 'vitest'
import { BREAK_KEY, breakOptions, readBreakDefault, saveBreakDefault } from '../../src/console/break-default'
import { createConsoleApi } from '../../src/console/console-api'
import { createConsoleController } from '../../src/console/console-controller'
import { createConsoleStore } from '../../src/console/console-store'
import {
  EXERCISE_OPTION_FIELDS,
  clampNumber,
  defaultValues,
  describeExercise,
  exerciseOptions,
  startCommand,
  type NumberField,
} from '../../src/console/exercise-options'
import { EXERCISE_IDS, ExerciseStartSchema, ResonanceOptionsSchema } from '../../src/shared/exercises'
import { CommandSchema, canSend } from '../../src/shared/session/commands'
import { applyCommand, checkCommand, commandForHeadset } from '../../src/shared/session/reducer'
import { SessionStateSchema, createSessionState, stateForHeadset } from '../../src/shared/session/state'

const T0 = 1_700_000_000_000
const fresh = () =>
  createSessionState({ id: 's1', clientId: 'c1', clientAlias: 'River', therapistId: 'u1', now: T0 })

describe('set-break', () => {
  it('sets the interval in the state, keeps the state valid, and reaches the headset unchanged', () => {
    const before = fresh()
    expect(before.breakEveryMin).toBe(20)
    const command = CommandSchema.parse({ type: 'set-break', breakEveryMin: 35 })
    expect(checkCommand(before, command)).toBeNull()
    const after = applyCommand(before, command, T0 + 1000)
    expect(after.breakEveryMin).toBe(35)
    expect(after.seq).toBe(before.seq + 1)
    expect(SessionStateSchema.parse(after).breakEveryMin).toBe(35)
    // Not a clinical event: the SUDS chart gets no marker for it.
    expect(after.events).toEqual(before.events)
    expect(commandForHeadset(command, before, after)).toBe(command)
    expect(stateForHeadset(after).breakEveryMin).toBe(35)
  })

  it('accepts 1…240 whole minutes and nothing else', () => {
    for (const ok of [1, 20, 240])
      expect(CommandSchema.safeParse({ type: 'set-break', breakEveryMin: ok }).success).toBe(true)
    for (const bad of [0, 241, 12.5, -5, '20', null, Infinity]) {
      expect(CommandSchema.safeParse({ type: 'set-break', breakEveryMin: bad }).success, String(bad)).toBe(
        false,
      )
    }
    expect(CommandSchema.safeParse({ type: 'set-break' }).success).toBe(false)
    expect(CommandSchema.safeParse({ type: 'set-break', breakEveryMin: 20, extra: 1 }).success).toBe(false)
  })

  it('only the therapist may send it', () => {
    expect(canSend('therapist', { type: 'set-break' })).toBe(true)
    expect(canSend('headset', { type: 'set-break' })).toBe(false)
  })

  it('is refused once the session has ended', () => {
    const ended = applyCommand(fresh(), { type: 'end' }, T0 + 1)
    expect(checkCommand(ended, { type: 'set-break', breakEveryMin: 30 })?.code).toBe('bad-command')
  })
})

describe('exercise-start is checked against the exercise schema', () => {
  const check = (command: unknown) => checkCommand(fresh(), CommandSchema.parse(command))
  it('accepts every exercise with its defaults and with chosen options', () => {
    for (const id of EXERCISE_IDS) expect(check({ type: 'exercise-start', id }), id).toBeNull()
    expect(
      check({ type: 'exercise-start', id: 'breathing-resonance', options: { rate: 5.5, minutes: 12 } }),
    ).toBeNull()
  })
  it('refuses an unknown exercise or an option out of range, with a clear message', () => {
    expect(check({ type: 'exercise-start', id: 'levitation' })).toMatchObject({
      code: 'bad-command',
      message: expect.stringContaining('unknown exercise'),
    })
    const fast = check({ type: 'exercise-start', id: 'breathing-resonance', options: { rate: 60 } })
    expect(fast).toMatchObject({ code: 'bad-command', message: expect.stringContaining('rate') })
    expect(check({ type: 'exercise-start', id: 'body-scan', options: { minutes: 2 } })?.code).toBe(
      'bad-command',
    )
    expect(check({ type: 'exercise-start', id: 'breathing-box', options: 'four' })?.code).toBe('bad-command')
  })
})

describe('exercise options on the console', () => {
  const rate = EXERCISE_OPTION_FIELDS['breathing-resonance'].find((f) => f.key === 'rate') as NumberField

  it('take their bounds and defaults from the exercise schema', () => {
    const schema = ResonanceOptionsSchema.shape.rate.unwrap()
    expect(rate).toMatchObject({ min: schema.minValue, max: schema.maxValue, default: 6 })
    for (const id of EXERCISE_IDS) {
      // The defaults the console starts from are exactly what the headset would fill in.
      const start = startCommand(id, defaultValues(id))
      expect(start.ok, id).toBe(true)
      if (!start.ok) continue
      const parsed = ExerciseStartSchema.parse({ id, options: start.command.options })
      expect(parsed.options).toMatchObject(start.command.options)
    }
  })

  it('clamp anything typed into range and onto the step', () => {
    expect(clampNumber(rate, 60)).toBe(10)
    expect(clampNumber(rate, '1')).toBe(3)
    expect(clampNumber(rate, '6.74')).toBe(6.5)
    expect(clampNumber(rate, '6.76')).toBe(7)
    expect(clampNumber(rate, '')).toBe(6)
    expect(clampNumber(rate, 'abc')).toBe(6)
    expect(clampNumber(rate, NaN)).toBe(6)
    expect(clampNumber(rate, -Infinity)).toBe(6)
  })

  it('never produce a command the schema refuses, whatever the values', () => {
    const junk = [999, -1, 'x', '', null, 0.1, '7', 'slow', 'fast', 0.4, '   ']
    for (const id of EXERCISE_IDS) {
      for (const v of junk) {
        const values = Object.fromEntries(EXERCISE_OPTION_FIELDS[id].map((f) => [f.key, v as never]))
        const start = startCommand(id, values)
        expect(start.ok, `${id} ${String(v)}`).toBe(true)
        if (start.ok) expect(checkCommand(fresh(), CommandSchema.parse(start.command))).toBeNull()
      }
    }
  })

  it('send a chosen resonance rate and a safe-place cue word; an empty cue word is left out', () => {
    expect(exerciseOptions('breathing-resonance', { rate: '7.5', minutes: 15, inShare: 0.4 })).toEqual({
      rate: 7.5,
      minutes: 15,
      inShare: 0.4,
    })
    expect(exerciseOptions('breathing-resonance', { inShare: 0.33 }).inShare).toBe(0.5)
    expect(exerciseOptions('safe-place', { pace: 'slow', cueWord: '  harbour ' })).toEqual({
      pace: 'slow',
      cueWord: 'harbour',
    })
    expect(exerciseOptions('safe-place', { cueWord: '   ' })).toEqual({ pace: 'normal' })
  })

  it('describe what is running in the controls’ words', () => {
    expect(describeExercise('breathing-resonance', { rate: 7, minutes: 10, inShare: 0.4 })).toBe(
      'Resonance breathing · 7/min · 10 min · longer out-breath',
    )
    expect(describeExercise('breathing-box', { side: 4, cycles: 6 })).toBe('Box breathing · 4 s · 6 rounds')
    expect(describeExercise('body-scan', null)).toBe('Body scan')
    expect(describeExercise('something-new', {})).toBe('something-new')
  })
})

describe('the break interval chosen on this computer', () => {
  const memory = () => {
    const m = new Map<string, string>()
    return {
      getItem: (k: string) => m.get(k) ?? null,
      setItem: (k: string, v: string) => void m.set(k, v),
      m,
    }
  }
  it('is saved, read back, and junk is ignored', () => {
    const s = memory()
    expect(readBreakDefault(s)).toBeUndefined()
    saveBreakDefault(45, s)
    expect(readBreakDefault(s)).toBe(45)
    saveBreakDefault(0, s)
    expect(readBreakDefault(s)).toBe(45)
    s.m.set(BREAK_KEY, '9999')
    expect(readBreakDefault(s)).toBeUndefined()
    const broken = {
      getItem: () => {
        throw new Error('blocked')
      },
      setItem: () => {
        throw new Error('blocked')
      },
    }
    expect(readBreakDefault(broken)).toBeUndefined()
    expect(() => saveBreakDefault(30, broken)).not.toThrow()
  })

  it('offers the presets plus an unusual current value, in order', () => {
    expect(breakOptions(20)).toContain(20)
    expect(breakOptions(37)).toEqual([10, 15, 20, 25, 30, 37, 45, 60, 90])
  })

  it('is sent with a new session', async () => {
    const bodies: unknown[] = []
    const api = createConsoleApi({
      fetchImpl: async (_url, init) => {
        bodies.push(JSON.parse(String(init?.body)))
        return new Response(JSON.stringify({ session: fresh() }), { status: 201 })
      },
    })
    const controller = createConsoleController({
      api,
      store: createConsoleStore(),
      location: { protocol: 'http:', host: 'x' },
      createSocket: () => ({
        readyState: 0,
        send() {},
        close() {},
        onopen: null,
        onclose: null,
        onerror: null,
        onmessage: null,
      }),
      breakDefault: () => 30,
    })
    await controller.startSession('c1')
    controller.dispose()
    expect(bodies[0]).toEqual({ clientId: 'c1', approval: 'clinical', breakEveryMin: 30 })
  })
})
