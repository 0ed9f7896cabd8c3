import type { Artwork } from '../../shared/artwork'
import { seedFromText } from '../../shared/recipe'
import { canSend } from '../../shared/session/commands'
import type { Command, Role } from '../../shared/session/commands'
import { PROTOCOL_VERSION } from '../../shared/session/protocol'
import type { ErrorCode } from '../../shared/session/protocol'
import { applyCommand, checkCommand, commandForHeadset, findEntry } from '../../shared/session/reducer'
import { createSessionState } from '../../shared/session/state'
import type { Approval, SessionState } from '../../shared/session/state'
import { SceneSpecSchema } from '../../shared/spec'
import type { SceneSpec } from '../../shared/spec'
import type { SessionStore } from '../storage/session-store'
import { checkArtworkBody } from '../text'
import type { Relay } from './relay'

export type SubmitResult = { ok: true; seq: number } | { ok: false; code: ErrorCode; message: string }

export interface SessionHubDeps {
  store: SessionStore
  relay: Relay
  interpret: (text: string) => SceneSpec
  now: () => number
  createId: () => string
  log: (message: string, err?: unknown) => void
}

type Live = { state: SessionState; queue: Promise<unknown> }

/**
 * The authority for every live session: holds its state, applies commands in order with the shared
 * reducer, persists each new state before anyone hears of it, and publishes the result on the relay.
 * Sessions load lazily from storage, so after a restart each one resumes on its first connection.
 */
export class SessionHub {
  private readonly live = new Map<string, Live>()
  private readonly loading = new Map<string, Promise<Live | undefined>>()
  private readonly headsets = new Map<string, number>()

  constructor(private readonly deps: SessionHubDeps) {}

  get relay(): Relay {
    return this.deps.relay
  }

  /** The current state (in memory, else from storage), or undefined. */
  async state(sessionId: string): Promise<SessionState | undefined> {
    return (await this.get(sessionId))?.state
  }

  /** The state already in memory; used right after `state()` so welcome and subscription line up. */
  current(sessionId: string): SessionState | undefined {
    return this.live.get(sessionId)?.state
  }

  async create(input: {
    therapistId: string
    clientId: string
    clientAlias: string
    approval?: Approval
    sudsScale?: 10 | 100
    safePlace?: SessionState['safePlace']['saved']
    breakEveryMin?: number
  }): Promise<SessionState> {
    const state = createSessionState({
      id: this.deps.createId(),
      clientId: input.clientId,
      clientAlias: input.clientAlias,
      therapistId: input.therapistId,
      ...(input.approval ? { approval: input.approval } : {}),
      ...(input.sudsScale ? { sudsScale: input.sudsScale } : {}),
      ...(input.breakEveryMin ? { breakEveryMin: input.breakEveryMin } : {}),
      safePlace: input.safePlace ?? null,
      now: this.deps.now(),
    })
    await this.deps.store.insertSession(
      { id: state.id, therapistId: input.therapistId, clientId: input.clientId, state },
      this.deps.now(),
    )
    this.live.set(state.id, { state, queue: Promise.resolve() })
    return state
  }

  /**
   * A command from a participant. Role rights are checked here (ownership of the session was checked
   * when the connection said hello). Commands of one session run strictly one after another.
   */
  submit(sessionId: string, role: Role, command: Command): Promise<SubmitResult> {
    if (!canSend(role, command)) {
      return Promise.resolve({
        ok: false,
        code: 'forbidden',
        message: `A ${role} may not send "${command.type}".`,
      })
    }
    return this.enqueue(sessionId, (live) => this.run(live, role, command))
  }

  /** Server-made commands (pairing). */
  submitServer(sessionId: string, command: Command): Promise<SubmitResult> {
    return this.enqueue(sessionId, async (live) => this.commit(live, command))
  }

  /** Counts headset connections so the console can show whether the client is there. */
  headsetPresence(sessionId: string, delta: 1 | -1): void {
    const before = this.headsets.get(sessionId) ?? 0
    const after = Math.max(0, before + delta)
    if (after === 0) this.headsets.delete(sessionId)
    else this.headsets.set(sessionId, after)
    if (before > 0 !== after > 0) this.deps.relay.publish(sessionId, { kind: 'presence', headset: after > 0 })
  }

  headsetConnected(sessionId: string): boolean {
    return (this.headsets.get(sessionId) ?? 0) > 0
  }

  /** Waits for every queued command, so nothing is lost on shutdown. */
  async drain(): Promise<void> {
    await Promise.all([...this.live.values()].map((l) => l.queue.catch(() => undefined)))
  }

  private async get(sessionId: string): Promise<Live | undefined> {
    const live = this.live.get(sessionId)
    if (live) return live
    let pending = this.loading.get(sessionId)
    if (!pending) {
      pending = this.deps.store.getSession(sessionId).then((record) => {
        this.loading.delete(sessionId)
        if (!record) return undefined
        const existing = this.live.get(sessionId)
        if (existing) return existing
        const loaded: Live = { state: record.state, queue: Promise.resolve() }
        this.live.set(sessionId, loaded)
        return loaded
      })
      this.loading.set(sessionId, pending)
    }
    return pending
  }

  private async enqueue(
    sessionId: string,
    task: (live: Live) => Promise<SubmitResult>,
  ): Promise<SubmitResult> {
    const live = await this.get(sessionId)
    if (!live) return { ok: false, code: 'not-found', message: 'There is no such session.' }
    const result = live.queue.then(
      () => task(live),
      () => task(live),
    )
    live.queue = result.catch(() => undefined)
    try {
      return await result
    } catch (err) {
      this.deps.log(`session ${sessionId}: command failed`, err)
      return {
        ok: false,
        code: 'bad-command',
        message: 'The command could not be applied. Nothing was changed.',
      }
    }
  }

  private async run(live: Live, role: Role, command: Command): Promise<SubmitResult> {
    if (command.type === 'describe' || command.type === 'edit') {
      const made = this.makeArtwork(live.state, role, command)
      if (!made.ok) return made
      return this.commit(live, made.command)
    }
    return this.commit(live, command)
  }

  /** Words → screened artwork, through the same interpret → safety path as the solo gallery. */
  private makeArtwork(
    state: SessionState,
    role: Role,
    command: Extract<Command, { type: 'describe' | 'edit' }>,
  ): { ok: true; command: Command } | { ok: false; code: ErrorCode; message: string } {
    const problem = checkCommand(state, command)
    if (problem) return { ok: false, ...problem }
    const check = checkArtworkBody({ text: command.text })
    if (!check.ok) return { ok: false, code: 'bad-command', message: check.message }
    let spec: SceneSpec
    try {
      spec = SceneSpecSchema.parse(this.deps.interpret(check.text))
    } catch (err) {
      // Never fall back to a default scene: unscreened words must not reach the wall.
      this.deps.log('interpret failed', err)
      return { ok: false, code: 'bad-command', message: 'The words could not be turned into a painting.' }
    }
    const artwork: Artwork = {
      id: this.deps.createId(),
      text: check.text,
      createdAt: new Date(this.deps.now()).toISOString(),
      spec,
      seed: seedFromText(check.text),
      status: spec.safety.held ? 'held' : 'shown',
    }
    const replaced = command.type === 'edit' ? findEntry(state, command.artworkId) : undefined
    return {
      ok: true,
      command: {
        type: 'artwork-add',
        artwork,
        reasons: spec.safety.reasons.slice(0, 20).map((r) => r.slice(0, 200)),
        from: replaced?.from ?? (role === 'headset' ? 'client' : 'therapist'),
        ...(replaced ? { replaces: replaced.artwork.id } : {}),
      },
    }
  }

  private async commit(live: Live, command: Command): Promise<SubmitResult> {
    const before = live.state
    const problem = checkCommand(before, command)
    if (problem) return { ok: false, ...problem }
    const at = this.deps.now()
    const after = applyCommand(before, command, at)
    // Persist first: a restart right after an ack must still have the change.
    await this.deps.store.saveSessionState(after, at)
    live.state = after
    await this.sideEffects(before, after, command, at)

    const frame = (c: Command) =>
      JSON.stringify({ v: PROTOCOL_VERSION, type: 'applied', seq: after.seq, command: c, at })
    const consoleFrame = frame(command)
    const headsetCommand = commandForHeadset(command, before, after)
    const headsetFrame = headsetCommand === command ? consoleFrame : frame(headsetCommand)
    this.deps.relay.publish(after.id, { kind: 'applied', seq: after.seq, consoleFrame, headsetFrame })
    if (after.phase === 'ended' && before.phase !== 'ended') {
      this.deps.relay.publish(after.id, { kind: 'ended' })
      // Ended sessions leave memory; the stored state still answers the console's history.
      this.live.delete(after.id)
    }
    return { ok: true, seq: after.seq }
  }

  private async sideEffects(before: SessionState, after: SessionState, command: Command, at: number) {
    if (command.type === 'safe-place-save' && after.safePlace.saved) {
      // The safe place belongs to the client, so the next session starts with it.
      await this.deps.store.saveSafePlace(after.clientId, after.safePlace.saved)
    }
    if (command.type === 'set-suds-scale' && before.suds.scale !== after.suds.scale) {
      // So is the SUDS scale (issue 5: "where the client's record says so"): the record follows the session.
      await this.deps.store.updateClient(after.clientId, { sudsScale: after.suds.scale })
    }
    if (after.phase === 'ended' && before.phase !== 'ended') {
      // The end of the session is the end of the headset's access: its token stops working now.
      await this.deps.store.revokeSessionTokens(after.id, at)
    }
  }
}
