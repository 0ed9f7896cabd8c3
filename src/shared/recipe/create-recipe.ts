import type { SceneSpec } from '../spec'
import type { Rgb } from './colour'
import { finish, hexToRgb, hueDistance, hueSat, luma, mix, saturate, shade } from './colour'
import { placeMotifs } from './motifs'
import { createRng } from './random'
import type { PaintRecipe, Ridge } from './schema'
import { COMPOSITIONS } from './constants'
import { BIOME_LOOK, TIME_LIGHT, WEATHER_AMOUNTS } from './tables'

const clamp = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, v))
const lerp = (a: number, b: number, t: number): number => a + (b - a) * t
const round = (v: number): number => Math.round(v * 10000) / 10000

/**
 * Borrow the client's colours without losing the place: move `base` part-way toward the nearest palette
 * colour, then give back most of its original value so a beach stays light and a forest stays deep.
 */
function tint(base: Rgb, palette: readonly Rgb[], k: number): Rgb {
  let best: Rgb = base
  let bestD = Infinity
  for (const p of palette) {
    const d = (p[0] - base[0]) ** 2 + (p[1] - base[1]) ** 2 + (p[2] - base[2]) ** 2
    if (d < bestD) {
      bestD = d
      best = p
    }
  }
  const t = mix(base, best, k)
  const gain = luma(base) / Math.max(0.02, luma(t))
  return mix(t, shade(t, gain), 0.7)
}

/** The quiet accent: the most saturated palette colour whose hue stands apart from the first colour. */
function pickAccent(palette: readonly Rgb[], fallback: Rgb): Rgb {
  const first = palette[0] ?? fallback
  const h0 = hueSat(first).hue
  let best = fallback
  let score = 0.12
  for (const p of palette.slice(1)) {
    const { hue, sat } = hueSat(p)
    const s = sat * (0.4 + hueDistance(hue, h0) * 2)
    if (s > score) {
      score = s
      best = p
    }
  }
  return best
}

/** Turn a SceneSpec and a seed into a paint recipe. Pure and deterministic: no clock, no Math.random. */
export function createRecipe(spec: SceneSpec, seed: number): PaintRecipe {
  const rng = createRng(seed)
  const look = BIOME_LOOK[spec.biome]
  const time = TIME_LIGHT[spec.timeOfDay]
  const weather = WEATHER_AMOUNTS[spec.weather]
  const palette = spec.palette.map(hexToRgb)
  const calm = clamp((1 - spec.mood.arousal) / 2, 0, 1)
  const warmth = clamp(spec.mood.valence * 0.45 + (calm - 0.5) * 0.1, -1, 1)
  const overcast = weather.clouds * 0.5 + weather.fog * 0.4 + weather.rain * 0.3
  const isNight = time.kind === 1 || spec.biome === 'night-sky'
  const light = isNight && time.kind === 0 ? TIME_LIGHT.night : time

  // Sky: the time of day leads, the palette whispers, grey weather quietens it.
  const skySat = 1 - overcast * 0.45
  const greyDay: Rgb = isNight ? [0.36, 0.4, 0.52] : [0.76, 0.78, 0.8]
  const skyCol = (col: Rgb, k: number): Rgb =>
    mix(saturate(tint(col, palette, k), skySat), greyDay, overcast * 0.35)
  // A touch more colour high up: the sky's value structure (deep above, light at the horizon) carries depth.
  const zenith = saturate(skyCol(light.zenith, 0.12), 1.12)
  const skyHorizon = skyCol(light.horizon, 0.18)
  const glow = skyCol(light.glow, 0.15)

  const horizon = clamp(rng.pick(look.horizons) + rng.range(-0.015, 0.015), 0.2, 0.7)
  const leftThird = rng.next() < 0.5
  const focalX = (leftThird ? 1 / 3 : 2 / 3) + rng.range(-0.03, 0.03)
  const focal: [number, number] = [round(focalX), round(horizon)]

  // The sun (or moon) sits over the focal third; underwater it is above the frame, its light comes as rays.
  const skyH = 1 - horizon
  let sunY = horizon + light.elevation * skyH
  let sunX = focalX
  if (spec.biome === 'underwater') sunY = 1.12
  if (isNight) {
    sunX = leftThird ? 0.7 : 0.3
    sunY = horizon + rng.range(0.45, 0.6) * skyH
  }
  const sunRadius = light.kind === 1 || isNight ? 0.028 : spec.timeOfDay === 'midday' ? 0.035 : 0.045

  // Land light: lit by daylight, leaning warm in the light and cool in shadow (docs/ART.md).
  const lit = (col: Rgb): Rgb => {
    const tinted = tint(col, palette, 0.2)
    const dayLit = shade(tinted, lerp(0.55, 1, (light.daylight - 0.5) * 2))
    return mix(dayLit, mix(dayLit, light.warm, 0.5), 0.25 * (1 - overcast))
  }

  // Ridges back to front; farther planes lighter and closer to the sky (aerial perspective).
  const count = rng.int(look.ridgeCount[0], look.ridgeCount[1])
  // The nearest plane is the richest and darkest: value structure comes from depth (docs/ART.md), not from
  // darkening the whole picture.
  const rich = (col: Rgb, k: number): Rgb => shade(saturate(col, 1 + 0.2 * k), 1 - 0.12 * k)
  const near = rich(lit(look.land), 1)
  const ridges: Ridge[] = []
  const freq = look.ridgeFreq ?? [1.6, 4.2]
  for (let i = 0; i < count; i++) {
    const t = count === 1 ? 1 : i / (count - 1)
    const aerial = lerp(0.7, 0.0, t) + weather.fog * 0.15 * (1 - t)
    const colour = mix(near, mix(skyHorizon, zenith, 0.25), clamp(aerial, 0, 0.92))
    ridges.push({
      y: round(clamp(horizon + lerp(look.ridgeSpan[0], look.ridgeSpan[1], t), 0, 1)),
      amp: round(clamp(lerp(look.ridgeAmp[0], look.ridgeAmp[1], t) * rng.range(0.8, 1.2), 0, 0.5)),
      freq: round(clamp(lerp(freq[0], freq[1], t) * rng.range(0.8, 1.25), 0.5, 16)),
      sharp: round(clamp(look.sharp * rng.range(0.85, 1.1), 0, 1)),
      colour: finish(colour),
    })
  }
  if (spec.biome === 'abstract') {
    // Abstract colour fields are the client's own palette, softened toward the light.
    ridges.forEach((ridge, i) => {
      const p = palette[(i + 1) % palette.length] ?? near
      ridge.colour = finish(mix(p, skyHorizon, 0.18))
    })
  }

  const accent = pickAccent(palette, [0.9, 0.6, 0.5])
  const last = palette[palette.length - 1] ?? accent
  const stars = spec.biome === 'night-sky' ? 1 : time.kind === 1 ? 0.6 : spec.timeOfDay === 'dusk' ? 0.12 : 0
  const shoreL = rng.range(0.16, 0.26) * (horizon / 0.4)
  const shoreR = rng.range(0.04, 0.1) * (horizon / 0.4)

  const motifs = placeMotifs(spec, seed >>> 0, { horizon, focalX, sunX, night: isNight })

  return {
    version: 1,
    biome: spec.biome,
    composition: COMPOSITIONS[spec.biome],
    seed: seed >>> 0,
    offset: [round(rng.range(0, 256)), round(rng.range(0, 256))],
    horizon: round(horizon),
    focal,
    sky: { zenith: finish(zenith), horizon: finish(skyHorizon), glow: finish(glow) },
    sun: {
      position: [round(clamp(sunX, 0, 1)), round(clamp(sunY, -0.3, 1.2))],
      radius: sunRadius,
      colour: finish(light.sun),
      glow: round(clamp((isNight ? 0.5 : 0.85) * (1 - overcast * 0.6), 0, 1)),
      kind: isNight ? 1 : 0,
    },
    light: { warm: finish(light.warm), shadow: finish(tint(light.shadow, palette, 0.15)) },
    ridges,
    ground: { far: finish(lit(look.groundFar)), near: finish(rich(lit(look.groundNear), 1)) },
    water: {
      colour: finish(mix(lit(look.water), zenith, 0.25)),
      reflect: round(clamp(0.55 + calm * 0.2 - weather.wind * 0.2, 0, 1)),
      shore: leftThird ? [round(shoreR), round(shoreL)] : [round(shoreL), round(shoreR)],
      surf: round(clamp(0.35 + (1 - calm) * 0.3 + weather.wind * 0.3, 0, 1)),
    },
    trees: {
      density: round(clamp(look.trees * rng.range(0.85, 1.15), 0, 1)),
      height: round(rng.range(0.45, 0.75)),
      colour: finish(lit(look.treeColour)),
      // Bark is warm brown leaning to the leaf colour (grey-green), never the sky's pink shadow.
      trunk: finish(mix(lit([0.4, 0.32, 0.24]), lit(look.treeColour), 0.3)),
    },
    flowers: {
      density: round(clamp(look.flowers * rng.range(0.85, 1.15), 0, 1)),
      colours: [
        finish(accent),
        finish(mix(last, [1, 0.96, 0.9], 0.25)),
        finish(mix(accent, [1, 0.92, 0.8], 0.45)),
      ],
    },
    accent: finish(accent),
    stars: round(clamp(stars * (1 - weather.clouds * 0.7), 0, 1)),
    motifs,
    weather: {
      clouds: weather.clouds,
      fog: weather.fog,
      rain: weather.rain,
      snow: weather.snow,
      wind: weather.wind,
      storm: weather.storm,
    },
    finish: {
      brush: round(lerp(0.45, 0.7, calm)),
      grain: 0.5,
      vignette: round(lerp(0.3, 0.45, calm)),
      contrast: round(lerp(1, 0.86, calm)),
      softness: round(lerp(0.25, 0.9, calm)),
      warmth: round(warmth),
    },
  }
}
