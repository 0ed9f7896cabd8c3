import { englishText } from '../i18n/english'
import type { SessionState } from '../../shared/session/state'
import type { Veil } from './presenter'
import type { HeadsetScene } from './scene-mapping'
import type { HeadsetSessionView, Stage } from './session-client'
import type { ConnectionStatus } from '../../shared/session/session-socket'

export type SessionSnapshot = {
  stage: Stage
  connection: ConnectionStatus
  seq: number | null
  phase: SessionState['phase'] | null
  view: HeadsetScene['view'] | null
  biome: string | null
  timeOfDay: string | null
  weather: string | null
  brightness: number | null
  paused: boolean
  /** The state says the client is at the safe place… */
  safePlaceActive: boolean
  /** …and the scene on show is the safe place (after the veil's midpoint). */
  safePlaceShown: boolean
  cueWord: string
  artworkIds: string[]
  /** Must always be false: the headset never receives pending, held or discarded artworks, nor reasons. */
  pendingVisible: boolean
  suds: { scale: 10 | 100; n: number } | null
  sound: { master: number; muted: boolean } | null
  caption: string | null
  note: string | null
  pairError: string | null
  /** The presenter's veil: `startedAt` is performance.now() when the latest fade began. */
  fade: { value: number; kind: string; startedAt: number | null; count: Record<string, number> }
  exercise: string | null
  /** The running exercise's options as the headset received them (the console's choices). */
  exerciseOptions: unknown
  /** The session's break reminder interval (the headset keeps the whole state in step). */
  breakEveryMin: number | null
}

/** A plain copy of what the headset shows now, for `window.__stillroom.session` (browser tests, the bench). */
export function snapshotOf(v: HeadsetSessionView, veil: Veil): SessionSnapshot {
  const st = v.state
  const scene = v.scene
  return {
    stage: v.stage,
    connection: v.connection,
    seq: st?.seq ?? null,
    phase: st?.phase ?? null,
    view: scene?.view ?? null,
    biome: scene?.spec.biome ?? null,
    timeOfDay: scene?.spec.timeOfDay ?? null,
    weather: scene?.spec.weather ?? null,
    brightness: scene?.brightness ?? null,
    paused: scene?.paused ?? false,
    safePlaceActive: (st?.safePlace.activeSince ?? null) !== null,
    safePlaceShown: (scene?.safePlaceSince ?? null) !== null,
    cueWord: scene?.cueWord ?? '',
    artworkIds: scene?.artworks.map((a) => a.id) ?? [],
    pendingVisible: (st?.artworks ?? []).some((e) => e.state !== 'approved' || e.reasons.length > 0),
    suds:
      st?.suds.request && v.sudsAnswered !== st.suds.request.n
        ? { scale: st.suds.scale, n: st.suds.request.n }
        : null,
    sound: scene ? { master: scene.sound.master, muted: scene.sound.muted } : null,
    caption: v.caption?.text ?? null,
    // In English, whatever language is on screen: the tests read these words (the client reads them translated).
    note: v.note ? englishText(v.note) : null,
    pairError: v.pairError ? englishText(v.pairError.key, v.pairError.vars) : null,
    fade: {
      value: veil.value,
      kind: veil.kind,
      startedAt: veil.startedAt,
      count: { ...veil.count },
    },
    exercise: scene?.exercise?.id ?? null,
    exerciseOptions: scene?.exercise?.options ?? null,
    breakEveryMin: st?.breakEveryMin ?? null,
  }
}
