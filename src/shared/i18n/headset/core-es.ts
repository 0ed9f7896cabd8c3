import type { CatalogOf } from '../catalog'
import type { CORE_EN } from './core-en'

/** Las palabras del visor en español: cercanas (tú), breves y tranquilas. */
// prettier-ignore
export const CORE_ES: CatalogOf<typeof CORE_EN> = {
  'welcome': 'Te damos la bienvenida. Describe un lugar donde te sientas a gusto, o un sentimiento, y lo pintaremos aquí para ti.',
  'status.painting': 'Pintando…',
  'status.shown': 'Tu cuadro ya está en la pared. Tómate tu tiempo.',
  'held.session': 'Lo guardamos para que tu terapeuta lo vea contigo.',
  'held.solo': 'Esta vez no lo hemos pintado. Cuando quieras, describe otro lugar, quizá uno tranquilo.',
  'session.joining': 'Entrando en tu sesión…',
  'session.reconnecting': 'Volviendo a conectar…',
  'session.paused': 'En pausa. Tómate tu tiempo; tu terapeuta está contigo.',
  'session.ended': 'La sesión ha terminado. Gracias.',
  'session.endedVR': 'La sesión ha terminado. Gracias.\nYa puedes quitarte el visor.',
  'session.leaveVR': 'Salir de RV',
  'session.close': 'Cerrar',
  'crisis.heading': 'Has pedido ayuda: gracias',
  'crisis.grounding': 'Probar un ejercicio de anclaje',
  'crisis.close': 'Cerrar',
  'language.label': 'Idioma',
}
