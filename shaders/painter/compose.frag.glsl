// Compose pass: brush wobble → this program's composition → weather. Writes display (sRGB) values into a
// half-float target; the finish pass adds the surface. One program per composition (COMPOSITION is
// #defined), because SwiftShader pays for every branch of a switch.

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
    float f1 = cellDot((uv + drift) * 45.0 + uOffset, 0.16, snow * 0.55, r);
    float f2 = cellDot((uv + drift * 2.0) * 90.0 + uOffset, 0.14, snow * 0.5, r);
    col = mix(col, vec3(0.96, 0.96, 0.97), clamp(f1 * 0.8 + f2 * 0.5, 0.0, 1.0));
  }
  return col;
}

void main() {
  vec2 uv = vUv;
  // Brush wobble: edges drift a little so nothing is ruler-straight, as with a loaded brush.
  vec2 wob = vec2(vnoise(uv * vec2(22.0, 64.0) + uOffset), vnoise(uv * vec2(64.0, 22.0) + uOffset + 3.0)) - 0.5;
  vec2 p = uv + wob * 0.005 * uFinishA.x;
#if COMPOSITION == 0
  vec3 col = paintBeach(p);
#elif COMPOSITION == 1
  vec3 col = paintForest(p);
#elif COMPOSITION == 2
  vec3 col = paintMeadow(p);
#elif COMPOSITION == 3
  vec3 col = paintMountainLake(p);
#elif COMPOSITION == 4
  vec3 col = paintSnow(p);
#elif COMPOSITION == 5
  vec3 col = paintGarden(p);
#elif COMPOSITION == 6
  vec3 col = paintDesert(p);
#elif COMPOSITION == 7
  vec3 col = paintUnderwater(p);
#elif COMPOSITION == 8
  vec3 col = paintNight(p);
#else
  vec3 col = paintAbstract(p);
#endif
  col = paintWeather(col, uv);
  // Brush strokes (here at compose size: they are soft anyway, and the finish pass runs at full size): short elongated dabs, mostly horizontal, their direction drifting slowly.
  float angle = (vnoise(uv * 2.5 + uOffset) - 0.5) * 0.9;
  vec2 dir = vec2(cos(angle), sin(angle));
  vec2 s = vec2(dot(uv, dir), dot(uv, vec2(-dir.y, dir.x)));
  float stroke = vnoise(s * vec2(150.0, 420.0) + uOffset);
  col *= 1.0 + (stroke - 0.5) * 0.05 * uFinishA.x;
  outColour = vec4(col, 1.0);
}
