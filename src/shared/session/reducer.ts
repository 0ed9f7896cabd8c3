import { DEFAULT_SCENE_SPEC } from '../spec'
import { addVersion, paintingVersionId, pickVersion, updateVersionImage } from '../refine/session-versions'
import type { Command, CommandOf } from './commands'
import { setCompare, settleCompare } from './compare'
import { reduceRisk } from './risk-reduce'
import { exerciseElapsedMs, findEntry, freeSlot } from './queries'
import {
  MAX_EVENTS,
  MAX_NOTES,
  MAX_RATINGS,
  MAX_SESSION_ARTWORKS,
  SAFE_PLACE_SOUND_FACTOR,
  artworkForHeadset,
} from './state'
import type { ArtworkEntry, ArtworkImage, Exercise, SafePlace, SessionEvent, SessionState } from './state'

// Re-exported so every participant finds the whole reducer API in one module.
export { checkCommand } from './check'
export { commandForHeadset } from './headset-view'
export type { CommandProblem } from './check'
export { exerciseElapsedMs, findEntry, freeSlot, visibleArtworks } from './queries'

/**
 * THE reducer, shared by the server, the console and the headset. Pure and total: a command that does
 * not fit the state (unknown id, …) changes nothing but the sequence number, so every participant stays in
 * step. `now` is the server's time of the command (`applied.at`), never a local clock.
 */
export function applyCommand(state: SessionState, command: Command, now: number): SessionState {
  const next = settleCompare(reduce(state, command, now), command)
  return { ...next, seq: state.seq + 1 }
}

function reduce(s: SessionState, c: Command, now: number): SessionState {
  switch (c.type) {
    case 'set-view':
      return event({ ...s, view: c.view, safePlace: leaveSafePlace(s) }, now, 'view', c.view)
    case 'set-scene': {
      const spec = {
        ...s.spec,
        ...(c.biome ? { biome: c.biome } : {}),
        ...(c.timeOfDay ? { timeOfDay: c.timeOfDay } : {}),
        ...(c.weather ? { weather: c.weather } : {}),
      }
      const label = [c.biome, c.timeOfDay, c.weather].filter(Boolean).join(', ')
      return event({ ...s, spec, safePlace: leaveSafePlace(s) }, now, 'scene', label || 'scene')
    }
    case 'set-brightness':
      return { ...s, brightness: c.value }
    case 'set-sound':
      return {
        ...s,
        sound: {
          master: c.master ?? s.sound.master,
          muted: c.muted ?? s.sound.muted,
          layers: c.layers ? { ...s.sound.layers, ...c.layers } : s.sound.layers,
        },
      }
    case 'describe':
    case 'edit':
    case 'refine':
      // Requests: the server interprets and screens the words, then applies `artwork-add`.
      return s
    case 'artwork-add':
      return addArtwork(s, c, now)
    case 'approve': {
      const slot = freeSlot(s)
      if (slot === null) return s
      const next = updateEntry(s, c.artworkId, (e) =>
        e.state === 'pending' || e.state === 'held' ? { ...e, state: 'approved', slot } : e,
      )
      return next === s ? s : event(next, now, 'artwork', 'artwork shown')
    }
    case 'artwork-image':
      return setImage(s, c, now)
    case 'artwork-spec':
      // Only an artwork that has not been refined by hand yet: a version the client or therapist made stays theirs.
      return updateEntry(s, c.artworkId, (e) =>
        e.versions?.length
          ? e
          : { ...e, artwork: { ...e.artwork, spec: { ...c.spec, safety: e.artwork.spec.safety } } },
      )
    case 'artwork-version': {
      const next = updateEntry(s, c.artworkId, (e) => addVersion(e, c))
      return next === s ? s : event(next, now, 'artwork', `artwork refined (${c.version.choice ?? 'words'})`)
    }
    case 'pick-version':
      return updateEntry(s, c.artworkId, (e) => pickVersion(e, c.versionId))
    case 'compare-versions':
      return setCompare(s, c)
    case 'cancel-image':
      // Whichever version's picture is being made (one job per artwork), hanging or not.
      return updateEntry(s, c.artworkId, (e) => {
        const versionId = paintingVersionId(e)
        if (versionId === undefined) return e
        return updateVersionImage(e, versionId, (image) =>
          image ? { ...image, state: 'cancelled', at: now, notice: 'Cancelled; the painting stays.' } : image,
        )
      })
    case 'artwork-show': {
      // The headset's view of an approval: the artwork arrives already approved, in its slot.
      const entry: ArtworkEntry = {
        artwork: artworkForHeadset(c.artwork),
        state: 'approved',
        slot: c.slot,
        reasons: [],
        from: 'client',
        ...(c.image ? { image: c.image } : {}),
        ...(c.versions ? { versions: c.versions } : {}),
        ...(c.current ? { current: c.current } : {}),
      }
      const others = s.artworks.filter((e) => e.artwork.id !== c.artwork.id && e.slot !== c.slot)
      return { ...s, artworks: [...others, entry] }
    }
    case 'discard':
      return updateEntry(s, c.artworkId, (e) =>
        e.state === 'pending' || e.state === 'held' ? { ...e, state: 'discarded', slot: null } : e,
      )
    case 'move': {
      const moving = findEntry(s, c.artworkId)
      if (!moving || moving.state !== 'approved') return s
      const from = moving.slot
      // The occupant of the target slot swaps places, so slots stay unique.
      return {
        ...s,
        artworks: s.artworks.map((e) =>
          e === moving
            ? { ...e, slot: c.slot }
            : e.state === 'approved' && e.slot === c.slot
              ? { ...e, slot: from }
              : e,
        ),
      }
    }
    case 'remove': {
      const entry = findEntry(s, c.artworkId)
      if (!entry || entry.state !== 'approved') return s
      return event(
        { ...s, artworks: s.artworks.filter((e) => e !== entry) },
        now,
        'artwork',
        'artwork removed',
      )
    }
    case 'exercise-start': {
      const exercise: Exercise = {
        id: c.id,
        options: c.options ?? null,
        startedAt: now,
        timeScale: c.timeScale ?? 1,
        baseMs: 0,
      }
      return event({ ...s, exercise }, now, 'exercise', `exercise: ${c.id}`)
    }
    case 'exercise-pace': {
      if (!s.exercise) return s
      const baseMs = exerciseElapsedMs(s.exercise, now)
      return { ...s, exercise: { ...s.exercise, baseMs, startedAt: now, timeScale: c.timeScale } }
    }
    case 'exercise-stop':
      return s.exercise ? event({ ...s, exercise: null }, now, 'exercise', 'exercise stopped') : s
    case 'narrate':
      return { ...s, narration: { n: (s.narration?.n ?? 0) + 1, text: c.text, at: now } }
    case 'safe-place-save': {
      const saved: SafePlace = {
        spec: s.spec,
        // The safe place is one calm room, never the walk through past sessions (which may hold hard memories).
        view: s.view === 'timeline' ? 'gallery' : s.view,
        artworkIds: s.artworks.filter((e) => e.state === 'approved').map((e) => e.artwork.id),
        sound: s.sound,
        cueWord: c.cueWord.trim(),
      }
      return event({ ...s, safePlace: { ...s.safePlace, saved } }, now, 'safe-place', 'safe place saved')
    }
    case 'safe-place-go': {
      const place = s.safePlace.saved ?? defaultSafePlace(s)
      const sound = { ...place.sound, master: place.sound.master * SAFE_PLACE_SOUND_FACTOR }
      return event(
        {
          ...s,
          spec: place.spec,
          view: place.view,
          sound,
          exercise: null,
          phase: s.phase === 'paused' ? 'active' : s.phase,
          safePlace: { ...s.safePlace, activeSince: now },
        },
        now,
        'safe-place',
        'safe place',
      )
    }
    case 'pause':
      return s.phase === 'active' ? event({ ...s, phase: 'paused' }, now, 'pause', 'paused') : s
    case 'resume':
      return s.phase === 'paused' ? event({ ...s, phase: 'active' }, now, 'resume', 'resumed') : s
    case 'end':
      return event(
        { ...s, phase: 'ended', exercise: null, suds: { ...s.suds, request: null } },
        now,
        'end',
        'ended',
      )
    case 'suds-request': {
      const n = Math.max(s.suds.request?.n ?? 0, s.suds.ratings.at(-1)?.n ?? 0) + 1
      return event({ ...s, suds: { ...s.suds, request: { n, at: now } } }, now, 'suds-request', 'SUDS asked')
    }
    case 'suds-answer': {
      if (c.value > s.suds.scale) return s
      const rating = { value: c.value, at: now, n: s.suds.request?.n ?? 0 }
      return {
        ...s,
        suds: { ...s.suds, request: null, ratings: capped([...s.suds.ratings, rating], MAX_RATINGS) },
      }
    }
    case 'set-approval':
      return { ...s, approval: c.approval }
    case 'set-suds-scale':
      return { ...s, suds: { ...s.suds, scale: c.scale } }
    case 'set-language':
      return { ...s, language: c.language }
    case 'set-break':
      return { ...s, breakEveryMin: c.breakEveryMin }
    case 'note': {
      const text = c.text.trim()
      return text ? { ...s, notes: capped([...(s.notes ?? []), { at: now, text }], MAX_NOTES) } : s
    }
    case 'risk-raise':
    case 'risk-ack':
    case 'risk-check':
      return reduceRisk(s, c, now)
    case 'headset-paired':
      return s.phase === 'waiting' ? event({ ...s, phase: 'active' }, now, 'paired', 'headset joined') : s
    case 'noop':
      return s
  }
}

function addArtwork(s: SessionState, c: CommandOf<'artwork-add'>, now: number): SessionState {
  if (findEntry(s, c.artwork.id)) return s
  const held = c.artwork.status === 'held'
  const base = c.replaces === undefined ? s.artworks : s.artworks.filter((e) => e.artwork.id !== c.replaces)
  if (c.replaces === undefined && base.length >= MAX_SESSION_ARTWORKS) return s
  const withoutOld = { ...s, artworks: base }
  // Approval is the therapist's check on the client's words: words the therapist typed themselves do not wait for
  // it. Held words always wait, whoever typed them, so a trauma word is never shown without a second look.
  const waits = held || (s.approval === 'clinical' && c.from !== 'therapist')
  const slot = waits ? null : freeSlot(withoutOld)
  const entry: ArtworkEntry = {
    artwork: c.artwork,
    state: held ? 'held' : slot === null ? 'pending' : 'approved',
    slot,
    reasons: c.reasons,
    from: c.from,
  }
  const label = entry.state === 'approved' ? 'artwork shown' : `artwork ${entry.state}`
  return event({ ...withoutOld, artworks: [...base, entry] }, now, 'artwork', label)
}

/**
 * A job's news about the AI picture. Once settled (ready, failed, cancelled, capped) it stays settled: a late
 * answer from a cancelled job never brings the picture back.
 */
function setImage(s: SessionState, c: CommandOf<'artwork-image'>, now: number): SessionState {
  if (c.state === 'ready' && !c.file) return s
  // The picture lands on its own version: on the entry while that version hangs, else kept with the version.
  return updateEntry(s, c.artworkId, (e) =>
    updateVersionImage(e, c.versionId ?? c.artworkId, (old) => {
      if (old && old.state !== 'painting') return old
      const image: ArtworkImage = {
        state: c.state,
        startedAt: old?.startedAt ?? now,
        at: now,
        ...(c.state === 'ready' && c.file ? { file: c.file } : {}),
        ...(c.notice ? { notice: c.notice } : {}),
      }
      return image
    }),
  )
}

function defaultSafePlace(s: SessionState): SafePlace {
  return { spec: DEFAULT_SCENE_SPEC, view: 'gallery', artworkIds: [], sound: s.sound, cueWord: '' }
}

function leaveSafePlace(s: SessionState): SessionState['safePlace'] {
  return s.safePlace.activeSince === null ? s.safePlace : { ...s.safePlace, activeSince: null }
}

function updateEntry(s: SessionState, id: string, f: (e: ArtworkEntry) => ArtworkEntry): SessionState {
  let changed = false
  const artworks = s.artworks.map((e) => {
    if (e.artwork.id !== id) return e
    const next = f(e)
    if (next !== e) changed = true
    return next
  })
  return changed ? { ...s, artworks } : s
}

function event(s: SessionState, at: number, kind: string, label: string): SessionState {
  const entry: SessionEvent = { at, kind, label: label.slice(0, 80) }
  return { ...s, events: capped([...s.events, entry], MAX_EVENTS) }
}

function capped<T>(list: T[], max: number): T[] {
  return list.length > max ? list.slice(list.length - max) : list
}
