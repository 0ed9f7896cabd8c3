import { useEffect, useMemo, useState } from 'react'
import type { TimelineArtwork, TimelineSession } from '../../shared/record/timeline'
import { layoutTimeline, type TimelineLayout } from '../../shared/record/timeline-layout'
import { readAccessKey } from '../console-api'
import { fetchClientTimeline } from './timeline-api'

export type ClientTimelineScene = { layout: TimelineLayout; artworks: TimelineArtwork[] }

// The mirror and the map ask for the same timeline at the same moment: one request serves both.
const pending = new Map<string, Promise<TimelineSession[]>>()

function load(clientId: string, key: number): Promise<TimelineSession[]> {
  const id = `${clientId}|${key}`
  let p = pending.get(id)
  if (!p) {
    p = fetchClientTimeline(clientId, { accessKey: readAccessKey() }).then((r) =>
      // The same rooms as the headset: only sessions with something on the walls.
      r.ok ? r.value.timeline.sessions.filter((s) => s.artworks.length > 0) : [],
    )
    pending.set(id, p)
    // Forget it soon: the next change of the session's artworks asks again.
    void p.finally(() => setTimeout(() => pending.delete(id), 2000))
  }
  return p
}

/**
 * The client's timeline as the headset lays it out, for the console's mirror and map while the view is Timeline.
 * `refreshKey` changes with the session's approved artworks, so new ones show up as they do on the headset.
 */
export function useClientTimeline(clientId: string | null, refreshKey: number): ClientTimelineScene | null {
  const [sessions, setSessions] = useState<TimelineSession[] | null>(null)
  useEffect(() => {
    if (!clientId) return
    let live = true
    void load(clientId, refreshKey).then((s) => live && setSessions(s))
    return () => {
      live = false
    }
  }, [clientId, refreshKey])
  return useMemo(() => {
    if (!sessions) return null
    return {
      layout: layoutTimeline(sessions.map((s) => ({ id: s.id, label: s.label, count: s.artworks.length }))),
      artworks: sessions.flatMap((s) => s.artworks),
    }
  }, [sessions])
}
