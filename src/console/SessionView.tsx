import { lazy, Suspense, useEffect, useMemo } from 'react'
import { useStore } from 'zustand'
import { ApprovalQueue, HungArtworks } from './ArtworkPanels'
import type { ConsoleController } from './console-controller'
import type { ConsoleStore } from './console-store'
import { EmergencyBar, installShortcuts } from './EmergencyBar'
import { Mirror, hasLandscape } from './Mirror'
import { CompareNote } from './refine/MirrorVersions'
import { MiniMap } from './MiniMap'
import { readAccessKey } from './console-api'
import { NotesPanel } from './report/NotesPanel'
import { SceneControls, SoundControls } from './SceneControls'
import { ConnectionBadges, PairingPanel, SessionClock, SudsPanel, useNow } from './SessionBits'
import { ExercisePanel, SafePlacePanel, WordsPanel } from './SessionPanels'
import { Notices } from './Notices'
import { MirrorPictures } from './ai/MirrorPictures'
import { RiskEventsPanel } from './risk/RiskEventsPanel'
import { publishTopbarHeight } from './risk/topbar-height'

/** The AI and privacy panel is looked at now and then: its code loads with the session, apart. */
const AiPanel = lazy(() => import('./ai/AiPanel'))

function isSoftwareRenderer(): boolean {
  try {
    const gl = document.createElement('canvas').getContext('webgl2')
    const info = gl?.getExtension('WEBGL_debug_renderer_info')
    const name = info && gl ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : ''
    return /swiftshader|llvmpipe|software/i.test(name)
  } catch {
    return false
  }
}

/** One live session: the mirror and map on the left, every steering control on the right, safety at the top. */
export function SessionView({ store, controller }: { store: ConsoleStore; controller: ConsoleController }) {
  const state = useStore(store, (s) => s.session)
  const connection = useStore(store, (s) => s.connection)
  const headset = useStore(store, (s) => s.headset)
  const pairing = useStore(store, (s) => s.pairing)
  const pairingPausedUntil = useStore(store, (s) => s.pairingPausedUntil)
  const riskCheck = useStore(store, (s) => s.riskCheck)
  const now = useNow()
  const software = useMemo(() => isSoftwareRenderer(), [])
  const send = controller.send

  useEffect(
    () =>
      installShortcuts(window, {
        safePlace: () => send({ type: 'safe-place-go' }),
        pauseToggle: () => {
          const phase = store.getState().session?.phase
          if (phase === 'paused') send({ type: 'resume' })
          else if (phase && phase !== 'ended') send({ type: 'pause' })
        },
      }),
    [send, store],
  )

  useEffect(() => {
    const wake = () => controller.nudge()
    window.addEventListener('online', wake)
    window.addEventListener('focus', wake)
    return () => {
      window.removeEventListener('online', wake)
      window.removeEventListener('focus', wake)
    }
  }, [controller])

  if (!state) {
    return (
      <main className="session-loading">
        <p role="status">
          {connection === 'ended' ? 'This session is not available.' : 'Opening the session…'}
        </p>
        <button type="button" onClick={controller.leaveSession}>
          Back to clients
        </button>
      </main>
    )
  }

  const ended = state.phase === 'ended'
  const disabled = ended
  return (
    <div className="session-view" data-phase={state.phase}>
      <header className="topbar" ref={publishTopbarHeight}>
        <div className="who">
          <button
            type="button"
            className="small back"
            onClick={controller.leaveSession}
            aria-label="Back to clients"
          >
            ←
          </button>
          <h1>{state.clientAlias}</h1>
          <ConnectionBadges connection={connection} headset={headset} phase={state.phase} />
        </div>
        <SessionClock state={state} now={now} send={send} disabled={disabled} />
        <EmergencyBar
          phase={state.phase}
          hasSafePlace={state.safePlace.saved !== null}
          safePlaceActive={state.safePlace.activeSince !== null}
          waiting={state.artworks.filter((e) => e.state === 'pending' || e.state === 'held').length}
          send={send}
        />
      </header>
      <nav className="skip" aria-label="Jump to">
        {state.risks?.length ? <a href="#risk">Risk events</a> : null}
        <a href="#approvals">Approvals</a>
        <a href="#scene">Scene</a>
        <a href="#suds">SUDS</a>
        <a href="#words">Words</a>
        <a href="#exercises">Exercises</a>
        <a href="#notes">Notes</a>
      </nav>
      {/* The session's content is the page's main landmark: the top bar and the skip links stand outside it. */}
      <main className="session-main">
        {ended ? (
          <p className="ended-banner" role="status">
            The session has ended. The headset has closed gently and forgotten it.
          </p>
        ) : null}
        <div className="columns">
          <div className="left">
            <section
              className="mirror"
              aria-label="Live mirror: what the client sees"
              data-dim={state.phase === 'paused' || state.phase === 'ended' || undefined}
            >
              <MirrorPictures state={state}>
                <Mirror state={state} live={store.live} software={software} />
              </MirrorPictures>
              {/* One stack, so two notes at once (at the safe place while waiting for the headset) never overlap. */}
              <div className="mirror-notes">
                {state.phase === 'waiting' ? (
                  <p className="mirror-note">Waiting for the headset to pair.</p>
                ) : null}
                {state.phase === 'paused' ? (
                  <p className="mirror-note">Paused: the client sees a neutral, quiet space.</p>
                ) : null}
                {state.safePlace.activeSince !== null ? (
                  <p className="mirror-note safe">
                    At the safe place
                    {state.safePlace.saved?.cueWord ? ` · “${state.safePlace.saved.cueWord}”` : ''}
                  </p>
                ) : null}
                {state.view === 'landscape' && !hasLandscape ? (
                  <p className="mirror-note">
                    Landscapes are not in this build: the mirror shows the gallery.
                  </p>
                ) : null}
              </div>
              <CompareNote state={state} />
            </section>
            <div className="below-mirror">
              <MiniMap state={state} live={store.live} />
              <SudsPanel state={state} send={send} disabled={disabled} now={now} />
            </div>
          </div>
          <div className="right">
            {state.risks?.length ? (
              <RiskEventsPanel
                risks={state.risks}
                openCheck={riskCheck}
                onAcknowledge={(id) => controller.acknowledgeRisks([id])}
                onOpenCheck={(id) => store.setState({ riskCheck: riskCheck === id ? null : id })}
              />
            ) : null}
            {state.phase === 'waiting' || (!headset && !ended) ? (
              <PairingPanel
                pairing={pairing}
                pausedUntil={pairingPausedUntil}
                now={now}
                paired={state.phase !== 'waiting'}
                onNewCode={() => void controller.newPairingCode()}
              />
            ) : null}
            <ApprovalQueue state={state} send={send} />
            <SceneControls state={state} send={send} disabled={disabled} />
            <WordsPanel state={state} send={send} disabled={disabled} />
            <ExercisePanel state={state} send={send} disabled={disabled} />
            <SoundControls state={state} send={send} disabled={disabled} />
            <HungArtworks state={state} send={send} heat={store.live.heatmap.byArtwork} />
            <SafePlacePanel state={state} send={send} disabled={disabled} />
            <NotesPanel
              state={state}
              send={send}
              disabled={connection === 'ended'}
              accessKey={readAccessKey()}
            />
            <Suspense fallback={null}>
              <AiPanel sessionId={state.id} clientId={state.clientId} />
            </Suspense>
          </div>
        </div>
      </main>
      <Notices store={store} />
    </div>
  )
}
