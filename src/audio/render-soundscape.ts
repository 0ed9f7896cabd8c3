// Renders a whole soundscape offline (every layer of a mix, at its gain and place, through the master chain):
// for the tests, the spectrograms and the bench. Playback in the app goes through howler instead.
import type { LayerId, SoundscapeMix } from '../shared/soundscape'
import { createMasterChain } from './master-chain'
import { renderLayer, type Loop, type OfflineContextCtor } from './render-layer'

export type RenderedSoundscape = {
  sampleRate: number
  channels: Float32Array[]
  loops: Partial<Record<LayerId, Loop>>
}

export async function renderSoundscape(
  Offline: OfflineContextCtor,
  mix: SoundscapeMix,
  options: { seconds?: number; sampleRate?: number; seed?: number; master?: number } = {},
): Promise<RenderedSoundscape> {
  const seconds = options.seconds ?? 30
  const sampleRate = options.sampleRate ?? 24000
  const loops: Partial<Record<LayerId, Loop>> = {}
  for (const layer of mix.layers)
    loops[layer.id] = await renderLayer(Offline, layer.id, { seed: options.seed, pad: mix.pad })
  const ctx = new Offline(2, Math.ceil(seconds * sampleRate), sampleRate)
  const master = createMasterChain(ctx)
  master.volume.gain.value = options.master ?? 0.8
  ctx.listener.positionX.value = 0
  ctx.listener.positionY.value = 1.6
  ctx.listener.positionZ.value = 0
  for (const layer of mix.layers) {
    const loop = loops[layer.id]!
    const buffer = ctx.createBuffer(loop.channels.length, loop.channels[0]!.length, loop.sampleRate)
    loop.channels.forEach((c, i) => buffer.getChannelData(i).set(c))
    const src = ctx.createBufferSource()
    src.buffer = buffer
    src.loop = true
    const g = ctx.createGain()
    g.gain.value = layer.gain
    src.connect(g)
    if (layer.position) {
      const p = ctx.createPanner()
      p.panningModel = 'equalpower'
      p.distanceModel = 'inverse'
      p.refDistance = 8
      p.rolloffFactor = 0.6
      ;[p.positionX.value, p.positionY.value, p.positionZ.value] = layer.position
      g.connect(p).connect(master.input)
    } else g.connect(master.input)
    src.start(0)
  }
  const out = await ctx.startRendering()
  return { sampleRate, channels: [out.getChannelData(0), out.getChannelData(1)], loops }
}
