// Sky: gradient by time of day, a glow band toward the sun, sun or moon, soft clouds, stars, a far storm.

vec3 skyGradient(vec2 uv) {
  float h = clamp((uv.y - uHorizon) / max(0.05, 1.0 - uHorizon), 0.0, 1.0);
  vec3 col = mix(uSkyHorizon, uZenith, pow(h, 0.75));
  // The horizon glows toward the sun: warm near it, fading across the sky.
  float dx = uv.x - uSun.x;
  float band = exp(-h * 4.5) * exp(-dx * dx * 2.2);
  float halo = exp(-length(uv - uSun.xy) * 3.2);
  col = mix(col, uGlow, clamp((band * 0.8 + halo * 0.55) * uSun.w, 0.0, 1.0));
  // Night skies keep a luminous horizon (docs/ART.md): a soft, slightly warm afterglow just above the land.
  vec3 afterglow = mix(mix(uGlow, uAccent, 0.3), uWarm, 0.25) * 1.08;
  col = mix(col, afterglow, exp(-h * 5.5) * 0.6 * uStars);
  return col;
}

vec3 skyBody(vec3 col, vec2 uv) {
  float d = length(uv - uSun.xy);
  float r = uSun.z;
  float edge = r * 0.12 + 2.0 * px();
  float disc = smoothstep(r + edge, r - edge, d);
  float halo = exp(-d / (r * 2.2)) * 0.55 + exp(-d / (r * 7.0)) * 0.25;
  if (uSunKind == 1) {
    // Moon: cool halo, faint maria painted with noise so it reads as a moon, not a lamp.
    float maria = fbm3((uv - uSun.xy) / r * 1.3 + 40.0);
    vec3 face = mix(uSunColour, uSunColour * vec3(0.86, 0.88, 0.93), smoothstep(0.45, 0.7, maria));
    col = mix(col, mix(col, uSunColour, 0.6), halo * uSun.w);
    col = mix(col, face, disc * 0.95);
  } else {
    col = mix(col, uSunColour, clamp(halo * uSun.w, 0.0, 1.0));
    col = mix(col, uSunColour * 1.02, disc * 0.92);
  }
  return col;
}

// Clouds as brushed, stretched masses: lit warm on top, cool beneath (stratus when windy or overcast).
vec3 skyClouds(vec3 col, vec2 uv) {
  float amount = uWeatherA.x;
  if (amount < 0.01) return col;
  float h = (uv.y - uHorizon) / max(0.05, 1.0 - uHorizon);
  float stretch = 2.6 + uWeatherB.y * 3.0 + amount * 1.5;
  vec2 p = vec2(uv.x * 2.2, uv.y * 2.2 * stretch) + uOffset;
  float n = fbm3(p + vec2(vnoise(p * 0.5) * 1.4, 0.0));
  float threshold = mix(0.72, 0.38, amount);
  float soft = 0.12 + uFinishB.y * 0.1;
  float m = smoothstep(threshold, threshold + soft, n);
  m *= smoothstep(0.0, 0.12, h) * (0.55 + 0.45 * smoothstep(0.05, 0.4, h));
  // Light from above-sunward: brighter where the noise climbs toward the upper edge.
  float top = smoothstep(threshold, threshold + 0.35, n + (vnoise(p * 2.0 + 9.0) - 0.5) * 0.2 + (h - 0.5) * 0.3);
  vec3 lit = mix(uSkyHorizon, uWarm, 0.55) + 0.06;
  vec3 shade = mix(mix(uZenith, uShadow, 0.35), uSkyHorizon, 0.35);
  vec3 cloud = mix(shade, lit, 0.35 + 0.65 * top);
  cloud = mix(cloud, uGlow, 0.3 * exp(-length(uv - uSun.xy) * 2.5) * uSun.w);
  return mix(col, cloud, m * 0.88);
}

vec3 skyStars(vec3 col, vec2 uv) {
  if (uStars < 0.01) return col;
  float h = clamp((uv.y - uHorizon) / max(0.05, 1.0 - uHorizon), 0.0, 1.0);
  // A faint band of the galaxy: a diagonal of denser dust and more stars.
  vec2 q = vec2(uv.x * 0.8 + uv.y * 0.6, -uv.x * 0.6 + uv.y * 0.8);
  float bandD = q.y - 0.55 - 0.08 * vnoise(vec2(q.x * 3.0, 2.0) + uOffset);
  float band = exp(-bandD * bandD * 22.0) * uStars;
  float dust = band > 0.01 ? fbm4(q * vec2(3.0, 9.0) + uOffset) * band : 0.0;
  col = mix(col, mix(uSkyHorizon, uGlow, 0.5) + 0.08, clamp(dust * 0.7 * h, 0.0, 1.0));
  float r;
  float s1 = cellDot(uv * 150.0, 0.13 + 2.0 * px() * 150.0 * 0.25, 0.16 * uStars + 0.2 * band, r);
  float s2 = cellDot(uv * 60.0 + 3.1, 0.08 + 2.0 * px() * 60.0 * 0.4, 0.22 * uStars, r);
  float twinkle = 0.45 + 0.55 * r;
  vec3 starCol = mix(vec3(0.95, 0.93, 0.86), vec3(0.85, 0.9, 1.0), r);
  float fade = smoothstep(0.02, 0.35, h);
  col = mix(col, starCol, clamp(s1 * 0.6 + s2 * twinkle, 0.0, 1.0) * fade);
  return col;
}

// A storm stays far off: a dark, soft cloud mass low on the side away from the focal third, lit a little on
// top, with a veil of rain falling from its base to the horizon. The foreground stays calm.
vec3 skyStorm(vec3 col, vec2 uv) {
  float storm = uWeatherB.z;
  if (storm < 0.01) return col;
  float side = uFocal.x < 0.5 ? 0.76 : 0.24;
  float dx = (uv.x - side) / 0.32;
  float y = uv.y - uHorizon;
  if (y > 0.34 || abs(dx) > 1.8) return col;
  float billow = fbm3(vec2(uv.x * 7.0, uv.y * 5.0) + uOffset + 9.0);
  float bell = exp(-dx * dx * 1.3);
  float top = (0.24 * bell + 0.02) * (0.7 + 0.6 * billow);
  float base = 0.045 + 0.03 * bell;
  float mass = smoothstep(top + 0.025, top - 0.035, y) * smoothstep(base - 0.03, base + 0.02, y) * bell;
  vec3 dark = mix(mix(uShadow, vec3(0.3, 0.33, 0.4), 0.5), uZenith, 0.2);
  vec3 cloud = mix(dark, mix(uWarm, uSkyHorizon, 0.5), smoothstep(top - 0.08, top, y) * 0.45);
  cloud = mix(cloud, uSkyHorizon, 0.2 * (1.0 - billow));
  // Rain veil: soft slanted streaks, thinning toward the horizon and the cloud's edges.
  float streak = vnoise(vec2((uv.x + y * 0.25) * 110.0, y * 4.0));
  float veil = smoothstep(base + 0.01, 0.0, y) * bell * (0.45 + 0.35 * streak) * smoothstep(-0.01, 0.02, y + 0.01);
  col = mix(col, mix(dark, uSkyHorizon, 0.35), veil * storm);
  return mix(col, cloud, clamp(mass * 1.1, 0.0, 0.92) * storm);
}

// Reflections in water use the plain sky: ripples hide clouds anyway, and it halves the cost of a lake.
bool gCheapSky = false;

vec3 paintSky(vec2 uv) {
  vec3 col = skyGradient(uv);
  if (gCheapSky) return skyBody(col, uv);
  col = skyStars(col, uv);
  col = skyBody(col, uv);
  col = skyStorm(col, uv);
  col = skyClouds(col, uv);
  return col;
}
