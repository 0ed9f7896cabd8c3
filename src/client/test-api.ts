import type { ClientStore } from './client-store'
import type { ComfortRuntime } from './comfort/comfort-runtime'
import type { Viewer } from './viewer'
import type { SessionSnapshot } from './session/session-client'
import type { StillroomXRStore } from './xr-store'
import type { LandscapeProbe } from '../scene/landscape'
import type { TimelineProbe } from '../scene/timeline/room-window'
import type { VersionsProbe } from '../scene/gallery/versions-probe'
import type { ProbeSlots } from './probe-slots'
import type { SoundTestApi } from './exercises/sound-test-api'
import type { SoundSlot } from './sound-slot'
import type { VoiceProbe } from './speech/voice-probe'
import type { RiskFlow } from './risk/risk-flow'
import { riskNotice, type RiskNotice } from './risk/risk-notice'

/**
 * `window.__stillroom`, installed only with `?e2e=1` (see flags.ts), for end-to-end tests and the bench.
 * Everything is a getter so callers always read the current frame.
 */
export type StillroomTestApi = {
  /** renderer.info of the last rendered frame (the gallery view, not the painter's passes). */
  readonly renderer: {
    calls: number
    triangles: number
    textures: number
    geometries: number
    programs: number
  } | null
  /** Eye position and facing; yaw 0 looks toward -z. */
  readonly camera: { x: number; y: number; z: number; yaw: number; pitch: number } | null
  /** The viewer rig: desktop eye floor position, or the XR origin (feet) in a session. */
  readonly origin: { x: number; z: number; yaw: number }
  /** All artworks the client knows (held included) and those on the wall. */
  readonly artworks: number
  readonly shown: number
  /** Paintings with at least one painted texture. */
  readonly paintedCount: number
  /** Per painting: fade opacity 0…1 and the largest texture painted (0 while unpainted). */
  readonly fadeState: Array<{
    id: string
    opacity: number
    size: number
    distance: number
    /** Where the plane stands (a landscape's stands move when a newer painting takes the lookout). */
    position: { x: number; y: number; z: number }
  }>
  /** Estimated GPU memory of painted textures, MB. */
  readonly textureMB: number
  /** AI pictures on the planes: 'fading' while the crossfade runs, then 'shown'. */
  readonly pictures: Array<{ id: string; state: 'fading' | 'shown'; progress: number }>
  /** Recent paint durations in ms by texture size (newest last). */
  readonly paintLog: Array<{ size: number; ms: number }>
  /** True while a glide or fade is running. */
  readonly moving: boolean
  readonly inXR: boolean
  /** Teleport (with the XR fade) so the head lands at (x, z). */
  teleportTo(x: number, z: number, yaw?: number): void
  /** Place the viewer at once (no fade), for bench viewpoints. */
  placeAt(x: number, z: number, yaw?: number): void
  /** Start an immersive-vr session (the emulator must be on: `?emulate=1`). */
  enterVR(): Promise<void>
  /** Right-thumbstick snap turn, as the controller would trigger it (sign: + turns left). */
  snapTurn(direction: 1 | -1): void
  store: ClientStore
  xrStore: StillroomXRStore
  /** Comfort now: vignette strength, exposure, seated origin lift, desktop eye height, whether the VR panel is open. */
  readonly comfort: {
    vignette: number
    speed: number
    exposure: number
    originY: number
    eyeHeight: number
    panelOpen: boolean
  }
  /** Open or close the in-VR comfort panel (as the left Y button does). */
  setComfortPanel(open: boolean): void
  /** World position of the first visible scene object with this name (e.g. `panel-button:Done`), or null. */
  objectPosition(name: string): { x: number; y: number; z: number } | null
  /** The words of every visible text in the 3D scene (VR panels, captions, placards). */
  visibleTexts(): string[]
  /** Calls the click handler of the named object as a pointer would (fallback when an emulated ray misses). */
  pressObject(name: string): boolean
  /** The live session as the headset sees it (src/client/session), or null while none is loaded. */
  readonly session: SessionSnapshot | null
  /** Opens the pairing keypad, as the "Join a session" button does. */
  joinSession(): Promise<void>
  /** Pairs with a code, as the keypad's Join does; resolves false with `session.pairError` set when refused. */
  pairWithCode(code: string): Promise<boolean>
  /** Answers the open SUDS question, as the scale's Send does. */
  answerSuds(value: number): Promise<boolean>
  /** The view on screen now (it changes at the dark middle of the switch's fade). */
  readonly mode: 'gallery' | 'landscape' | 'timeline'
  /** The timeline's rooms and window while the timeline is shown (src/scene/timeline), else null. */
  readonly timeline: (TimelineProbe & { status: string }) | null
  /** The landscape's state while it is shown (see src/scene/landscape/Landscape.tsx), else null. */
  readonly landscape: LandscapeProbe | null
  /** Ask for a view, as the Gallery | Landscape switch does. */
  setMode(mode: 'gallery' | 'landscape'): void
  /** Show this spec in the landscape (anything, to test bad input); null follows the newest artwork again. */
  setLandscapeSpec(spec: unknown): void
  /** Sound and exercises (src/client/exercises/sound-test-api.ts), null until that module has loaded. */
  readonly sound: SoundTestApi | null
  /** The versions side by side (src/scene/gallery/versions-view.tsx) while they are in the scene, else null. */
  readonly versions: VersionsProbe | null
  /** The session's AI voice (counters and a meter on its output), null while none is connected. */
  readonly voice: VoiceProbe | null
  /**
   * Words raised for risk (src/client/risk): whether the solo crisis panel is open, the crisis text it shows, the
   * in-scene panel's fade (null while it is not in the scene) and, in a session, the notice the headset shows.
   */
  readonly risk: {
    open: boolean
    crisis: { text: string; source: 'clinic' | 'default'; fromServer: boolean }
    vrPanelFade: number | null
    notice: RiskNotice['kind']
  } | null
}

declare global {
  interface Window {
    __stillroom?: StillroomTestApi
  }
}

export function installTestApi(deps: {
  store: ClientStore
  xrStore: StillroomXRStore
  viewer: Viewer
  /** What the scene and the lazily loaded views leave for the shell to read (probe-slots.ts). */
  probes: ProbeSlots
  enterVR: () => Promise<void>
  comfort: ComfortRuntime
  getView: () => 'gallery' | 'landscape' | 'timeline'
  risk: RiskFlow
  /** What the sound code and the AI voice put out for the tests (the shell's sound slot). */
  sound: SoundSlot['probes']
}): () => void {
  const { store, xrStore, viewer, probes } = deps
  const getThree = () => probes.three
  const getScheduler = () => probes.scheduler
  const api: StillroomTestApi = {
    get renderer() {
      const gl = getThree()?.gl
      if (!gl) return null
      const { render, memory, programs } = gl.info
      return {
        calls: render.calls,
        triangles: render.triangles,
        textures: memory.textures,
        geometries: memory.geometries,
        programs: programs?.length ?? 0,
      }
    },
    get camera() {
      const three = getThree()
      if (!three) return null
      // In XR the headset camera (parented to the XR origin) is the eye; the default camera is idle.
      const eye = three.gl.xr.isPresenting ? three.gl.xr.getCamera() : three.camera
      eye.updateMatrixWorld()
      const p = eye.getWorldPosition(three.camera.position.clone())
      return { x: p.x, y: p.y, z: p.z, yaw: viewer.pose.yaw, pitch: viewer.pose.pitch }
    },
    get origin() {
      return { x: viewer.pose.x, z: viewer.pose.z, yaw: viewer.pose.yaw }
    },
    get artworks() {
      return store.getState().artworks.length
    },
    get shown() {
      return store.getState().artworks.filter((a) => a.status === 'shown').length
    },
    get paintedCount() {
      return getScheduler()?.paintedCount() ?? 0
    },
    get fadeState() {
      const s = getScheduler()
      if (!s) return []
      return [...s.entries.values()].map((e) => ({
        id: e.id,
        opacity: e.opacity,
        size: e.large
          ? (e.large.image as { width: number }).width
          : e.small
            ? (e.small.image as { width: number }).width
            : 0,
        distance: e.distance,
        position: { x: e.mesh.position.x, y: e.mesh.position.y, z: e.mesh.position.z },
      }))
    },
    get textureMB() {
      return (getScheduler()?.textureBytes() ?? 0) / (1024 * 1024)
    },
    get pictures() {
      return getScheduler()?.pictureStates() ?? []
    },
    get paintLog() {
      return [...(getScheduler()?.paintLog ?? [])]
    },
    get moving() {
      return viewer.moving
    },
    get inXR() {
      return store.getState().inXR
    },
    teleportTo: (x, z, yaw) => viewer.teleport(x, z, yaw ?? null, true),
    placeAt: (x, z, yaw) => viewer.place(x, z, yaw),
    enterVR: deps.enterVR,
    snapTurn: (direction) =>
      viewer.snapTurn((direction * store.getState().comfort.snapDegrees * Math.PI) / 180),
    store,
    xrStore,
    get comfort() {
      const f = deps.comfort.frame
      return {
        vignette: f.vignette,
        speed: f.speed,
        exposure: f.exposure,
        originY: f.originY,
        eyeHeight: f.eyeHeight,
        panelOpen: deps.comfort.panel.getState().open,
      }
    },
    setComfortPanel: (open) => deps.comfort.setPanelOpen(open),
    pressObject(name) {
      const o = getThree()?.scene.getObjectByName(name) as
        { __r3f?: { handlers?: { onClick?: (e: unknown) => void } } } | undefined
      const click = o?.__r3f?.handlers?.onClick
      click?.({ stopPropagation: () => {}, pointerId: -1 })
      return click !== undefined
    },
    visibleTexts() {
      // Troika's Text meshes carry their words in `text`: what a person in the headset can read right now.
      const texts: string[] = []
      getThree()?.scene.traverseVisible((o) => {
        const text = (o as { text?: unknown }).text
        if (typeof text === 'string' && text) texts.push(text)
      })
      return texts
    },
    objectPosition(name) {
      let found: { x: number; y: number; z: number } | null = null
      getThree()?.scene.traverseVisible((o) => {
        if (found || o.name !== name) return
        o.updateWorldMatrix(true, false)
        const p = o.getWorldPosition(o.position.clone())
        found = { x: p.x, y: p.y, z: p.z }
      })
      return found
    },
    get session() {
      return probes.session?.get()?.snapshot() ?? null
    },
    joinSession: async () => {
      const s = await probes.session?.load()
      s?.openKeypad()
    },
    pairWithCode: async (code) => {
      const s = await probes.session?.load()
      if (!s) return false
      s.openKeypad()
      return s.pair(code)
    },
    answerSuds: async (value) => (await probes.session?.load())?.answerSuds(value) ?? false,
    get mode() {
      return deps.getView()
    },
    get landscape() {
      return probes.landscape
    },
    get timeline() {
      return deps.getView() === 'timeline' ? probes.timeline : null
    },
    setMode: (mode) => store.setMode(mode),
    setLandscapeSpec: (spec) => store.setState({ landscapeSpec: spec }),
    get sound() {
      return deps.sound?.sound ?? null
    },
    get versions() {
      return probes.versions
    },
    get voice() {
      return deps.sound?.voice ?? null
    },
    get risk() {
      const flow = deps.risk
      const { crisis, fromServer } = flow.crisisText.store.getState()
      const fade: unknown = getThree()?.scene.getObjectByName('crisis-panel')?.userData.fade
      const session = probes.session?.get()
      return {
        open: flow.store.getState().open,
        crisis: { text: crisis.text, source: crisis.source, fromServer },
        vrPanelFade: typeof fade === 'number' ? fade : null,
        notice: session ? riskNotice(session.view.getState().state?.risks, session.serverNow()).kind : 'none',
      }
    },
  }
  window.__stillroom = api
  return () => {
    if (window.__stillroom === api) delete window.__stillroom
  }
}
