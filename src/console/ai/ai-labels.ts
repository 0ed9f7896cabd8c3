import { consentCovers } from '../../shared/privacy/ai-contract'
import type {
  AiCapability,
  AiConsent,
  AiStatus,
  CapabilityState,
  ImageCap,
  SessionAiInfo,
} from '../../shared/privacy/ai-contract'
import type { ArtworkEntry, ArtworkImage } from '../../shared/session/state'
import { shortDate } from '../../shared/ui/dates'

/**
 * Plain words for the console's AI parts. Pure, so every label is unit-tested; the therapist reads these
 * at a glance mid-session, so they say what happens for the client, not what the machine did.
 */

export const CAPABILITY_LABELS: Record<AiCapability, string> = {
  images: 'Pictures',
  text: 'Reading the words',
  speech: 'Spoken voice',
  transcription: 'Speech to text',
  moderation: 'Extra safety check',
}

/** "0:07", "1:05", "12:00": elapsed time, never negative. */
export function formatElapsed(ms: number): string {
  const s = Math.max(0, Math.floor((Number.isFinite(ms) ? ms : 0) / 1000))
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`
}

export type PictureLine = {
  tone: 'progress' | 'ready' | 'quiet'
  /** The line shown next to the artwork. */
  text: string
  /** Whether the Cancel picture button is offered. */
  cancellable: boolean
}

const DEFAULT_NOTICE: Record<'failed' | 'cancelled' | 'capped', string> = {
  failed: 'The AI picture could not be made. The painting stays.',
  cancelled: 'Picture cancelled. The painting stays.',
  capped: 'No AI picture: the picture limit is reached. The painting stays.',
}

/** What the console says about one artwork's AI picture (`now` in server ms). */
export function pictureLine(
  image: ArtworkImage,
  entryState: ArtworkEntry['state'],
  now: number,
): PictureLine {
  switch (image.state) {
    case 'painting':
      return {
        tone: 'progress',
        text: `Making the AI picture · ${formatElapsed(now - image.startedAt)}`,
        cancellable: true,
      }
    case 'ready':
      return {
        tone: 'ready',
        text:
          entryState === 'approved'
            ? 'AI picture ready: the client sees it.'
            : 'AI picture ready: the client sees it once you approve.',
        cancellable: false,
      }
    default:
      return { tone: 'quiet', text: image.notice?.trim() || DEFAULT_NOTICE[image.state], cancellable: false }
  }
}

/** A calm CSS stand-in for the procedural painting: its own palette, sky to ground, as the painter layers it. */
export function paletteGradient(palette: readonly string[]): string {
  const colours = palette.filter((c) => /^#[0-9a-f]{3,8}$/i.test(c))
  if (colours.length === 0) return 'linear-gradient(180deg, #e9dfd0, #cfc1ad)'
  if (colours.length === 1) return colours[0]!
  const stops = colours.map((c, i) => `${c} ${Math.round((i / (colours.length - 1)) * 100)}%`)
  return `linear-gradient(180deg, ${stops.join(', ')})`
}

export function modeLabel(status: AiStatus): string {
  if (status.mode === 'local') return 'Local: nothing leaves this computer'
  if (status.mode === 'clinic')
    return `Clinic: ${status.provider ?? 'the clinic’s own server'}, on the clinic’s network`
  return `Cloud: ${status.provider ?? 'the provider'}`
}

/** Where calls go in this mode, in a few words (the consent form and the table say it). */
export function destination(mode: AiStatus['mode']): string {
  return mode === 'clinic' ? 'the clinic’s own server' : 'the cloud provider'
}

export const STATE_LABELS: Record<CapabilityState, string> = {
  on: 'On',
  off: 'Off',
  unavailable: 'Unavailable',
  unknown: 'Checking…',
}

/**
 * One capability for this client: whether calls may leave, and when not, one line saying it runs locally and why
 * (local mode, switched off, unavailable, or no consent).
 */
export function capabilityLine(
  capability: AiCapability,
  info: Pick<SessionAiInfo, 'status' | 'consent' | 'allowed'>,
): { state: string; allowed: boolean; why: string | null } {
  const state = info.status.capabilities[capability]
  const allowed = info.allowed[capability] === true
  const label = STATE_LABELS[state]
  if (allowed) return { state: label, allowed, why: null }
  let why: string
  if (info.status.mode === 'local') why = 'Runs locally: Stillroom is in local mode.'
  else if (state === 'off') why = 'Runs locally: switched off in the server settings.'
  else if (state === 'unavailable') why = 'Runs locally: the provider does not offer it or cannot be reached.'
  else if (!info.consent?.capabilities.includes(capability))
    why = 'Runs locally: no consent from this client.'
  else if (!consentCovers(info.consent, info.status.mode, capability))
    why = 'Runs locally: the client agreed to the clinic’s own server only, not a cloud provider.'
  else if (state === 'unknown') why = 'Runs locally until the provider has answered.'
  else why = 'Runs locally for now.'
  return { state: label, allowed, why }
}

/** "3 of 10", or "none left (10 of 10)" when the cap is reached. */
export function capLine(cap: ImageCap): string {
  const used = Math.max(0, Math.floor(cap.used))
  const max = Math.max(0, Math.floor(cap.cap))
  if (max === 0) return 'none allowed'
  return used >= max ? `none left (${used} of ${max})` : `${used} of ${max}`
}

/** "Given by the client on 29 Nov 2026 for pictures and spoken voice." */
export function consentLine(consent: AiConsent, timeZone?: string): string {
  const day = shortDate(consent.at, timeZone)
  const date = day && ` on ${day}`
  const names = consent.capabilities.map((c) => CAPABILITY_LABELS[c].toLowerCase())
  const list =
    names.length <= 1 ? (names[0] ?? 'nothing') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`
  const where = consent.where === 'clinic' ? ', on the clinic’s own server' : ''
  return `Given by the ${consent.givenBy}${date} for ${list}${where}.`
}

/** A recent call's outcome in plain words (the server's own sentence wins when it sent one). */
export function noticeText(n: { outcome: string; notice: string | null }): string {
  if (n.notice?.trim()) return n.notice
  if (n.outcome === 'ok') return 'sent and answered.'
  return n.outcome.replace(/_/g, ' ')
}

/** What the mode means for this client, under the mode's name. */
export function modeDetail(status: AiStatus): string {
  if (status.mode === 'local') return 'Everything is understood, painted and spoken on this computer.'
  if (status.mode === 'clinic')
    return 'Only what is marked Clinic server below goes to the clinic’s own server, after names and contacts are removed; nothing leaves the clinic’s network.'
  return 'Only what is marked Cloud below may leave, after names and contacts are removed.'
}
