// Compose pass: brush wobble → this program's composition → weather. Writes display (sRGB) values into a
// half-float target; the finish pass adds the surface. One program per composition (COMPOSITION, the names of
// all compositions and COMPOSITION_PAINT are #defined from the biome table by shader-defines.ts), because
// SwiftShader pays for every branch of a switch.

vec3 paintWeather(vec3 col, vec2 uv) {
  float fog = uWeatherA.y;
  if (fog > 0.1) {
    float veil = fbm3(vec2(uv.x * 1.6 + uOffset.x, uv.y * 7.0));
    float nearHorizon = exp(-abs(uv.y - uHorizon) * 5.0);
    float amount = fog * (0.2 + 0.55 * nearHorizon) * (0.5 + 0.8 * veil);
    col = mix(col, mix(uSkyHorizon, vec3(0.9), 0.25), clamp(amount, 0.0, 0.85));
  }
  float rain = uWeatherA.z;
  if (rain > 0.01) {
    // Soft, sparse streaks at a slight slant; long and faint, never a downpour.
    vec2 q = vec2(uv.x + uv.y * (0.12 + uWeatherB.y * 0.15), uv.y);
    vec2 cellP = q * vec2(110.0, 7.0);
    ivec2 ic = ivec2(floor(cellP));
    float keep = step(rnd2(ic + ivec2(5, 9)), 0.3 * rain);
    float x = fract(cellP.x) - 0.3 - 0.4 * rnd2(ic);
    float streak = smoothstep(0.12, 0.0, abs(x)) * smoothstep(0.0, 0.5, fract(cellP.y)) * keep;
    col = mix(col, mix(uSkyHorizon, vec3(0.92), 0.4), streak * 0.28);
  }
  float snow = uWeatherB.x;
  if (snow > 0.01) {
    float r;
    vec2 drift = vec2(uv.y * 0.08, 0.0);
    // Gentle flakes: a few larger soft ones near us, sparse small ones behind, never a blizzard.
    float f1 = cellDot((uv + drift) * 38.0 + uOffset, 0.14, snow * 0.4, r);
    float f2 = cellDot((uv + drift * 2.0) * 80.0 + uOffset, 0.12, snow * 0.35, r);
    col = mix(col, vec3(0.96, 0.96, 0.97), clamp(f1 * 0.65 + f2 * 0.4, 0.0, 1.0));
  }
  return col;
}

// Grading, in display values: a gentle S-curve, richer colour, cool shadows and warm light, and a foreground a
// little darker than the far planes — the value structure of a gouache landscape rather than a fogged photo.
vec3 grade(vec3 col, vec2 uv) {
  float l = luma(col);
  col = mix(vec3(l), col, 1.14);
  // Contrast around a light middle value; calmer words (lower uFinishB.x) keep it gentler.
  float k = 1.0 + (uFinishB.x - 0.8) * 0.5;
  col = 0.58 + (col - 0.58) * k;
  // Split toning: shadows lean toward the recipe's cool shadow, light toward its warm light (docs/ART.md).
  vec3 coolTone = uShadow - luma(uShadow);
  vec3 warmTone = uWarm - luma(uWarm);
  col += coolTone * 0.18 * smoothstep(0.55, 0.15, l) + warmTone * 0.22 * smoothstep(0.45, 0.85, l);
  col += vec3(0.02, 0.006, -0.02) * uFinishB.z;
#if COMPOSITION != COMPOSITION_ABSTRACT && COMPOSITION != COMPOSITION_UNDERWATER
  // Aerial perspective in value: the near ground is the darkest, richest plane.
  float nearness = smoothstep(uHorizon, 0.0, uv.y);
  col *= 1.0 - 0.13 * nearness;
#endif
  vec2 v = (uv - 0.5) * vec2(1.0, 1.1);
  float vig = smoothstep(0.35, 0.85, length(v));
  col = mix(col, col * vec3(0.86, 0.84, 0.88), vig * uFinishA.z);
  return clamp(col, 0.035, 0.965);
}

void main() {
  vec2 uv = vUv;
  // Brush wobble: edges drift a little so nothing is ruler-straight, as with a loaded brush.
  vec2 wob = vnoise2(uv * vec2(26.0, 48.0) + uOffset) - 0.5;
  vec2 p = uv + wob * 0.005 * uFinishA.x;
  // The place's own painter, named by the biome table (shader-defines.ts).
  vec3 col = COMPOSITION_PAINT(p);
#if COMPOSITION == COMPOSITION_BEACH || COMPOSITION == COMPOSITION_MOUNTAIN_LAKE
  col = paintBoat(col, p);
#endif
#if COMPOSITION == COMPOSITION_BEACH
  col = paintPalms(col, p);
#endif
#if COMPOSITION != COMPOSITION_COZY_ROOM
  // Indoors, birds and weather belong to the window alone (paintCozyRoom draws its own rain on the glass).
  if (uBirdCount > 0) col = paintBirds(col, p);
  col = paintWeather(col, uv);
#endif
  // Brush strokes: short soft dabs along one gentle diagonal. A fixed direction (not a rotating field) keeps
  // them from curling into wood grain; a slow second noise varies the pressure so they come and go in patches.
  vec2 s = vec2(uv.x * 0.97 + uv.y * 0.24, uv.y * 0.97 - uv.x * 0.24);
  float stroke = vnoise(s * vec2(46.0, 230.0) + uOffset);
  float pressure = vnoise(uv * 7.0 + uOffset + 11.0);
  col *= 1.0 + (stroke - 0.5) * 0.07 * uFinishA.x * pressure;
  outColour = vec4(grade(col, uv), 1.0);
}
