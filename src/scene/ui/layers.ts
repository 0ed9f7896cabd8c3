import { PANEL_THEME } from './theme'

/**
 * Absolute render orders for panel parts. Every part is transparent and ignores depth, so this order alone decides
 * what covers what. (Do not rely on a group's renderOrder: three resets the group order at every nested group.)
 */
export const LAYER = {
  edge: PANEL_THEME.renderOrder,
  plate: PANEL_THEME.renderOrder + 1,
  control: PANEL_THEME.renderOrder + 2,
  face: PANEL_THEME.renderOrder + 3,
  text: PANEL_THEME.renderOrder + 4,
} as const
