import { useFrame, useThree } from '@react-three/fiber'
import { useEffect, useMemo, useRef, useState } from 'react'
import * as THREE from 'three'
import type { Artwork } from '../../shared/artwork'
import { lightningGlow } from '../../shared/landscape/crossfade'
import { landscapeParams } from '../../shared/landscape/params'
import type { LandscapeParams } from '../../shared/landscape/types'
import { createRecipe } from '../../shared/recipe/create-recipe'
import type { SceneSpec } from '../../shared/spec'
import type { PaintScheduler } from '../gallery/paint-scheduler'
import { createLandscapeFader } from './fader'
import { applyLook, createSharedUniforms } from './materials'
import { createPanoramaPainter } from './panorama'
import { Particles, type ParticleUniforms } from './Particles'
import { Plants } from './Plants'
import { Sky, type SkyUniforms } from './Sky'
import { Stands } from './Stands'
import { Terrain } from './Terrain'
import { Water } from './Water'
import { Waterfall } from './Waterfall'
import { Room } from './Room'
import { ROOM_LAYOUT } from '../../shared/landscape/room'
import { artworkArcRadius } from '../../shared/landscape/walk-area'
import { PARTICLE_KINDS } from '../../shared/landscape/types'

/** What the shell and its tests can read about the landscape, every frame (getters). */
export type LandscapeProbe = {
  readonly biome: string
  readonly timeOfDay: string
  readonly weather: string
  /** 0 … 1 through the current glide, 1 when settled. */
  readonly fade: number
  readonly veil: number
  /** Seconds the landscape's own glide clock has run. */
  readonly clock: number
  /** Seconds of animation time (held still under reduced motion). */
  readonly time: number
  /** Why the spec fell back to defaults (empty when it was good). */
  readonly reasons: readonly string[]
  /** Paint the current place's panorama at `width` and read its pixels back (RGBA, top row first). */
  /** Frames drawn since the landscape appeared. */
  readonly frames: number
  /** Finish the current glide on the next frame (tests and the bench tour the places quickly). */
  settle(): void
  readPanorama(
    width: number,
    pixels?: boolean,
  ): { width: number; height: number; data: Uint8Array; ms: number }
}

export type LandscapeProps = {
  /** Usually a SceneSpec; anything unreadable falls back to the quiet default (and says why in the log). */
  spec: SceneSpec | unknown
  artworks: readonly Artwork[]
  reducedMotion: boolean
  /** 1 = normal, 0.6 … 1.4 */
  brightness: number
  lightning: boolean
  onFloorClick?: (p: THREE.Vector3) => void
  onTeleport?: (p: THREE.Vector3) => void
  onScheduler?: (scheduler: PaintScheduler | null) => void
  onProbe?: (probe: LandscapeProbe | null) => void
}

const SKY_WIDTH = 2048

/** A walkable place built from a SceneSpec: it only renders what `landscapeParams` says. */
export function Landscape(props: LandscapeProps) {
  const { spec, artworks, reducedMotion, brightness, lightning, onProbe } = props
  const gl = useThree((s) => s.gl)
  const params = useMemo(() => landscapeParams(spec, { lightning }), [spec, lightning])
  const [shared] = useState(createSharedUniforms)
  const [fader] = useState(() => createLandscapeFader(params))
  const [structure, setStructure] = useState(params.structure)
  const [painter] = useState(() => createPanoramaPainter(gl))
  const sky = useMemo<SkyUniforms>(
    () => ({
      uWisps: { value: 0 },
      uUnderwater: { value: 0 },
      uWispColour: { value: new THREE.Vector3(1, 1, 1) },
      uStormDir: { value: new THREE.Vector3(-1, 0, -0.3) },
    }),
    [],
  )
  const particles = useMemo<ParticleUniforms>(
    () => ({ uAmount: { value: [0, 0, 0, 0, 0] }, uParticleTint: { value: new THREE.Vector3(1, 1, 1) } }),
    [],
  )
  const clock = useRef({ time: 0, frames: 0, settle: false })
  const current = useRef<LandscapeParams>(params)

  useEffect(() => {
    if (params.reasons.length > 0) {
      console.warn(`Stillroom landscape: using defaults for part of the scene (${params.reasons.join('; ')})`)
    }
  }, [params])

  // A new panorama for every new look; the old one fades out under it, then is freed.
  const paintSky = (p: LandscapeParams): THREE.Texture =>
    painter.paint(createRecipe(p.spec, p.seed), { width: SKY_WIDTH, sunDirection: p.look.sunDirection })
  useState(() => {
    shared.uBrightness.value = Math.min(1.4, Math.max(0.6, Number.isFinite(brightness) ? brightness : 1))
    const first = paintSky(params)
    shared.uSkyA.value = first
    shared.uSkyB.value = first
    shared.uSkyMix.value = 1
    applyLook(shared, fader.live)
  })
  useEffect(() => {
    if (params === current.current) return
    current.current = params
    const old = shared.uSkyA.value
    // Whatever is showing now becomes the start of the glide.
    const showing = shared.uSkyMix.value >= 0.5 ? shared.uSkyB.value : shared.uSkyA.value
    if (old && old !== showing && old !== shared.uSkyB.value) painter.release(old)
    shared.uSkyA.value = showing
    shared.uSkyB.value = paintSky(params)
    shared.uSkyMix.value = 0
    fader.set(params)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [params])
  useEffect(() => () => painter.dispose(), [painter])

  useEffect(() => {
    const probe: LandscapeProbe = {
      get biome() {
        return fader.target.biome
      },
      get timeOfDay() {
        return fader.target.timeOfDay
      },
      get weather() {
        return fader.target.weather
      },
      get fade() {
        return fader.progress
      },
      get veil() {
        return fader.veil
      },
      get clock() {
        return fader.clock
      },
      get time() {
        return clock.current.time
      },
      get reasons() {
        return fader.target.reasons
      },
      get frames() {
        return clock.current.frames
      },
      settle() {
        clock.current.settle = true
      },
      readPanorama(width, pixels = true) {
        const p = fader.target
        // Let the frames already queued finish first, so the time is the paint's alone. Chromium's WebGL finish()
        // only flushes; reading a pixel really waits for the GPU (in SwiftShader a landscape frame still in flight
        // took longer than the paint itself).
        const ctx = gl.getContext()
        ctx.finish()
        ctx.readPixels(0, 0, 1, 1, ctx.RGBA, ctx.UNSIGNED_BYTE, new Uint8Array(4))
        const t0 = performance.now()
        const texture = painter.paint(createRecipe(p.spec, p.seed), {
          width,
          sunDirection: p.look.sunDirection,
        })
        const rt = painter.targetOf(texture)
        const height = width / 2
        const data = new Uint8Array(pixels ? width * height * 4 : 4)
        // Reading pixels waits for the GPU, so the time covers the whole paint (one pixel when timing only).
        if (rt) gl.readRenderTargetPixels(rt, 0, 0, pixels ? width : 1, pixels ? height : 1, data)
        const ms = performance.now() - t0
        painter.release(texture)
        if (!pixels) return { width: 1, height: 1, data, ms }
        // WebGL rows run bottom-up; hand back the top row first, like an image.
        const flipped = new Uint8Array(data.length)
        const row = width * 4
        for (let y = 0; y < height; y++)
          flipped.set(data.subarray((height - 1 - y) * row, (height - y) * row), y * row)
        return { width, height, data: flipped, ms }
      },
    }
    onProbe?.(probe)
    return () => onProbe?.(null)
  }, [onProbe, fader, gl, painter])

  useFrame((_, delta) => {
    const dt = Math.min(delta, 0.1)
    if (!reducedMotion) clock.current.time += dt
    let swap = fader.step(dt)
    if (clock.current.settle) {
      clock.current.settle = false
      while (fader.progress < 1) swap = fader.step(1) ?? swap
    }
    clock.current.frames++
    if (swap) setStructure(swap.structure)
    const look = fader.live
    applyLook(shared, look)
    const t = clock.current.time
    shared.uTime.value = t
    shared.uSkyMix.value = fader.mix
    shared.uVeil.value = fader.veil
    // Brightness glides (about half a second) rather than jumping when the client changes it.
    const wanted = Math.min(1.4, Math.max(0.6, Number.isFinite(brightness) ? brightness : 1))
    shared.uBrightness.value += (wanted - shared.uBrightness.value) * Math.min(1, dt * 4)
    // Lightning is motion too: under reduced motion (or when switched off) there is none.
    shared.uFlash.value =
      lightning && !reducedMotion ? look.lightning * lightningGlow(t, fader.target.seed) : 0
    sky.uWisps.value = 0.15 + look.clouds * 0.5
    sky.uUnderwater.value = fader.target.biome === 'underwater' ? 1 : 0
    sky.uWispColour.value.set(
      (look.skyHorizon[0] + look.sunColour[0]) / 2,
      (look.skyHorizon[1] + look.sunColour[1]) / 2,
      (look.skyHorizon[2] + look.sunColour[2]) / 2,
    )
    sky.uStormDir.value.set(
      -look.sunDirection[0] - look.sunDirection[2] * 0.8,
      0,
      -look.sunDirection[2] + look.sunDirection[0] * 0.8,
    )
    for (let i = 0; i < PARTICLE_KINDS.length; i++)
      particles.uAmount.value[i] = look.particles[PARTICLE_KINDS[i]!]
    particles.uParticleTint.value.set(look.flowers[1][0], look.flowers[1][1], look.flowers[1][2])
  })

  return (
    <group name="landscape">
      <Sky shared={shared} own={sky} afterSolids={structure.terrain.kind === 'room'} />
      {/* Indoors the room replaces the land, water, plants and particles; the sky shows through its windows. */}
      {structure.terrain.kind === 'room' ? (
        <Room
          layout={ROOM_LAYOUT}
          shared={shared}
          look={fader}
          onFloorClick={props.onFloorClick}
          onTeleport={props.onTeleport}
        />
      ) : (
        <>
          <Terrain
            terrain={structure.terrain}
            shared={shared}
            onFloorClick={props.onFloorClick}
            onTeleport={props.onTeleport}
          />
          <Water water={structure.terrain.water} shared={shared} />
          {structure.waterfall && <Waterfall waterfall={structure.waterfall} shared={shared} />}
          <Plants structure={structure} shared={shared} />
          <Particles shared={shared} own={particles} />
        </>
      )}
      <Stands
        artworks={artworks}
        shared={shared}
        onScheduler={props.onScheduler}
        radius={artworkArcRadius(structure.biome)}
      />
    </group>
  )
}
