/**
 * The breathing orb's look, as pure pixel maths (tested in Node, test/unit/breathing-orb-texture.test.ts).
 *
 * A warm light orb alone vanishes against a warm sunset or a bright snowfield, so it carries its own background:
 * a light core with a soft brighter rim, wrapped in a soft dusk-blue halo that fades to nothing. On a light or warm
 * picture the dark halo outlines the orb; on a night sky the light core does. Every edge is a long smooth ramp: no
 * hard ring, nothing that flickers as the orb grows and shrinks.
 */

/** Radii as fractions of the sprite's half-width. */
export const ORB_RINGS = {
  /** The light core ends here (the rim is centred on it). */
  core: 0.5,
  /** Half-width of the soft rim. */
  rim: 0.07,
  /** The halo is gone by here (a little inside the sprite's edge, so no square corner ever shows). */
  halo: 0.98,
} as const

/** sRGB colours, 0…255. */
export const ORB_COLOURS = {
  centre: [255, 246, 230],
  core: [248, 221, 184],
  rim: [255, 251, 243],
  halo: [26, 34, 50],
} as const

/** Peak opacity of the halo just outside the rim (0…1): enough to outline the orb on snow, never a black ring. */
export const HALO_ALPHA = 0.62

const smooth = (a: number, b: number, x: number) => {
  const t = Math.min(1, Math.max(0, (x - a) / (b - a)))
  return t * t * (3 - 2 * t)
}
const mix = (a: readonly number[], b: readonly number[], t: number) =>
  [0, 1, 2].map((i) => a[i]! + (b[i]! - a[i]!) * t) as [number, number, number]

/** Colour (sRGB 0…255) and opacity (0…1) of the orb at radius `r` (0 centre … 1 the sprite's half-width). */
export function orbAt(r: number): { rgb: [number, number, number]; alpha: number } {
  const { core, rim, halo } = ORB_RINGS
  // Inside: centre → core colour, brightening again into the rim.
  const inner = mix(ORB_COLOURS.centre, ORB_COLOURS.core, smooth(0, core - rim, r))
  const rimWeight = 1 - smooth(0, rim, Math.abs(r - core))
  const light = mix(inner, ORB_COLOURS.rim, rimWeight * 0.85)
  // Crossing the rim, the light core gives way to the halo over the rim's outer half.
  const out = smooth(core, core + rim, r)
  const rgb = mix(light, ORB_COLOURS.halo, out)
  const haloAlpha = HALO_ALPHA * (1 - smooth(core + rim * 0.5, halo, r)) ** 1.6
  const alpha = 0.96 * (1 - out) + haloAlpha * out
  return { rgb, alpha }
}

/** RGBA bytes of a `size`×`size` orb texture (sRGB colour, straight alpha). */
export function orbPixels(size = 256): Uint8Array {
  const data = new Uint8Array(size * size * 4)
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      const r = Math.hypot((x + 0.5) / size - 0.5, (y + 0.5) / size - 0.5) * 2
      const { rgb, alpha } = orbAt(r)
      const i = (y * size + x) * 4
      data[i] = Math.round(rgb[0])
      data[i + 1] = Math.round(rgb[1])
      data[i + 2] = Math.round(rgb[2])
      data[i + 3] = Math.round(alpha * 255)
    }
  return data
}
