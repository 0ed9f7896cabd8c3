import { useEffect, useRef, useState } from 'react'
import { MAX_SLOTS, type ArtworkEntry, type SessionState } from '../shared/session/state'
import { Section, prettify } from './controls-kit'
import type { TherapistCommand } from './console-store'
import { ArtworkPicture } from './ai/ArtworkPicture'
import { RefineToggle } from './refine/RefineToggle'

type Send = (c: TherapistCommand) => void

/** Words, what Stillroom read from them, and why they wait: everything needed to decide in a few seconds. */
function SpecSummary({ entry }: { entry: ArtworkEntry }) {
  const { spec } = entry.artwork
  return (
    <div className="spec">
      <span className="swatches" aria-hidden="true">
        {spec.palette.map((c, i) => (
          <span key={i} style={{ background: c }} />
        ))}
      </span>
      <span>
        {prettify(spec.biome)} · {prettify(spec.timeOfDay)} · {prettify(spec.weather)}
        {spec.motifs.length ? ` · ${spec.motifs.slice(0, 5).join(', ')}` : ''}
      </span>
    </div>
  )
}

function PendingItem({ entry, send, sessionId }: { entry: ArtworkEntry; send: Send; sessionId: string }) {
  const [editing, setEditing] = useState(false)
  const [text, setText] = useState(entry.artwork.text)
  const id = entry.artwork.id
  const held = entry.state === 'held'
  return (
    <li className={`pending-item ${held ? 'held' : ''}`} data-artwork-id={id}>
      <p className="words">“{entry.artwork.text}”</p>
      <p className="meta">
        {entry.from === 'client' ? 'From the client' : 'From you'}
        {held ? ' · held for safety' : ' · waiting for approval'}
      </p>
      <SpecSummary entry={entry} />
      <ArtworkPicture entry={entry} sessionId={sessionId} send={send} />
      {entry.reasons.length || entry.artwork.spec.safety.mentioned.length ? (
        <ul className="reasons" aria-label="Safety notes">
          {entry.reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
          {entry.artwork.spec.safety.mentioned.map((m) => (
            <li key={`m-${m}`}>mentioned: {m}</li>
          ))}
        </ul>
      ) : null}
      {editing ? (
        <form
          className="edit"
          onSubmit={(e) => {
            e.preventDefault()
            const words = text.trim()
            if (!words) return
            send({ type: 'edit', artworkId: id, text: words })
            setEditing(false)
          }}
        >
          <label>
            New words
            <textarea value={text} onChange={(e) => setText(e.target.value)} rows={2} maxLength={2000} />
          </label>
          <div className="row">
            <button type="submit" className="primary">
              Re-read the words
            </button>
            <button type="button" onClick={() => setEditing(false)}>
              Cancel
            </button>
          </div>
        </form>
      ) : held ? (
        <HeldChoices
          approve={() => send({ type: 'approve', artworkId: id })}
          edit={() => setEditing(true)}
          discard={() => send({ type: 'discard', artworkId: id })}
        />
      ) : (
        <div className="row">
          <button type="button" className="primary" onClick={() => send({ type: 'approve', artworkId: id })}>
            Approve
          </button>
          <button type="button" onClick={() => setEditing(true)}>
            Edit
          </button>
          <button type="button" onClick={() => send({ type: 'discard', artworkId: id })}>
            Discard
          </button>
        </div>
      )}
    </li>
  )
}

/**
 * Words held for safety are not one click from the client's eyes: rewriting them is the first choice, and showing
 * them as they are asks once more, in plain words.
 */
function HeldChoices({
  approve,
  edit,
  discard,
}: {
  approve: () => void
  edit: () => void
  discard: () => void
}) {
  const [asking, setAsking] = useState(false)
  const confirm = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    if (asking) confirm.current?.focus()
  }, [asking])
  if (asking)
    return (
      <div className="row held-confirm" role="group" aria-label="Show held words?">
        <span>These words were held for safety. Show the painting to the client as it is?</span>
        <button ref={confirm} type="button" onClick={approve}>
          Show it
        </button>
        <button type="button" onClick={() => setAsking(false)}>
          Not now
        </button>
      </div>
    )
  return (
    <div className="row">
      <button type="button" className="primary" onClick={edit}>
        Edit
      </button>
      <button type="button" onClick={discard}>
        Discard
      </button>
      <button type="button" onClick={() => setAsking(true)}>
        Approve anyway…
      </button>
    </div>
  )
}

/** Artworks waiting for the therapist, newest first (held ones always wait, whatever the mode). */
export function ApprovalQueue({ state, send }: { state: SessionState; send: Send }) {
  const waiting = state.artworks.filter((e) => e.state === 'pending' || e.state === 'held').reverse()
  const list = useRef<HTMLDivElement>(null)
  const refocus = useRef(false)
  // After Approve or Discard the item leaves the list: keep keyboard users in the queue, on the next item.
  const decide: Send = (c) => {
    refocus.current = c.type === 'approve' || c.type === 'discard'
    send(c)
  }
  useEffect(() => {
    if (!refocus.current) return
    refocus.current = false
    const next = list.current?.querySelector<HTMLElement>('.pending-item button')
    ;(next ?? list.current?.querySelector<HTMLElement>('.approval-mode button'))?.focus()
  }, [waiting.length])
  return (
    <Section
      id="approvals"
      title="Waiting for you"
      className={waiting.length ? 'attention' : ''}
      badge={
        <span className="count" aria-label={`${waiting.length} waiting`}>
          {waiting.length}
        </span>
      }
    >
      <div ref={list}>
        <div className="row approval-mode">
          <span id="approval-mode-label">New artworks wait for my approval</span>
          {/* Named by the sentence and its own "On"/"Off", so what is read out contains what is seen. */}
          <button
            id="approval-mode-state"
            type="button"
            className="small"
            aria-labelledby="approval-mode-label approval-mode-state"
            aria-pressed={state.approval === 'clinical'}
            onClick={() =>
              send({ type: 'set-approval', approval: state.approval === 'clinical' ? 'open' : 'clinical' })
            }
          >
            {state.approval === 'clinical' ? 'On' : 'Off'}
          </button>
        </div>
        {waiting.length ? (
          <ul className="pending-list">
            {waiting.map((e) => (
              <PendingItem key={e.artwork.id} entry={e} send={decide} sessionId={state.id} />
            ))}
          </ul>
        ) : (
          <p className="quiet">Nothing waiting.</p>
        )}
      </div>
    </Section>
  )
}

/** The artworks the client can see, by slot, with move and remove. */
export function HungArtworks({
  state,
  send,
  heat,
}: {
  state: SessionState
  send: Send
  heat: Map<string, number>
}) {
  const hung = state.artworks
    .filter((e) => e.state === 'approved' && e.slot !== null)
    .sort((a, b) => (a.slot ?? 0) - (b.slot ?? 0))
  const taken = new Set(hung.map((e) => e.slot))
  const free = (from: number, dir: 1 | -1) => {
    for (let s = from + dir; s >= 0 && s < MAX_SLOTS; s += dir) if (!taken.has(s)) return s
    return null
  }
  return (
    <Section id="artworks" title="On the wall">
      {hung.length ? (
        <ol className="hung-list">
          {hung.map((e) => {
            const slot = e.slot ?? 0
            const earlier = free(slot, -1)
            const later = free(slot, 1)
            const seconds = heat.get(e.artwork.id) ?? 0
            return (
              <li key={e.artwork.id} data-artwork-id={e.artwork.id}>
                <span className="slot">#{slot + 1}</span>
                <span className="words">“{e.artwork.text}”</span>
                <span className="gaze" title="Time the client looked at it">
                  {seconds >= 1 ? `${Math.round(seconds)} s looked` : ''}
                </span>
                <button
                  type="button"
                  disabled={earlier === null}
                  aria-label={`Move “${e.artwork.text}” earlier`}
                  onClick={() =>
                    earlier !== null && send({ type: 'move', artworkId: e.artwork.id, slot: earlier })
                  }
                >
                  ←
                </button>
                <button
                  type="button"
                  disabled={later === null}
                  aria-label={`Move “${e.artwork.text}” later`}
                  onClick={() =>
                    later !== null && send({ type: 'move', artworkId: e.artwork.id, slot: later })
                  }
                >
                  →
                </button>
                <button type="button" onClick={() => send({ type: 'remove', artworkId: e.artwork.id })}>
                  Remove
                </button>
                {e.image ? <ArtworkPicture entry={e} sessionId={state.id} send={send} /> : null}
                <RefineToggle entry={e} send={send} comparing={state.compare?.artworkId === e.artwork.id} />
              </li>
            )
          })}
        </ol>
      ) : (
        <p className="quiet">No artworks shown yet.</p>
      )}
    </Section>
  )
}
