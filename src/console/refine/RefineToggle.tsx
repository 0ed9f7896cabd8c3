import { useState } from 'react'
import type { ArtworkEntry } from '../../shared/session/state'
import type { TherapistCommand } from '../console-store'
import { VersionsRow } from './VersionsRow'
import './refine.css'

/** "Refine" on a hung artwork: opens its versions row; a client's waiting words show as a count on the button. */
export function RefineToggle({
  entry,
  send,
  comparing = false,
}: {
  entry: ArtworkEntry
  send: (c: TherapistCommand) => void
  /** The client has this artwork's versions side by side in the gallery now. */
  comparing?: boolean
}) {
  const waiting = entry.versions?.filter((v) => v.state !== 'approved').length ?? 0
  const count = entry.versions?.length ?? 1
  const [open, setOpen] = useState(false)
  return (
    <>
      <button
        type="button"
        className={waiting ? 'refine-toggle attention' : 'refine-toggle'}
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        {count > 1 ? `Versions (${count})` : 'Refine'}
        {waiting ? ` · ${waiting} waiting` : ''}
      </button>
      {open ? <VersionsRow entry={entry} send={send} comparing={comparing} /> : null}
    </>
  )
}
