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
import type { AuditStore } from '../storage/audit-store'
import type { SessionStore } from '../storage/session-store'
import { headsetMayPick, makeVersion } from '../../shared/refine/make-version'
import { checkArtworkBody } from '../text'
import type { Relay } from './relay'

export type SubmitResult = { ok: true; seq: number } | { ok: false; code: ErrorCode; message: string }

/**
 * How a feature follows the sessions without living in the hub (issue 6: AI pictures and moderation). Listeners run
 * inside a session's queue, so they must only start work, never wait for it.
 */
export interface SessionHubHooks {
  /** After each applied command has been stored and published. */
  onApplied?(before: SessionState, after: SessionState, command: Command): void
  /** A session came back from storage (after a restart). */
  onLoaded?(state: SessionState): void
  /**
   * Extra screening of new words, before their artwork is committed and outside the session's queue. Answers hold
   * reasons (empty: nothing to add); it may add a hold, never clear one.
   */
  screen?(state: SessionState, words: string, spec: SceneSpec): Promise<string[]>
}

export interface SessionHubDeps {
  store: SessionStore
  relay: Relay
  interpret: (text: string) => SceneSpec
  now: () => number
  createId: () => string
  log: (message: string, err?: unknown) => void
  /** The append-only audit log (issue 7): session start and end, approvals. */
  audit?: AuditStore | undefined
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

  private readonly hooks: SessionHubHooks[] = []

  constructor(private readonly deps: SessionHubDeps) {}

  /** Adds a feature's hooks (see SessionHubHooks). */
  extend(hooks: SessionHubHooks): void {
    this.hooks.push(hooks)
  }

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
    this.audit({
      actor: input.therapistId,
      action: 'session-start',
      clientId: input.clientId,
      sessionId: state.id,
    })
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
    if ((command.type === 'describe' || command.type === 'edit') && this.hooks.some((h) => h.screen)) {
      return this.submitScreened(sessionId, role, command)
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
        this.notify((h) => h.onLoaded?.(loaded.state))
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

  /**
   * Words with a screen registered: interpret and screen first, outside the queue, so a slow screen (a network call)
   * never delays the session's other commands; then commit in order, if the request still fits the session.
   */
  private async submitScreened(
    sessionId: string,
    role: Role,
    command: Extract<Command, { type: 'describe' | 'edit' }>,
  ): Promise<SubmitResult> {
    const live = await this.get(sessionId)
    if (!live) return { ok: false, code: 'not-found', message: 'There is no such session.' }
    const made = this.makeArtwork(live.state, role, command)
    if (!made.ok) return made
    const add = made.command
    if (add.type !== 'artwork-add') return { ok: false, code: 'bad-command', message: 'Unexpected command.' }
    const extra: string[] = []
    for (const hook of this.hooks) {
      if (!hook.screen) continue
      try {
        extra.push(...(await hook.screen(live.state, add.artwork.text, add.artwork.spec)))
      } catch (err) {
        // A screen that breaks adds nothing: the local screen's result stands.
        this.deps.log('screen failed', err)
      }
    }
    const screened = extra.length ? withHold(add, extra) : add
    return this.enqueue(sessionId, async (l) => {
      const problem = checkCommand(l.state, command)
      if (problem) return { ok: false, ...problem }
      return this.commit(l, screened)
    })
  }

  private notify(call: (hooks: SessionHubHooks) => void): void {
    for (const hooks of this.hooks) {
      try {
        call(hooks)
      } catch (err) {
        this.deps.log('session hook failed', err)
      }
    }
  }

  private async run(live: Live, role: Role, command: Command): Promise<SubmitResult> {
    if (command.type === 'refine') {
      // Issue 7: a new version, made like makeArtwork makes an artwork (see src/shared/refine/make-version.ts).
      const made = makeVersion(live.state, role, command, {
        interpret: this.deps.interpret,
        createId: this.deps.createId,
        now: this.deps.now,
        checkWords: (text) => checkArtworkBody({ text }),
      })
      return made.ok ? this.commit(live, made.command) : made
    }
    if (command.type === 'pick-version' && role === 'headset' && !headsetMayPick(live.state, command)) {
      return { ok: false, code: 'not-found', message: 'That version is not kept for this artwork.' }
    }
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
    this.notify((h) => h.onApplied?.(before, after, command))
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
    // Approve and end are therapist-only commands, so the session's therapist is the actor (issue 7 audit).
    const ref = { clientId: after.clientId, sessionId: after.id }
    if (command.type === 'approve' && findEntry(after, command.artworkId)?.state === 'approved') {
      const was = findEntry(before, command.artworkId)?.state
      if (was !== 'approved')
        this.audit({ actor: after.therapistId, action: 'approve', ...ref, detail: `was ${was}` })
    }
    if (after.phase === 'ended' && before.phase !== 'ended') {
      this.audit({
        actor: after.therapistId,
        action: 'session-end',
        ...ref,
        detail: `${after.artworks.length} artwork${after.artworks.length === 1 ? '' : 's'}`,
      })
    }
  }

  /** An audit row must never fail a command that is already stored. */
  private audit(entry: Parameters<AuditStore['record']>[0]): void {
    try {
      this.deps.audit?.record(entry)
    } catch (err) {
      this.deps.log('audit record failed', err)
    }
  }
}

/** The artwork held for the therapist with the screen's reasons added to the local ones. */
function withHold(add: Extract<Command, { type: 'artwork-add' }>, extra: string[]): Command {
  const spec = add.artwork.spec
  const reasons = [...spec.safety.reasons, ...extra]
  return {
    ...add,
    artwork: {
      ...add.artwork,
      status: 'held',
      spec: { ...spec, safety: { ...spec.safety, held: true, reasons } },
    },
    reasons: reasons.slice(0, 20).map((r) => r.slice(0, 200)),
  }
}
