import type { CatalogOf } from '../catalog'
import type { CORE_EN } from './core-en'

/** Die Worte der Brille auf Deutsch: Sie-Form, kurz, ruhig und klar. */
// prettier-ignore
export const CORE_DE: CatalogOf<typeof CORE_EN> = {
  'welcome': 'Willkommen. Beschreiben Sie einen Ort, an dem Sie sich wohlfühlen, oder ein Gefühl – es wird hier für Sie gemalt.',
  'status.painting': 'Wird gemalt…',
  'status.shown': 'Ihr Bild hängt an der Wand. Lassen Sie sich Zeit.',
  'held.session': 'Aufbewahrt, damit Ihre Therapeutin oder Ihr Therapeut es mit Ihnen ansieht.',
  'held.solo': 'Dieses Bild wurde nicht gemalt. Wann immer Sie möchten, beschreiben Sie einen anderen Ort, vielleicht einen ruhigen.',
  'session.joining': 'Verbindung zu Ihrer Sitzung…',
  'session.reconnecting': 'Verbindung wird wiederhergestellt…',
  'session.paused': 'Pause. Lassen Sie sich Zeit; Ihre Therapeutin oder Ihr Therapeut ist bei Ihnen.',
  'session.ended': 'Die Sitzung ist beendet. Danke.',
  'session.endedVR': 'Die Sitzung ist beendet. Danke.\nSie können die Brille jetzt abnehmen.',
  'session.leaveVR': 'VR verlassen',
  'session.close': 'Schließen',
  'crisis.heading': 'Sie haben sich gemeldet – danke',
  'crisis.grounding': 'Eine Übung zum Ankommen versuchen',
  'crisis.close': 'Schließen',
  'language.label': 'Sprache',
}
