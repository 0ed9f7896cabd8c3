import { useFrame, useThree } from '@react-three/fiber'
import { useXRStore } from '@react-three/xr'
import { useCallback, useMemo, useRef } from 'react'
import * as THREE from 'three'
import { useStore } from 'zustand'
import { LAYER_INFO } from '../../shared/soundscape'
import { BreathingOrb, ExerciseCaptionPanel, SoundPanel } from '../../scene/exercise'
import { soundPanelWords } from './sound-panel-words'
import { FollowView } from '../../scene/ui'
import type { ClientStore } from '../client-store'
import { EXERCISE_MENU } from './menu-items'
import type { SoundSlot } from '../sound-slot'
import { pageSoundRuntime } from './runtime-page'
import { useExerciseText } from './use-exercise-text'
import { useText } from '../i18n/text-context'

const eye = new THREE.Vector3()
const forward = new THREE.Vector3()
const up = new THREE.Vector3()
const FRAME_SAMPLES = 240

type Button = { state?: string } | undefined

/**
 * Inside the canvas: keeps the listener on the head, runs the exercise clock each frame (tone, voice, captions,
 * haptics), and shows the breathing orb and, in VR, the captions and the sound & exercise panel (left X button).
 */
export function ExerciseStage({
  store,
  sound,
  inXR,
}: {
  store: ClientStore
  sound: SoundSlot
  inXR: boolean
}) {
  const runtime = useMemo(() => pageSoundRuntime(sound, store), [sound, store])
  // The exercise's words follow the language on screen, in VR as on the page.
  useExerciseText(runtime)
  const exercise = useStore(runtime.view, (s) => s.exercise)
  const vrPanel = useStore(runtime.view, (s) => s.vrPanel)
  const gl = useThree((s) => s.gl)
  const xr = useXRStore()
  const xWasDown = useRef(false)

  useFrame((state) => {
    const t0 = performance.now()
    const cam = gl.xr.isPresenting ? gl.xr.getCamera() : state.camera
    cam.getWorldPosition(eye)
    cam.getWorldDirection(forward)
    up.set(0, 1, 0).applyQuaternion(cam.getWorldQuaternion(tmpQ))
    runtime.setListener(eye.x, eye.y, eye.z, forward.x, forward.y, forward.z, up.x, up.y, up.z)
    const session = gl.xr.isPresenting ? gl.xr.getSession() : null
    runtime.tick(session?.inputSources ?? null)
    if (inXR) {
      let x: Button
      for (const s of xr.getState().inputSourceStates)
        if (s.type === 'controller' && s.inputSource.handedness === 'left')
          x = s.gamepad['x-button'] as Button
      const down = x?.state === 'pressed'
      if (down && !xWasDown.current) runtime.toggleVrPanel()
      xWasDown.current = down
    }
    const f = sound.stage.frameMs
    f.push(performance.now() - t0)
    if (f.length > FRAME_SAMPLES) f.shift()
  })

  const sample = useCallback(() => {
    const p = runtime.samplePacer()
    const o = sound.stage.orb
    o.fullness = p.fullness
    o.phase = p.phase
    o.ctxTime = p.ctxTime
    o.elapsed = p.elapsed
    return p.active ? p.fullness : null
  }, [runtime, sound])

  return (
    <>
      <FollowView distance={2} drop={-0.12} rate={2}>
        <BreathingOrb sample={sample} report={sound.stage.orb} position={[0, 0.16, 0]} />
        {inXR && exercise ? (
          <ExerciseCaptionPanel title={exercise.title} caption={exercise.caption} position={[0, -0.34, 0]} />
        ) : null}
      </FollowView>
      {inXR && vrPanel ? <VRSoundPanel store={store} sound={sound} /> : null}
    </>
  )
}
const tmpQ = new THREE.Quaternion()

function VRSoundPanel({ store, sound }: { store: ClientStore; sound: SoundSlot }) {
  const t = useText()
  const runtime = useMemo(() => pageSoundRuntime(sound, store), [sound, store])
  const volumes = useStore(runtime.view, (s) => s.volumes)
  const layers = useStore(runtime.view, (s) => s.layers)
  const calm = useStore(runtime.view, (s) => s.calm)
  const exercise = useStore(runtime.view, (s) => s.exercise)
  return (
    <FollowView distance={1.7} drop={-0.2}>
      <SoundPanel
        master={volumes.master}
        muted={volumes.muted}
        calm={calm}
        layers={layers.map((id) => ({ id, label: t(LAYER_INFO[id].label), level: volumes.layers[id] ?? 1 }))}
        exercises={EXERCISE_MENU.map((e) => ({ id: e.id, label: t(e.label) }))}
        stopLabel={exercise ? t(`exercise.stop.${exercise.id}`) : null}
        words={soundPanelWords(t)}
        onMaster={(master) => runtime.setVolumes({ master })}
        onMuted={(muted) => runtime.setVolumes({ muted })}
        onCalm={(on) => runtime.calm(on)}
        onLayer={(id, level) => runtime.setVolumes({ layers: { [id]: level } })}
        onStart={(id) => {
          if (runtime.startExercise({ id, options: {} }).ok) runtime.toggleVrPanel(false)
        }}
        onStop={() => runtime.stopExercise()}
        onClose={() => runtime.toggleVrPanel(false)}
      />
    </FollowView>
  )
}
