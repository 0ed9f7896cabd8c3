import { describe, expect, it } from 'vitest'
import { CommandSchema, type Command } from '../../src/shared/session/commands'
import { HEADSET_SEES, commandForHeadset } from '../../src/shared/session/headset-view'
import { applyCommand } from '../../src/shared/session/reducer'
import { createSessionState } from '../../src/shared/session/state'

const T0 = Date.UTC(2026, 11, 7, 10)
const ALL_TYPES = CommandSchema.options.map((o) => o.shape.type.value)
const state = () =>
  createSessionState({
    id: 's1',
    clientId: 'c1',
    clientAlias: 'Robin',
    therapistId: 't1',
    now: T0,
    sudsScale: 10,
  })

describe('what the headset is told of each command', () => {
  it('has an explicit choice for every command of the schema, and for nothing else', () => {
    expect(Object.keys(HEADSET_SEES).sort()).toEqual([...ALL_TYPES].sort())
  })

  it('passes on as they are only the commands that steer what the client sees and hears', () => {
    const asIs = ALL_TYPES.filter((t) => HEADSET_SEES[t] === 'as-is').sort()
    // A change to this list is a decision about what reaches the client: make it here, on purpose.
    expect(asIs).toEqual(
      [
        'artwork-show',
        'compare-versions',
        'end',
        'exercise-pace',
        'exercise-start',
        'exercise-stop',
        'headset-paired',
        'move',
        'narrate',
        'noop',
        'pause',
        'remove',
        'resume',
        'risk-ack',
        'safe-place-go',
        'safe-place-save',
        'set-break',
        'set-brightness',
        'set-language',
        'set-scene',
        'set-sound',
        'set-suds-scale',
        'set-view',
        'suds-answer',
        'suds-request',
      ].sort(),
    )
    const command: Command = { type: 'set-scene', biome: 'forest' }
    const before = state()
    expect(commandForHeadset(command, before, applyCommand(before, command, T0 + 1))).toBe(command)
  })

  it('turns the words before approval, the approval mode, notes and risk checks into noop', () => {
    const hidden: Command[] = [
      { type: 'describe', text: 'the night of the accident' },
      { type: 'edit', artworkId: 'a1', text: 'a quiet lake at dusk' },
      { type: 'refine', artworkId: 'a1', choice: 'warmer' },
      { type: 'discard', artworkId: 'a1' },
      { type: 'set-approval', approval: 'open' },
      { type: 'note', text: 'Talked about her brother.' },
      {
        type: 'risk-check',
        riskId: 'r1',
        check: { answers: {}, actions: [], note: 'called the crisis line' },
      },
    ] as Command[]
    expect(hidden.map((c) => c.type).sort()).toEqual(
      ALL_TYPES.filter((t) => HEADSET_SEES[t] === 'hidden').sort(),
    )
    const s = state()
    for (const command of hidden)
      expect(commandForHeadset(command, s, s), command.type).toEqual({ type: 'noop' })
  })
})
