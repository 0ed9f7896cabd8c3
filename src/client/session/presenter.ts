import type { Clock } from '../../shared/clock'
import { transitionFor, type HeadsetScene, type TransitionKind } from './scene-mapping'

/**
 * Fade timings in seconds. Safe place: 0.7 s out + 0.8 s in = 1.5 s, inside the 1–2 s docs/CLINICAL.md asks for, and it
 * starts on the frame after the command arrives. Pause and end fade slowly into a pale, quiet room and stay there.
 */
export const FADES: Record<Exclude<TransitionKind, 'none'>, { out: number; in: number; colour: string }> = {
  'safe-place': { out: 0.7, in: 0.8, colour: '#f1e8dc' },
  view: { out: 0.6, in: 0.6, colour: '#efe6da' },
  pause: { out: 1.4, in: 1.4, colour: '#ddd5ca' },
  resume: { out: 1.4, in: 1.4, colour: '#ddd5ca' },
  end: { out: 1.8, in: 1.8, colour: '#e9e1d5' },
}

/** Read every frame by the veil mesh and the test API; plain numbers, never React state. */
export type Veil = {
  /** 0 clear … 1 the whole view is the soft colour. Eased. */
  value: number
  colour: string
  kind: TransitionKind
  /** `now()` when the latest transition started (for safe_place_ms), or null before any. */
  startedAt: number | null
  /** Transitions started so far, by kind, so tests can count them without timing anything. */
  count: Record<string, number>
}

function ease(t: number): number {
  const c = Math.min(1, Math.max(0, t))
  return c * c * (3 - 2 * c)
}

/**
 * Shows session scenes to the client without surprises: it decides which change needs a veil, applies the new
 * scene behind it at full cover, and holds the veil while paused or ended.
 */
export function createPresenter(options: { apply: (scene: HeadsetScene) => void; now: Clock }) {
  const veil: Veil = { value: 0, colour: FADES.view.colour, kind: 'none', startedAt: null, count: {} }
  let linear = 0
  let dir: 'idle' | 'out' | 'in' = 'idle'
  let outSeconds = 1
  let inSeconds = 1
  let hold = false
  let pending: HeadsetScene | null = null
  let last: HeadsetScene | null = null

  const start = (kind: Exclude<TransitionKind, 'none'>) => {
    const f = FADES[kind]
    veil.kind = kind
    veil.colour = f.colour
    veil.startedAt = options.now()
    veil.count[kind] = (veil.count[kind] ?? 0) + 1
    outSeconds = f.out
    inSeconds = f.in
  }

  const presenter = {
    veil,
    /** The scene the client should see next; call on every welcome and applied command. */
    push(scene: HeadsetScene): void {
      const first = last === null
      const kind = transitionFor(last, scene)
      last = scene
      if (first && (scene.paused || scene.ended)) {
        // Rejoining a paused or ended session: start inside the quiet room, no fade at all.
        start(scene.ended ? 'end' : 'pause')
        options.apply(scene)
        linear = 1
        veil.value = 1
        hold = true
        dir = 'idle'
        return
      }
      switch (kind) {
        case 'none':
          if (pending) pending = scene
          else options.apply(scene)
          if (!scene.paused && !scene.ended && hold) {
            hold = false
            dir = 'in'
          }
          return
        case 'resume':
          start(kind)
          pending = null
          options.apply(scene)
          hold = false
          dir = 'in'
          return
        case 'pause':
        case 'end':
          start(kind)
          pending = scene
          hold = true
          dir = 'out'
          return
        case 'safe-place':
        case 'view':
          start(kind)
          pending = scene
          hold = false
          dir = 'out'
          return
      }
    },
    update(dt: number): void {
      if (dir === 'out') {
        linear = Math.min(1, linear + dt / outSeconds)
        if (linear >= 1) {
          if (pending) options.apply(pending)
          pending = null
          dir = hold ? 'idle' : 'in'
        }
      } else if (dir === 'in') {
        linear = Math.max(0, linear - dt / inSeconds)
        if (linear <= 0) dir = 'idle'
      }
      veil.value = ease(linear)
    },
    /** True while a veil is moving or held. */
    get busy(): boolean {
      return dir !== 'idle' || linear > 0
    },
  }
  return presenter
}

export type Presenter = ReturnType<typeof createPresenter>
