/**
 * The panel kit's look, shared by every in-VR panel: warm paper, soft ink, the muted sage accent of the desktop
 * overlay (styles.css). Sizes are in metres for a panel about 1.6 m away (docs/ART.md: 1.5–2 m, large text).
 */
export const PANEL_THEME = {
  plate: '#f6f0e6',
  plateEdge: '#d8cbb9',
  ink: '#3d352d',
  inkSoft: '#6b5f53',
  button: '#fffdf9',
  buttonHover: '#e9efe9',
  accent: '#587263',
  accentHover: '#6d8b7a',
  accentInk: '#fbf8f2',
  track: '#d9d0c4',
  /** Text heights: a 0.05 m line at 1.6 m is roughly a 36 px line on a desktop screen. */
  fontSize: { title: 0.065, body: 0.048, small: 0.038 },
  /** Shipped in public/fonts: nothing is fetched at run time. */
  font: { regular: '/fonts/source-sans-3-400.woff', bold: '/fonts/source-sans-3-600.woff' },
  /** Draw order: panels sit above the scene and the comfort vignette, below the fade veil (10 000). */
  renderOrder: 9_100,
} as const

/** Default distance and height of a panel that follows the view. */
export const PANEL_DISTANCE = 1.6
export const PANEL_DROP = 0.22
