import { useCallback, useEffect, useMemo, useState } from 'react'
import type { TimelineSession } from '../../shared/record/timeline'
import { layoutTimeline, type TimelineLayout } from '../../shared/record/timeline-layout'
import type { FloorHandlers, PaintScheduler } from '../../scene'
import { Timeline, type TimelineProbe } from '../../scene/timeline'
import { loadHeadsetPicture } from '../ai/headset-picture'
import { useText } from '../i18n/text-context'
import { fetchHeadsetTimeline } from './timeline-client'
import type { TimelineStatus } from '../probe-slots'

export type TimelineViewProps = FloorHandlers & {
  /** Changes when the session's approved artworks change: the timeline is fetched again. */
  refreshKey: number
  /** The walkable layout for the viewer (null until loaded). */
  onLayout: (layout: TimelineLayout | null) => void
  onScheduler?: (scheduler: PaintScheduler | null) => void
  placards?: boolean
  /** For the browser tests: the rooms, the window and whether the sessions came (the shell's probe slots). */
  onProbe?: (probe: (TimelineProbe & { status: TimelineStatus }) | null) => void
}

const WALL_COLOUR = '#efe6da'

/** Rooms only for sessions with something on the walls: an empty session would be an empty room to walk through. */
function withArtworks(sessions: readonly TimelineSession[]): TimelineSession[] {
  return sessions.filter((s) => s.artworks.length > 0)
}

/** The headset's timeline view: fetches the client's timeline, lays out the rooms and hands the layout to the viewer. */
export function TimelineView({
  refreshKey,
  onLayout,
  onScheduler,
  placards,
  onProbe: tellProbe,
  ...floor
}: TimelineViewProps) {
  const t = useText()
  const signLine = useCallback((index: number, count: number) => t('timeline.sign', { index, count }), [t])
  const [sessions, setSessions] = useState<TimelineSession[]>([])
  const [status, setStatus] = useState<TimelineStatus>('loading')
  useEffect(() => {
    let live = true
    void fetchHeadsetTimeline().then((r) => {
      if (!live) return
      if (r.ok) {
        setSessions(withArtworks(r.value.timeline.sessions))
        setStatus('ready')
      } else {
        // Quietly one empty room: the client never sees an error for this; the console still has the words.
        console.warn(`timeline: ${r.reason}`)
        setStatus((s) => (s === 'ready' ? s : 'unavailable'))
      }
    })
    return () => {
      live = false
    }
  }, [refreshKey])
  const layout = useMemo(
    () => layoutTimeline(sessions.map((s) => ({ id: s.id, label: s.label, count: s.artworks.length }))),
    [sessions],
  )
  const artworks = useMemo(() => sessions.flatMap((s) => s.artworks), [sessions])
  useEffect(() => onLayout(layout), [layout, onLayout])
  useEffect(() => () => onLayout(null), [onLayout])
  const onProbe = useMemo(
    () => (tellProbe ? (p: TimelineProbe | null) => tellProbe(p ? { ...p, status } : null) : undefined),
    [status, tellProbe],
  )
  return (
    <>
      <fog attach="fog" args={[WALL_COLOUR, 16, 60]} />
      <Timeline
        layout={layout}
        artworks={artworks}
        onScheduler={onScheduler}
        onProbe={onProbe}
        placards={placards}
        loadPicture={loadHeadsetPicture}
        signLine={signLine}
        {...floor}
      />
    </>
  )
}

export default TimelineView
