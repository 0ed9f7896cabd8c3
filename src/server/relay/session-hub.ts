import type { Clock } from '../../shared/clock'
import type { Interpret } from '../words-to-artwork'
import { canSend } from '../../shared/session/commands'
import type { Command, Role } from '../../shared/session/commands'
import { PROTOCOL_VERSION } from '../../shared/session/protocol'
import type { ErrorCode } from '../../shared/session/protocol'
import { applyCommand, checkCommand, commandForHeadset } from '../../shared/session/reducer'
import { createSessionState } from '../../shared/session/state'
import type { Approval, SessionState } from '../../shared/session/state'
import type { SceneSpec } from '../../shared/spec'
import type { AuditStore } from '../storage/audit-store'
import type { SessionStore } from '../storage/session-store'
import { headsetMayPick, makeVersion } from '../../shared/refine/make-version'
import { checkArtworkBody } from '../text'
import { makeArtwork, riskCommand, screenArtwork } from './hub-artwork'
import type { ScreenFinding } from './hub-artwork'
import { screenRisk } from '../../shared/safety/risk'
import { applySideEffects, recordAudit } from './hub-effects'
import type { Relay } from './relay'

export type SubmitResult = { ok: true; seq: number } | { ok: false; code: ErrorCode; message: string }

/**
 * How a feature follows the sessions without living in the hub (AI pictures and moderation). Listeners run
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
  screen?(state: SessionState, words: string, spec: SceneSpec): Promise<ScreenFinding>
}

export interface SessionHubDeps {
  store: SessionStore
  relay: Relay
  interpret: Interpret
  now: Clock
  createId: () => string
  log: (message: string, err?: unknown) => void
  /** The append-only audit log: session start and end, approvals. */
  audit?: AuditStore | undefined
}

/** `pending`: commands queued or running; `gone`: erased while it was in memory, so nothing may be written back. */
type Live = { state: SessionState; queue: Promise<unknown>; pending: number; gone?: boolean }

/**
 * The authority for every live session: holds its state, applies commands in order with the shared
 * reducer, persists each new state before anyone hears of it, and publishes the result on the relay.
 * Sessions load lazily from storage, so after a restart each one resumes on its first connection.
 * Ended sessions are not kept: the stored state answers, so an erasure leaves no copy behind in memory.
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

  /** The current state (in memory, else from storage; an ended session is read each time), or undefined. */
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
    language?: SessionState['language']
  }): Promise<SessionState> {
    const state = createSessionState({
      id: this.deps.createId(),
      clientId: input.clientId,
      clientAlias: input.clientAlias,
      therapistId: input.therapistId,
      ...(input.approval ? { approval: input.approval } : {}),
      ...(input.sudsScale ? { sudsScale: input.sudsScale } : {}),
      ...(input.breakEveryMin ? { breakEveryMin: input.breakEveryMin } : {}),
      ...(input.language ? { language: input.language } : {}),
      safePlace: input.safePlace ?? null,
      now: this.deps.now(),
    })
    await this.deps.store.insertSession(
      { id: state.id, therapistId: input.therapistId, clientId: input.clientId, state },
      this.deps.now(),
    )
    this.live.set(state.id, { state, queue: Promise.resolve(), pending: 0 })
    recordAudit(this.deps, {
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

  /** Tells the session's console that its pairing code was voided, so it does not go on showing a dead code. */
  pairingVoided(sessionId: string, until: number): void {
    this.deps.relay.publish(sessionId, { kind: 'pairing-voided', until })
  }

  headsetConnected(sessionId: string): boolean {
    return (this.headsets.get(sessionId) ?? 0) > 0
  }

  /**
   * An erased client's sessions: dropped from memory (a command still queued writes nothing back), and every socket
   * on them is told the session ended and is closed, so no erased word is served again and an import of the same
   * record under another therapist starts clean.
   */
  forget(sessionIds: readonly string[]): void {
    const close = () => {
      for (const id of sessionIds) this.deps.relay.publish(id, { kind: 'ended', erased: true })
    }
    for (const id of sessionIds) {
      const live = this.live.get(id)
      if (live) live.gone = true
      this.live.delete(id)
      this.headsets.delete(id)
    }
    close()
    // Once more after this turn: a hello that read the state just before the rows went subscribes only now.
    setImmediate(close)
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
      pending = this.deps.store.getSession(sessionId).then(
        (record) => {
          this.loading.delete(sessionId)
          if (!record) return undefined
          const existing = this.live.get(sessionId)
          if (existing) return existing
          const loaded: Live = { state: record.state, queue: Promise.resolve(), pending: 0 }
          // Read, not kept: a command for it holds it only while it runs (see enqueue).
          if (record.state.phase === 'ended') return loaded
          this.live.set(sessionId, loaded)
          this.notify((h) => h.onLoaded?.(loaded.state))
          return loaded
        },
        (err: unknown) => {
          this.loading.delete(sessionId)
          throw err
        },
      )
      this.loading.set(sessionId, pending)
    }
    return pending
  }

  private async enqueue(
    sessionId: string,
    task: (live: Live) => Promise<SubmitResult>,
  ): Promise<SubmitResult> {
    const found = await this.get(sessionId)
    if (!found) return { ok: false, code: 'not-found', message: 'There is no such session.' }
    // Commands of an ended session (a note after the end) still run one after another: it is held while they run.
    const live = this.live.get(sessionId) ?? found
    this.live.set(sessionId, live)
    live.pending++
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
    } finally {
      live.pending--
      // Ended sessions leave memory once idle; the stored state still answers the console's history.
      if (live.pending === 0 && live.state.phase === 'ended' && this.live.get(sessionId) === live)
        this.live.delete(sessionId)
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
    const made = makeArtwork(this.deps, live.state, role, command)
    if (!made.ok) return made
    const add = made.command
    // Raised for risk by the local screen: no extra screen sees the words (they never leave the machine).
    if (add.type === 'risk-raise') return this.enqueue(sessionId, async (l) => this.commit(l, add))
    if (add.type !== 'artwork-add') return { ok: false, code: 'bad-command', message: 'Unexpected command.' }
    const screens = this.hooks.flatMap((h) => (h.screen ? [h.screen.bind(h)] : []))
    const screened = await screenArtwork(this.deps, screens, live.state, add)
    return this.enqueue(sessionId, async (l) => {
      // Risk is raised even if the waiting artwork was approved or discarded meanwhile: a person must hear it.
      const problem = screened.type === 'risk-raise' ? null : checkCommand(l.state, command)
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
    if (command.type === 'refine' && command.text !== undefined) {
      // A refinement's own words are screened for risk like new words; raised words make no version.
      const risk = screenRisk(command.text)
      if (risk.raised) {
        const from = role === 'headset' ? 'client' : 'therapist'
        return this.commit(live, riskCommand(this.deps, command.text.trim(), from, 'refine', risk))
      }
    }
    if (command.type === 'refine') {
      // A new version, made like makeArtwork makes an artwork (see src/shared/refine/make-version.ts).
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
      const made = makeArtwork(this.deps, live.state, role, command)
      if (!made.ok) return made
      return this.commit(live, made.command)
    }
    return this.commit(live, command)
  }

  private async commit(live: Live, command: Command): Promise<SubmitResult> {
    if (live.gone) return { ok: false, code: 'not-found', message: 'There is no such session.' }
    const before = live.state
    const problem = checkCommand(before, command)
    if (problem) return { ok: false, ...problem }
    const at = this.deps.now()
    const after = applyCommand(before, command, at)
    // Persist first: a restart right after an ack must still have the change.
    await this.deps.store.saveSessionState(after, at)
    live.state = after
    await applySideEffects(this.deps, before, after, command, at)

    const frame = (c: Command) =>
      JSON.stringify({ v: PROTOCOL_VERSION, type: 'applied', seq: after.seq, command: c, at })
    const consoleFrame = frame(command)
    const headsetCommand = commandForHeadset(command, before, after)
    const headsetFrame = headsetCommand === command ? consoleFrame : frame(headsetCommand)
    this.deps.relay.publish(after.id, { kind: 'applied', seq: after.seq, consoleFrame, headsetFrame })
    this.notify((h) => h.onApplied?.(before, after, command))
    if (after.phase === 'ended' && before.phase !== 'ended')
      this.deps.relay.publish(after.id, { kind: 'ended' })
    return { ok: true, seq: after.seq }
  }
}
