import type { CatalogOf } from '../catalog'
import type { CORE_EN } from './core-en'

/** Les mots du casque en français : le vouvoiement, des phrases courtes et calmes. */
// prettier-ignore
export const CORE_FR: CatalogOf<typeof CORE_EN> = {
  'welcome': 'Bienvenue. Décrivez un lieu où vous vous sentez bien, ou un ressenti, et il sera peint ici pour vous.',
  'status.painting': 'Peinture en cours…',
  'status.shown': 'Votre tableau est au mur. Prenez votre temps.',
  'held.session': 'Gardé pour que votre thérapeute le regarde avec vous.',
  'held.solo': 'Celui-ci n’a pas été peint. Quand vous le souhaitez, décrivez un autre lieu, peut-être un endroit calme.',
  'session.joining': 'Connexion à votre séance…',
  'session.reconnecting': 'Reconnexion…',
  'session.paused': 'En pause. Prenez votre temps ; votre thérapeute est avec vous.',
  'session.ended': 'La séance est terminée. Merci.',
  'session.endedVR': 'La séance est terminée. Merci.\nVous pouvez retirer le casque.',
  'session.leaveVR': 'Quitter la RV',
  'session.close': 'Fermer',
  'crisis.heading': 'Vous avez demandé de l’aide : merci',
  'crisis.grounding': 'Essayer un exercice d’ancrage',
  'crisis.close': 'Fermer',
  'language.label': 'Langue',
}
