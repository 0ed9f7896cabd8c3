// The headset shell in Node, with fakes for the server, the session, XR and the lazily loaded parts: one road for a
// client's words whichever source takes them, and the order in which the page brings things in.
import { createHeadsetText } from '../../src/client/i18n/headset-text'
import { HEADSET_EN } from '../../src/shared/i18n/headset-en'
import { describe, expect, it, vi } from 'vitest'
import type { Artwork } from '../../src/shared/artwork'
import { screenRisk } from '../../src/shared/safety/risk'
import { DEFAULT_SCENE_SPEC } from '../../src/shared/scene-constants'
import type { Api } from '../../src/client/api'
import { createClientStore } from '../../src/client/client-store'
import type { SoundRuntime } from '../../src/client/exercises/sound-runtime'
import { createHeadsetApp, type HeadsetAppDeps } from '../../src/client/headset-app'
import type { SessionModule } from '../../src/client/session/session-slot'
import { createSoundSlot } from '../../src/client/sound-slot'
import type { StillroomXRStore } from '../../src/client/xr-store'
import { landscapeWalk } from '../../src/shared/landscape/walk-area'
import { memoryStorage } from '../support/memory-storage'

const artwork = (id: string, status: Artwork['status'] = 'shown'): Artwork =>
  ({
    id,
    text: `words ${id}`,
    spec: DEFAULT_SCENE_SPEC,
    seed: 1,
    createdAt: '2026-12-07T10:00:00.000Z',
    status,
  }) as Artwork

function fakeApi(painted: Artwork | 'risk' | 'down' = artwork('new')) {
  return {
    listArtworks: vi.fn(async () => ({ ok: true as const, value: { artworks: [artwork('a1')] } })),
    createArtwork: vi.fn(async () =>
      painted === 'down'
        ? { ok: false as const, status: 503, message: 'The server is resting.' }
        : painted === 'risk'
          ? {
              ok: true as const,
              value: { risk: true, crisis: { text: 'Call the clinic', source: 'clinic', language: 'en' } },
            }
          : { ok: true as const, value: { artwork: painted } },
    ),
    crisisText: vi.fn(async () => ({ ok: false as const, status: 404, message: 'none' })),
  }
}

/** The headset's session client, as far as the shell uses it: words, its stage, and its life. */
function fakeSession(stage: string) {
  const sent: string[] = []
  const session = {
    stage,
    sent,
    disposed: false,
    describe: (text: string) => (sent.push(text), true),
    view: { getState: () => ({ stage: session.stage, state: null }), subscribe: () => () => undefined },
    resume: () => undefined,
    nudge: () => undefined,
    dispose: () => void (session.disposed = true),
  }
  return session
}

/** The session's code (src/client/session/index.ts) as the slot loads it, making this one session client. */
function fakeSessionModule(session: ReturnType<typeof fakeSession>) {
  return {
    createDeviceSpeak: () => () => undefined,
    createRecordPrefs: () => ({ join: async () => undefined, watch: () => () => undefined }),
    bridgeSessionSound: () => () => undefined,
    createHeadsetSession: () => session,
  } as unknown as SessionModule
}

type Overrides = {
  session?: ReturnType<typeof fakeSession>
  loadTestApi?: HeadsetAppDeps['loadTestApi']
  installEmulator?: () => Promise<unknown>
  xr?: () => { isSessionSupported: () => Promise<boolean> }
}

function makeApp(options: { api?: ReturnType<typeof fakeApi>; paired?: boolean } & Overrides = {}) {
  const api = options.api ?? fakeApi()
  const store = createClientStore(memoryStorage())
  const idle: Array<() => void> = []
  let xrListener: ((s: { session: unknown }) => void) | null = null
  const started: string[] = []
  const exerciseListeners: Array<(v: { exercise: unknown }, prev: { exercise: unknown }) => void> = []
  // Only what the shell uses of the sound runtime: exercises start there, and it tells when one does.
  const runtime = {
    startExercise: (e: { id: string }) => (started.push(e.id), { ok: true }),
    view: {
      subscribe: (l: (typeof exerciseListeners)[number]) => (exerciseListeners.push(l), () => undefined),
    },
  }
  const deps = {
    flags: { e2e: false, emulate: false },
    api: api as unknown as Api,
    store,
    xrStore: {
      subscribe: (l: (s: { session: unknown }) => void) => ((xrListener = l), () => (xrListener = null)),
      enterVR: vi.fn(async () => undefined),
    } as unknown as StillroomXRStore,
    installEmulator: options.installEmulator ?? null,
    xr: options.xr ?? (() => ({ isSessionSupported: async () => true })),
    whenIdleOrGesture: (run: () => void) => (idle.push(run), () => undefined),
    loadCrisisUi: vi.fn(async () => ({})),
    loadRiskScreen: async () => ({ screenRisk }),
    importSession: vi.fn(async () => fakeSessionModule(options.session ?? fakeSession('solo'))),
    readAccessKey: () => null,
    origin: 'http://127.0.0.1:8080',
    onWake: () => () => undefined,
    sound: createSoundSlot({ load: vi.fn(async () => runtime as unknown as SoundRuntime) }),
    isPaired: () => options.paired ?? false,
    language: 'en-GB',
    text: createHeadsetText({ load: async () => HEADSET_EN }),
    loadLandscape: async () => ({}),
    loadWalkRules: async () => ({ landscapeWalk }),
    loadTestApi: options.loadTestApi ?? null,
  }
  const app = createHeadsetApp(deps)
  const runIdle = () => idle.splice(0).forEach((run) => run())
  return { app, api, store, deps, runIdle, started, exerciseListeners, xr: () => xrListener }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('words, alone: the device’s own gallery', () => {
  it('paints the words, shows them and walks the visitor to stand before the new painting', async () => {
    const { app, api, store } = makeApp()
    expect(app.viewer.moving).toBe(false)
    expect(await app.create('  a quiet beach  ')).toBe(true)
    expect(api.createArtwork).toHaveBeenCalledWith('a quiet beach')
    expect(store.getState().artworks.map((a) => a.id)).toEqual(['new'])
    expect(store.getState().status).toEqual({ kind: 'shown' })
    expect(app.words.getState().busy).toBe(false)
    // On its way to the new painting (it arrives over the next frames), in the gallery now one painting long.
    expect(app.viewer.moving).toBe(true)
    expect(app.views.layout().slots).toHaveLength(1)
  })

  it('keeps held words without painting them, and says so', async () => {
    const { app, store } = makeApp({ api: fakeApi(artwork('h', 'held')) })
    expect(await app.create('a war')).toBe(true)
    expect(store.getState().status).toEqual({ kind: 'held' })
    expect(store.getState().artworks.map((a) => a.status)).toEqual(['held'])
  })

  it('never sends words of risk: the crisis panel opens and nothing is kept', async () => {
    const { app, api, store } = makeApp()
    expect(await app.create('I want to kill myself')).toBe(true)
    expect(api.createArtwork).not.toHaveBeenCalled()
    expect(app.risk.store.getState().open).toBe(true)
    expect(store.getState().artworks).toEqual([])
    expect(store.getState().status).toEqual({ kind: 'idle' })
  })

  it('opens the crisis panel with the server’s text when the server raised the words', async () => {
    const { app, store } = makeApp({ api: fakeApi('risk') })
    expect(await app.create('a calm lake')).toBe(true)
    expect(app.risk.store.getState().open).toBe(true)
    expect(app.risk.crisisText.store.getState().crisis.text).toBe('Call the clinic')
    expect(store.getState().artworks).toEqual([])
  })

  it('keeps the words in the box with a clear message when the server cannot paint, or there are none', async () => {
    const { app, store } = makeApp({ api: fakeApi('down') })
    expect(await app.create('a meadow')).toBe(false)
    expect(store.getState().status).toEqual({ kind: 'error', message: 'The server is resting.' })
    expect(await app.create('   ')).toBe(false)
    expect(store.getState().status).toMatchObject({
      kind: 'error',
      message: expect.stringMatching(/few words/),
    })
  })

  it('loads the device’s gallery at start, but never on a paired headset', async () => {
    const solo = makeApp()
    const stop = solo.app.start()
    await settle()
    expect(solo.store.getState()).toMatchObject({ loaded: true, xrSupported: true })
    expect(solo.store.getState().artworks.map((a) => a.id)).toEqual(['a1'])
    stop()
    const paired = makeApp({ paired: true })
    paired.app.start()
    await settle()
    expect(paired.api.listArtworks).not.toHaveBeenCalled()
    expect(paired.store.getState().artworks).toEqual([])
  })
})

describe('words in a session: the same road, to the therapist', () => {
  it('sends every word to the therapist, unscreened here, and paints nothing on the device', async () => {
    const session = fakeSession('live')
    const { app, api, store } = makeApp({ session })
    expect(app.source().kind).toBe('solo')
    await app.session.load()
    expect(app.source().kind).toBe('session')
    expect(await app.create('I want to kill myself')).toBe(true)
    expect(session.sent).toEqual(['I want to kill myself'])
    expect(api.createArtwork).not.toHaveBeenCalled()
    expect(app.risk.store.getState().open).toBe(false)
    expect(store.getState().status).toEqual({ kind: 'idle' })
  })

  it('takes words while the headset rejoins, and returns to the device’s gallery once the session has ended', async () => {
    const session = fakeSession('joining')
    const { app, api } = makeApp({ session, paired: true })
    // A paired device loads its session's code at start, and rejoins.
    const stop = app.start()
    await settle()
    expect(app.session.store.getState().loaded?.session).toBe(session)
    expect(app.source().kind).toBe('session')
    session.stage = 'ended'
    expect(app.source().kind).toBe('solo')
    await app.create('a quiet beach')
    expect(api.createArtwork).toHaveBeenCalledTimes(1)
    // The page going away closes the session client; the shell then has none.
    stop()
    expect(session.disposed).toBe(true)
    expect(app.session.store.getState().loaded).toBeNull()
    expect(app.source().kind).toBe('solo')
  })
})

describe('staging: what loads after the first frame', () => {
  it('waits for the first frame, then an idle moment, for the extras; then for the session’s code', () => {
    const { app, deps, runIdle } = makeApp()
    runIdle()
    expect(app.staging.store.getState()).toEqual({ firstFrameDrawn: false, extrasReady: false })
    app.staging.firstFrame()
    expect(app.staging.store.getState()).toEqual({ firstFrameDrawn: true, extrasReady: false })
    expect(deps.loadCrisisUi).not.toHaveBeenCalled()
    runIdle()
    expect(app.staging.store.getState().extrasReady).toBe(true)
    expect(deps.loadCrisisUi).toHaveBeenCalledTimes(1)
    expect(deps.importSession).not.toHaveBeenCalled()
    runIdle()
    expect(deps.importSession).toHaveBeenCalledTimes(1)
  })

  it('loads the session’s code on entering VR (where the page’s Join is out of reach), and connects nothing', async () => {
    const session = fakeSession('solo')
    const resume = vi.spyOn(session, 'resume')
    const { app, store, deps } = makeApp({ session })
    const stop = app.start()
    await settle()
    expect(deps.importSession).not.toHaveBeenCalled()
    store.setState({ inXR: true })
    await settle()
    expect(deps.importSession).toHaveBeenCalledTimes(1)
    expect(app.session.store.getState().loaded?.session).toBe(session)
    expect(resume).not.toHaveBeenCalled()
    expect(app.source().kind).toBe('solo')
    stop()
  })

  it('installs the browser tests’ API after the first frame, only when asked for, and takes it away at the end', async () => {
    const uninstall = vi.fn()
    const installTestApi = vi.fn((_: unknown) => uninstall)
    const loadTestApi = vi.fn(async () => ({ installTestApi }))
    const { app } = makeApp({ loadTestApi: loadTestApi as unknown as HeadsetAppDeps['loadTestApi'] })
    const stop = app.start()
    await settle()
    expect(loadTestApi).not.toHaveBeenCalled()
    app.staging.firstFrame()
    await settle()
    expect(installTestApi).toHaveBeenCalledTimes(1)
    // It reads the shell's own parts: the probe slots the scene writes, and the view on screen.
    const parts = installTestApi.mock.calls[0]?.[0] as { probes: unknown; getView: () => string }
    expect(parts.probes).toBe(app.probes)
    expect(parts.getView()).toBe('gallery')
    stop()
    expect(uninstall).toHaveBeenCalledTimes(1)
    // Without ?e2e=1 nothing is fetched at all.
    const plain = makeApp()
    plain.app.start()
    plain.app.staging.firstFrame()
    await settle()
    expect(plain.deps.loadTestApi).toBeNull()
  })

  it('starts grounding from the crisis panel at once, bringing the extras in without waiting', async () => {
    const { app, started } = makeApp()
    app.risk.open()
    app.startGrounding()
    expect(app.risk.store.getState().open).toBe(false)
    expect(app.staging.store.getState().extrasReady).toBe(true)
    await settle()
    expect(started).toEqual(['grounding'])
  })

  it('lets the held line go when an exercise starts, once the exercises are here', async () => {
    const { app, store, exerciseListeners } = makeApp({ api: fakeApi(artwork('h', 'held')) })
    app.start()
    await app.create('a war')
    expect(store.getState().status).toEqual({ kind: 'held' })
    app.staging.extrasNow()
    await settle()
    expect(exerciseListeners).toHaveLength(1)
    exerciseListeners[0]!({ exercise: { id: 'box' } }, { exercise: null })
    expect(store.getState().status).toEqual({ kind: 'idle' })
  })

  it('asks the emulator’s WebXR once it is installed, not the one the page started with', async () => {
    let xr = { isSessionSupported: async () => false }
    const installEmulator = vi.fn(async () => {
      xr = { isSessionSupported: async () => true }
    })
    const { app, store } = makeApp({ installEmulator, xr: () => xr })
    app.start()
    await settle()
    expect(store.getState().xrSupported).toBe(true)
    await app.enterVR()
    expect(installEmulator).toHaveBeenCalledTimes(2)
  })

  it('follows the XR session into the store', () => {
    const { app, store, xr } = makeApp()
    const stop = app.start()
    xr()!({ session: {} })
    expect(store.getState().inXR).toBe(true)
    xr()!({ session: null })
    expect(store.getState().inXR).toBe(false)
    stop()
    expect(xr()).toBeNull()
  })
})
