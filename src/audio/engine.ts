// Playback: rendered loops played by howler, spatialised with HRTF at playback (never baked into the loops),
// the listener following the head, every change ramped, and the master chain so nothing ever clips.
import { Howl, Howler } from 'howler'
import type { LayerId, LayerMix, PadParams, SoundscapeMix, VolumeSettings } from '../shared/soundscape'
import { layerGain, masterGain } from '../shared/soundscape'
import { createBreathTone, type BreathTone } from './breath-tone'
import { createMasterChain, rampParam, type MasterChain } from './master-chain'
import { renderLayer, type OfflineContextCtor } from './render-layer'
import { encodeWav } from './wav'

/** How far the calm() duck lowers everything: −12 dB. */
export const CALM_GAIN = 0.25
const PANNER = {
  panningModel: 'HRTF' as const,
  distanceModel: 'inverse' as const,
  refDistance: 8,
  rolloffFactor: 0.6,
  maxDistance: 1000,
  coneInnerAngle: 360,
  coneOuterAngle: 360,
  coneOuterGain: 0,
}

export type AudioState = 'running' | 'suspended' | 'closed' | 'interrupted'

type Voice = {
  key: string
  id: LayerId
  howl: Howl
  soundId: number
  param: AudioParam | null
  target: number
  mixGain: number
  leaving: boolean
}

export type LayerStatus = {
  id: LayerId
  target: number
  gain: number
  spatial: boolean
  position: readonly number[] | null
}

export type SoundEngine = {
  readonly ctx: AudioContext
  readonly master: MasterChain
  readonly tone: BreathTone
  state(): AudioState
  /** Resumes the context (call from a user gesture). Resolves true when sound runs. */
  unlock(): Promise<boolean>
  setMix(mix: SoundscapeMix): void
  setVolumes(v: VolumeSettings): void
  calm(on: boolean): void
  readonly calmOn: boolean
  /** Listener pose, called every frame; cheap when nothing moved. */
  setListener(
    x: number,
    y: number,
    z: number,
    fx: number,
    fy: number,
    fz: number,
    ux: number,
    uy: number,
    uz: number,
  ): void
  layers(): LayerStatus[]
  /** Renders still queued or running. */
  pending(): number
  /** Milliseconds the last renders took, newest last (bench). */
  readonly renderLog: Array<{ id: LayerId; ms: number }>
  dispose(): void
}

type HowlSound = { _node?: GainNode }
/**
 * howler has no public AudioParam automation (its fade() is one linear ramp in gain, which from silence is an
 * unbounded step in dB). The sound's gain node is reached through its documented-in-source `_soundById`.
 */
function gainParamOf(howl: Howl, soundId: number): AudioParam | null {
  const sound = (howl as unknown as { _soundById?: (id: number) => HowlSound | null })._soundById?.(soundId)
  return sound?._node?.gain ?? null
}

export function createSoundEngine(deps: {
  Offline: OfflineContextCtor
  log?: (m: string) => void
}): SoundEngine {
  const log = deps.log ?? ((m: string) => console.warn(`Stillroom sound: ${m}`))
  // The breathing clock is the AudioContext: it must never be suspended behind our back.
  Howler.autoSuspend = false
  Howler.volume(1) // creates Howler.ctx and masterGain
  const ctx = Howler.ctx
  const master = createMasterChain(ctx)
  Howler.masterGain.disconnect()
  Howler.masterGain.connect(master.input)
  master.volume.gain.value = 0
  const tone = createBreathTone(ctx, master.input)
  const voices = new Map<string, Voice>()
  const blobs = new Map<string, string>()
  const renderLog: Array<{ id: LayerId; ms: number }> = []
  let queue: Promise<void> = Promise.resolve()
  let inFlight = 0
  let mix: SoundscapeMix = { layers: [], pad: { rootHz: 110, chord: [0, 7], brightness: 0.4 }, problems: [] }
  let volumes: VolumeSettings = { master: 0.8, muted: false, layers: {} }
  let calmOn = false
  let disposed = false
  const listener = new Float64Array(9).fill(NaN)

  const keyOf = (l: LayerMix, pad: PadParams) =>
    l.id === 'pad' ? `pad:${pad.rootHz}:${pad.chord.join(',')}:${pad.brightness.toFixed(2)}` : l.id

  const rampVoice = (v: Voice, to: number) => {
    v.target = to
    if (v.param) rampParam(v.param, to, ctx.currentTime, { minSeconds: 2 })
    else v.howl.volume(to, v.soundId)
  }

  async function loopUrl(key: string, layer: LayerMix, pad: PadParams): Promise<string> {
    const cached = blobs.get(key)
    if (cached) return cached
    const t = performance.now()
    const loop = await renderLayer(deps.Offline, layer.id, { pad })
    renderLog.push({ id: layer.id, ms: performance.now() - t })
    if (renderLog.length > 50) renderLog.shift()
    const url = URL.createObjectURL(
      new Blob([encodeWav(loop.channels, loop.sampleRate)], { type: 'audio/wav' }),
    )
    blobs.set(key, url)
    return url
  }

  function start(key: string, layer: LayerMix, pad: PadParams) {
    inFlight++
    queue = queue
      .then(async () => {
        if (disposed || !wanted(key)) return
        const url = await loopUrl(key, layer, pad)
        if (disposed || !wanted(key) || voices.has(key)) return
        await new Promise<void>((resolve) => {
          const howl = new Howl({
            src: [url],
            format: ['wav'],
            loop: true,
            volume: 0,
            ...(layer.position ? { pos: [...layer.position], pannerAttr: PANNER } : {}),
          })
          howl.once('load', () => {
            const soundId = howl.play()
            if (layer.position) howl.pos(layer.position[0], layer.position[1], layer.position[2], soundId)
            const v: Voice = {
              key,
              id: layer.id,
              howl,
              soundId,
              param: gainParamOf(howl, soundId),
              target: 0,
              mixGain: layer.gain,
              leaving: false,
            }
            v.param?.setValueAtTime(0, ctx.currentTime)
            voices.set(key, v)
            rampVoice(v, layerGain(layer.gain, volumes, layer.id))
            resolve()
          })
          howl.once('loaderror', (_id, e) => {
            log(`could not play ${layer.id}: ${String(e)}`)
            resolve()
          })
        })
      })
      .catch((e: unknown) => log(`could not render ${layer.id}: ${String(e)}`))
      .finally(() => void inFlight--)
  }

  const wanted = (key: string) => mix.layers.some((l) => keyOf(l, mix.pad) === key)

  function leave(v: Voice) {
    if (v.leaving) return
    v.leaving = true
    rampVoice(v, 0)
    // A fade to silence takes at most 3 s (planRamp: 60 dB at 20 dB/s); unload once it is surely silent.
    setTimeout(() => {
      if (!v.leaving) return
      v.howl.unload()
      voices.delete(v.key)
    }, 3500)
  }

  const applyMaster = () =>
    rampParam(master.volume.gain, masterGain(volumes), ctx.currentTime, { minSeconds: 1 })

  return {
    ctx,
    master,
    tone,
    renderLog,
    get calmOn() {
      return calmOn
    },
    state: () => ctx.state as AudioState,
    async unlock() {
      try {
        if (ctx.state !== 'running') await ctx.resume()
      } catch (e) {
        log(`could not start audio: ${String(e)}`)
      }
      return ctx.state === 'running'
    },
    setMix(next) {
      mix = next
      const keys = new Set(next.layers.map((l) => keyOf(l, next.pad)))
      for (const v of voices.values()) if (!keys.has(v.key)) leave(v)
      for (const l of next.layers) {
        const key = keyOf(l, next.pad)
        const v = voices.get(key)
        if (v) {
          v.leaving = false
          v.mixGain = l.gain
          rampVoice(v, layerGain(l.gain, volumes, l.id))
        } else start(key, l, next.pad)
      }
    },
    setVolumes(next) {
      volumes = next
      applyMaster()
      for (const v of voices.values()) if (!v.leaving) rampVoice(v, layerGain(v.mixGain, volumes, v.id))
    },
    calm(on) {
      calmOn = on
      rampParam(master.duck.gain, on ? CALM_GAIN : 1, ctx.currentTime, { minSeconds: 3 })
    },
    setListener(x, y, z, fx, fy, fz, ux, uy, uz) {
      const moved =
        Math.abs(x - listener[0]!) + Math.abs(y - listener[1]!) + Math.abs(z - listener[2]!) > 0.01 ||
        !(Math.abs(x - listener[0]!) >= 0)
      const turned =
        Math.abs(fx - listener[3]!) +
          Math.abs(fy - listener[4]!) +
          Math.abs(fz - listener[5]!) +
          Math.abs(uy - listener[7]!) >
          0.005 || !(Math.abs(fx - listener[3]!) >= 0)
      if (moved) {
        Howler.pos(x, y, z)
        listener[0] = x
        listener[1] = y
        listener[2] = z
      }
      if (turned) {
        Howler.orientation(fx, fy, fz, ux, uy, uz)
        listener.set([fx, fy, fz, ux, uy, uz], 3)
      }
    },
    layers() {
      return [...voices.values()]
        .filter((v) => !v.leaving)
        .map((v) => ({
          id: v.id,
          target: v.target,
          gain: v.param?.value ?? v.target,
          spatial: (v.howl as unknown as { _pos?: unknown })._pos != null,
          position: (v.howl as unknown as { _pos?: number[] | null })._pos ?? null,
        }))
    },
    pending: () => inFlight,
    dispose() {
      disposed = true
      for (const v of voices.values()) v.howl.unload()
      voices.clear()
      for (const url of blobs.values()) URL.revokeObjectURL(url)
      blobs.clear()
    },
  }
}
