// Renders the synthesised sound in Node (node-web-audio-api) and measures it: levels, spectra, loop seams, ramps.
import { OfflineAudioContext } from 'node-web-audio-api'
import { beforeAll, describe, expect, it } from 'vitest'
import { BIOMES, DEFAULT_SCENE_SPEC, type SceneSpec } from '../../src/shared/spec'
import { LAYER_IDS, LAYER_INFO, planRamp, soundscapeMix, type LayerId } from '../../src/shared/soundscape'
import { renderLayer, type Loop, type OfflineContextCtor } from '../../src/audio/render-layer'
import { renderSoundscape } from '../../src/audio/render-soundscape'
import { CEILING, createMasterChain, rampParam, softCeilingCurve } from '../../src/audio/master-chain'
import { encodeWav } from '../../src/audio/wav'
import * as A from './audio-analysis'

const Offline = OfflineAudioContext as unknown as OfflineContextCtor
const SECONDS = 60
const loops = new Map<LayerId, Loop>()

beforeAll(async () => {
  for (const id of LAYER_IDS)
    loops.set(id, await renderLayer(Offline, id, { seconds: id === 'waves' ? SECONDS : 20 }))
}, 120_000)

const mono = (id: LayerId) => loops.get(id)!.channels[0]!
const rate = (id: LayerId) => loops.get(id)!.sampleRate

describe('each layer', () => {
  it.each(LAYER_IDS)('%s: has sound, never above −3 dBFS on its own, bed layers are stereo', (id) => {
    const l = loops.get(id)!
    expect(l.channels).toHaveLength(LAYER_INFO[id].kind === 'bed' ? 2 : 1)
    expect(A.db(A.peak(l.channels))).toBeLessThanOrEqual(-3 + 0.01)
    expect(A.db(A.rms(l.channels))).toBeGreaterThan(-40)
    for (const c of l.channels)
      for (let i = 0; i < c.length; i += 997) expect(Number.isFinite(c[i]!)).toBe(true)
  })

  it.each(LAYER_IDS)('%s: the loop boundary has no click and no jump in level', (id) => {
    const x = mono(id)
    const n = x.length
    const diffs = new Float64Array(n - 1)
    for (let i = 1; i < n; i++) diffs[i - 1] = Math.abs(x[i]! - x[i - 1]!)
    diffs.sort()
    const typical = diffs[Math.floor(diffs.length * 0.999)]!
    // Wrapping from the last sample to the first is no bigger a step than the sound makes anyway.
    expect(Math.abs(x[n - 1]! - x[0]!)).toBeLessThanOrEqual(typical + 1e-6)
    // The level just before and just after the seam match (the dense layers; sparse ones may be silent there).
    const w = Math.round(0.1 * rate(id))
    const before = A.rms([x], n - w, n)
    const after = A.rms([x], 0, w)
    if (!['birds', 'crickets'].includes(id)) expect(Math.abs(A.db(before) - A.db(after))).toBeLessThan(4)
  })

  it('the seam checks can fail: a cut without the crossfade, or a level jump, is caught', () => {
    const a = mono('rain')
    const w = Math.round(0.1 * rate('rain'))
    // The same loop, but its start 6 dB down: the level check sees it.
    const after = A.rms([a.map((v) => v * 0.5)], 0, w)
    expect(Math.abs(A.db(A.rms([a], a.length - w, a.length)) - A.db(after))).toBeGreaterThan(4)
    // A plain cut through a low tone (no crossfade): the wrap is a click far above the tone's own steps.
    const tone = Float32Array.from({ length: 1000 }, (_, i) => Math.sin((2 * Math.PI * i) / 300))
    const steps = tone.slice(1).map((v, i) => Math.abs(v - tone[i]!))
    expect(Math.abs(tone[999]! - tone[0]!)).toBeGreaterThan(Math.max(...steps) * 2)
  })
})

describe('rain, waves and wind are told apart by their spectrum and envelope', () => {
  it('rain is a broadband hiss (centroid above 3 kHz) with no swell', () => {
    expect(A.spectralCentroid(mono('rain'), rate('rain'))).toBeGreaterThan(3000)
    expect(A.bandShare(mono('rain'), rate('rain'), 2000, 12000)).toBeGreaterThan(0.6)
    expect(A.envelopePeriodicity(mono('rain'), rate('rain'), 6, 9).strength).toBeLessThan(0.35)
    expect(A.envelopeDepthDb(mono('rain'), rate('rain'))).toBeLessThan(3)
  })
  it('waves swell slowly and regularly (every 7–12 s), deep, with a hiss at the crest', () => {
    const x = mono('waves')
    const p = A.envelopePeriodicity(x, rate('waves'), 6, 14)
    expect(p.strength).toBeGreaterThan(0.45)
    expect(p.period).toBeGreaterThanOrEqual(7)
    expect(p.period).toBeLessThanOrEqual(12)
    expect(A.envelopeDepthDb(x, rate('waves'))).toBeGreaterThan(6)
    expect(A.bandShare(x, rate('waves'), 0, 200)).toBeGreaterThan(0.5)
    expect(A.bandShare(x, rate('waves'), 2000, 12000)).toBeGreaterThan(0.03)
  })
  it('wind is a low band of air (most power 200–800 Hz, centroid under 1 kHz)', () => {
    const x = mono('wind')
    expect(A.bandShare(x, rate('wind'), 200, 800)).toBeGreaterThan(0.5)
    expect(A.spectralCentroid(x, rate('wind'))).toBeLessThan(1000)
    expect(A.bandShare(x, rate('wind'), 0, 200)).toBeLessThan(
      A.bandShare(mono('waves'), rate('waves'), 0, 200) / 2,
    )
  })
  it('birds sing at 2–6 kHz, crickets chirp near 4–5 kHz, underwater and the pad stay low', () => {
    expect(A.bandShare(mono('birds'), rate('birds'), 2000, 6500)).toBeGreaterThan(0.9)
    expect(A.bandShare(mono('crickets'), rate('crickets'), 3800, 5200)).toBeGreaterThan(0.9)
    expect(A.spectralCentroid(mono('underwater'), rate('underwater'))).toBeLessThan(400)
    expect(A.spectralCentroid(mono('pad'), rate('pad'))).toBeLessThan(600)
    expect(A.spectralCentroid(mono('rain-roof'), rate('rain-roof'))).toBeLessThan(
      A.spectralCentroid(mono('rain'), rate('rain')),
    )
  })
})

describe('whole soundscapes through the master chain', () => {
  const scenes: Array<[string, SceneSpec]> = [
    ...BIOMES.map((biome): [string, SceneSpec] => [biome, { ...DEFAULT_SCENE_SPEC, biome }]),
    [
      'storm in a forest cabin',
      { ...DEFAULT_SCENE_SPEC, biome: 'forest', weather: 'storm', motifs: ['cabin'] },
    ],
  ]
  it.each(scenes)(
    '%s: peak ≤ −1 dBFS, RMS within −40…−18 dBFS',
    async (_, s) => {
      const r = await renderSoundscape(Offline, soundscapeMix(s), { seconds: 12 })
      expect(A.db(A.peak(r.channels))).toBeLessThanOrEqual(-1)
      const level = A.db(A.rms(r.channels))
      expect(level).toBeGreaterThan(-40)
      expect(level).toBeLessThan(-18)
    },
    60_000,
  )

  it('never clips even with every layer at full level and the master at full', async () => {
    const mix = soundscapeMix(DEFAULT_SCENE_SPEC)
    mix.layers = LAYER_IDS.map((id) => ({ id, kind: LAYER_INFO[id].kind, gain: 1, position: null }))
    const r = await renderSoundscape(Offline, mix, { seconds: 6, master: 1 })
    expect(A.db(A.peak(r.channels))).toBeLessThanOrEqual(-1)
  }, 60_000)

  it('the soft ceiling is linear for normal levels and never passes the ceiling', () => {
    const c = softCeilingCurve(2049)
    expect(c[1024 + 256]).toBeCloseTo(0.25, 3)
    expect(Math.max(...c)).toBeLessThanOrEqual(CEILING)
    expect(A.db(CEILING)).toBeLessThan(-1)
  })
})

describe('ramps on the audio clock', () => {
  /** Renders a constant 1.0 through a gain ramped by rampParam and returns the gain every 10 ms. */
  async function rampCurve(from: number, to: number, minSeconds = 1) {
    const sr = 8000
    const ctx = new Offline(1, sr * 5, sr)
    const src = ctx.createConstantSource()
    const g = ctx.createGain()
    g.gain.value = from
    src.connect(g).connect(ctx.destination)
    src.start()
    const end = rampParam(g.gain, to, 0.5, { minSeconds }, from)
    const out = (await ctx.startRendering()).getChannelData(0)
    const every = sr / 100
    const levels: number[] = []
    for (let i = 0; i < out.length; i += every) levels.push(out[i]!)
    return { levels, end }
  }

  it.each([
    [0, 0.8],
    [0.8, 0],
    [0.6, 0.15],
  ])('from %f to %f: never more than 3 dB in any 50 ms, at least a second long', async (from, to) => {
    const { levels, end } = await rampCurve(from, to)
    expect(end - 0.5).toBeGreaterThanOrEqual(1)
    let worst = 0
    // Below −54 dBFS counts as silence (under any ambience): there the dB scale runs off to −∞.
    const floor = 2e-3
    for (let i = 5; i < levels.length; i++)
      worst = Math.max(
        worst,
        Math.abs(A.db(Math.max(levels[i]!, floor)) - A.db(Math.max(levels[i - 5]!, floor))),
      )
    expect(worst).toBeLessThanOrEqual(3)
    expect(levels.at(-1)!).toBeCloseTo(to, 3)
    expect(levels[10]!).toBeCloseTo(from, 3) // nothing moved before the ramp began
  })

  it('the step check can fail: a plain jump is caught', () => {
    const plan = planRamp(0.1, 1, { maxStepDb: 30, dbPerSecond: 1000, minSeconds: 0.01 })
    expect(plan.points).toHaveLength(2)
  })

  it('calm() ducks through the master chain gently', async () => {
    const sr = 8000
    const ctx = new Offline(1, sr * 6, sr)
    const chain = createMasterChain(ctx)
    const src = ctx.createConstantSource()
    src.offset.value = 0.1
    src.connect(chain.input)
    src.start()
    rampParam(chain.duck.gain, 0.25, 1, { minSeconds: 3 }, 1)
    const out = (await ctx.startRendering()).getChannelData(0)
    const at = (s: number) => out[Math.round(s * sr)]!
    // Quiet levels pass the limiter unchanged (its make-up gain is undone): only the scene gain applies.
    expect(at(0.9)).toBeCloseTo(0.1 * 1.6, 2)
    expect(at(2.5)).toBeLessThan(at(0.9))
    expect(at(2.5)).toBeGreaterThan(at(5.5))
    expect(at(5.5)).toBeCloseTo(0.1 * 1.6 * 0.25, 2)
  })

  it('the limiter holds a loud input down (and the soft ceiling catches the rest)', async () => {
    const sr = 8000
    const ctx = new Offline(1, sr * 2, sr)
    const chain = createMasterChain(ctx)
    const src = ctx.createOscillator()
    const g = ctx.createGain()
    g.gain.value = 2 // +6 dBFS into the chain
    src.connect(g).connect(chain.input)
    src.start()
    const out = (await ctx.startRendering()).getChannelData(0)
    expect(A.db(A.peak([out]))).toBeLessThanOrEqual(A.db(CEILING) + 0.01)
    expect(A.db(A.peak([out.subarray(sr)]))).toBeLessThan(-3)
  })
})

describe('WAV encoding', () => {
  it('writes a valid 16-bit PCM header and the samples', () => {
    const l = new Float32Array([0, 0.5, -0.5, 1, -1, 2])
    const r = new Float32Array([0.25, 0, 0, 0, 0, 0])
    const v = new DataView(encodeWav([l, r], 24000))
    const text = (at: number) => String.fromCharCode(...[0, 1, 2, 3].map((i) => v.getUint8(at + i)))
    expect(text(0)).toBe('RIFF')
    expect(text(8)).toBe('WAVE')
    expect(v.getUint16(22, true)).toBe(2)
    expect(v.getUint32(24, true)).toBe(24000)
    expect(v.getUint32(40, true)).toBe(6 * 2 * 2)
    expect(v.getInt16(44, true)).toBe(0)
    expect(v.getInt16(46, true)).toBe(Math.round(0.25 * 0x7fff))
    expect(v.getInt16(48, true)).toBe(Math.round(0.5 * 0x7fff))
    expect(v.getInt16(52, true)).toBe(-0x4000)
    expect(v.getInt16(64, true)).toBe(0x7fff) // 2 is clamped, never wraps
  })
})
