import { useEffect, useMemo, useState } from 'react'
import type { SessionState } from '../shared/session/state'
import type { PairingCode } from './console-api'
import { Section } from './controls-kit'
import type { TherapistCommand } from './console-store'
import { breakDue, clockText } from './session-time'
import { clockTime } from '../shared/ui/dates'
import { breakOptions, isBreakInterval, saveBreakDefault } from './break-default'
import { SudsChart } from './SudsChart'
import { sudsSeries } from './suds-series'
import type { ConnectionStatus } from '../shared/session/session-socket'

/** Re-renders once a second for the clocks; nothing else in the console ticks. */
export function useNow(everyMs = 1000): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), everyMs)
    return () => clearInterval(t)
  }, [everyMs])
  return now
}

/**
 * Session clock with a gentle break reminder. The interval is the session's own (`breakEveryMin` in the state,
 * changed with `set-break`), so a reload or a second console shows the same one.
 */
export function SessionClock({
  state,
  now,
  send,
  disabled,
}: {
  state: SessionState
  now: number
  send: (c: TherapistCommand) => void
  disabled: boolean
}) {
  const [dismissedAt, setDismissedAt] = useState<number | null>(null)
  const every = state.breakEveryMin
  const elapsed = now - state.startedAt
  const reminder = breakDue(elapsed, every, dismissedAt)
  return (
    <div className="clock" role="group" aria-label="Session time">
      <span className="time" aria-label={`Session time ${clockText(elapsed)}`}>
        {clockText(elapsed)}
      </span>
      {reminder.due && state.phase !== 'ended' ? (
        <span className="break-reminder" role="status">
          {every * reminder.breaks} min: a good moment to offer a break.
          <button type="button" onClick={() => setDismissedAt(elapsed)}>
            Noted
          </button>
        </span>
      ) : null}
      <label className="break-setting">
        Break every
        <select
          value={every}
          disabled={disabled}
          onChange={(e) => {
            const v = Number(e.target.value)
            if (!isBreakInterval(v) || v === every) return
            send({ type: 'set-break', breakEveryMin: v })
            saveBreakDefault(v)
          }}
        >
          {breakOptions(every).map((m) => (
            <option key={m} value={m}>
              {m} min
            </option>
          ))}
        </select>
      </label>
    </div>
  )
}

const CONNECTION_TEXT: Record<ConnectionStatus, string> = {
  idle: 'Not connected',
  connecting: 'Connecting…',
  open: 'Connected',
  reconnecting: 'Reconnecting…',
  ended: 'Session ended',
  closed: 'Closed',
}

export function ConnectionBadges({
  connection,
  headset,
  phase,
}: {
  connection: ConnectionStatus
  headset: boolean
  phase: SessionState['phase'] | null
}) {
  return (
    <span className="badges" role="status" aria-live="polite">
      <span className={`badge conn-${connection}`}>{CONNECTION_TEXT[connection]}</span>
      <span className={`badge ${headset ? 'ok' : 'off'}`}>
        {headset ? 'Headset connected' : phase === 'waiting' ? 'Headset not paired yet' : 'Headset offline'}
      </span>
      {phase === 'paused' ? <span className="badge paused">Paused</span> : null}
    </span>
  )
}

/** The pairing code, large and spaced so it reads across a room, with its expiry. */
export function PairingPanel({
  pairing,
  pausedUntil = null,
  now,
  paired,
  onNewCode,
}: {
  pairing: PairingCode | null
  /** Pairing rests until then after the server voided the codes (too many wrong ones were tried). */
  pausedUntil?: number | null
  now: number
  /** The session had a headset before: it rejoins by itself; a new code is only for another headset. */
  paired: boolean
  onNewCode: () => void
}) {
  const left = pairing?.expiresAt ? Math.max(0, pairing.expiresAt - now) : null
  const expired = left === 0
  const resting = pausedUntil !== null && pausedUntil > now
  return (
    <Section id="pairing" title={paired ? 'Headset offline' : 'Pair the headset'} className="pairing">
      {pairing && !expired ? (
        <>
          <p
            className="pairing-code"
            aria-label={`Pairing code ${pairing.code.split('').join(' ')}`}
            data-code={pairing.code}
          >
            {pairing.code}
          </p>
          <p className="quiet">
            On the headset, open Stillroom, choose <strong>Join a session</strong> and enter this code.
            {left !== null ? ` It works once, for ${clockText(left)} more.` : ' It works once.'}
          </p>
        </>
      ) : resting ? (
        <p className="quiet" role="status">
          The code was withdrawn: many wrong codes were tried on this network, so pairing rests until{' '}
          {clockTime(pausedUntil)}. A new code made now works from then.
        </p>
      ) : (
        <p className="quiet">
          {paired
            ? 'The headset is offline. It rejoins by itself when it is back; a new code is only needed for another headset.'
            : expired
              ? 'The code has expired.'
              : 'No code yet.'}
        </p>
      )}
      <button type="button" onClick={onNewCode}>
        New code
      </button>
    </Section>
  )
}

export function SudsPanel({
  state,
  send,
  disabled,
  now,
}: {
  state: SessionState
  send: (c: TherapistCommand) => void
  disabled: boolean
  now: number
}) {
  // The chart's x axis grows with the session, a minute at a time: recompute once a minute, not every second.
  const minute = Math.floor(now / 60_000)
  const series = useMemo(() => sudsSeries(state, minute * 60_000), [state, minute])
  const last = state.suds.ratings.at(-1)
  const waiting = state.suds.request !== null && (!last || last.n !== state.suds.request.n)
  return (
    <Section id="suds" title="SUDS">
      <div className="row suds-head">
        <button
          type="button"
          className="primary"
          disabled={disabled}
          onClick={() => send({ type: 'suds-request' })}
        >
          Ask for a rating
        </button>
        <span
          className="suds-last"
          role="status"
          aria-live="polite"
          data-suds-count={state.suds.ratings.length}
        >
          {waiting
            ? 'Waiting for the client’s rating…'
            : last
              ? `Latest: ${last.value} / ${state.suds.scale}`
              : 'No ratings yet'}
        </span>
        <button
          type="button"
          className="small"
          disabled={disabled}
          onClick={() => send({ type: 'set-suds-scale', scale: state.suds.scale === 10 ? 100 : 10 })}
          aria-label={`0–${state.suds.scale} scale: switch to 0–${state.suds.scale === 10 ? 100 : 10}`}
        >
          0–{state.suds.scale}
        </button>
      </div>
      <SudsChart series={series} />
      <table className="visually-hidden">
        <caption>SUDS ratings</caption>
        <tbody>
          {state.suds.ratings.map((r, i) => (
            <tr key={i}>
              <td>{clockText(r.at - state.startedAt)}</td>
              <td>{r.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Section>
  )
}
