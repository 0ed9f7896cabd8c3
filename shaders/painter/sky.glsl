// Sky: gradient by time of day, a glow band toward the sun, sun or moon, soft clouds, stars, a far storm.

vec3 skyGradient(vec2 uv) {
  float h = clamp((uv.y - uHorizon) / max(0.05, 1.0 - uHorizon), 0.0, 1.0);
  vec3 col = mix(uSkyHorizon, uZenith, pow(h, 0.75));
  // The horizon glows toward the sun: warm near it, fading across the sky.
  float dx = uv.x - uSun.x;
  float band = exp(-h * 4.5) * exp(-dx * dx * 2.2);
  float halo = exp(-length(uv - uSun.xy) * 3.2);
  col = mix(col, uGlow, clamp((band * 0.8 + halo * 0.55) * uSun.w, 0.0, 1.0));
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
  float band = exp(-bandD * bandD * 40.0) * uStars;
  float dust = fbm4(q * vec2(3.0, 9.0) + uOffset) * band;
  col = mix(col, mix(uSkyHorizon, uGlow, 0.5) + 0.05, dust * 0.35 * h);
  float r;
  float s1 = cellDot(uv * 150.0, 0.13 + 2.0 * px() * 150.0 * 0.25, 0.16 * uStars + 0.2 * band, r);
  float s2 = cellDot(uv * 60.0 + 3.1, 0.08 + 2.0 * px() * 60.0 * 0.4, 0.22 * uStars, r);
  float twinkle = 0.45 + 0.55 * r;
  vec3 starCol = mix(vec3(0.95, 0.93, 0.86), vec3(0.85, 0.9, 1.0), r);
  float fade = smoothstep(0.02, 0.35, h);
  col = mix(col, starCol, clamp(s1 * 0.6 + s2 * twinkle, 0.0, 1.0) * fade);
  return col;
}

// A storm stays far off: a low cloud bank on the calm side of the picture with a faint rain curtain.
vec3 skyStorm(vec3 col, vec2 uv) {
  float storm = uWeatherB.z;
  if (storm < 0.01) return col;
  float side = uFocal.x < 0.5 ? 0.78 : 0.22;
  float dx = (uv.x - side) * 2.2;
  float y = uv.y - uHorizon;
  float mass = fbm4(vec2(uv.x * 3.0, uv.y * 5.0) + uOffset + 9.0);
  float top = 0.22 * exp(-dx * dx) + 0.08 * mass;
  float m = smoothstep(top, top - 0.06, y) * smoothstep(-0.02, 0.03, y);
  vec3 bank = mix(mix(uShadow, uZenith, 0.45), uSkyHorizon, 0.25);
  float curtain = smoothstep(0.7, 0.0, abs(dx)) * smoothstep(top * 0.6, 0.0, y) * (0.6 + 0.4 * vnoise(vec2(uv.x * 40.0 + uv.y * 8.0, 0.5)));
  col = mix(col, bank, clamp(m * 0.8 + curtain * 0.35, 0.0, 1.0) * storm);
  return col;
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
