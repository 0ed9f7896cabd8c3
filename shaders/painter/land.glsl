// Land: layered ridges with aerial perspective, water, trees, flowers.

vec3 haze() { return mix(uSkyHorizon, uZenith, 0.2); }

// Ridge profiles depend on x only, so they are computed once on the CPU (profiles.ts) and read here:
// one texture fetch instead of ten integer hashes per ridge per pixel.
float ridgeLine(int i, float x) {
  vec4 r = uRidge[i];
  return r.x + r.y * (texture(uProfiles, vec2(x, (float(i) + 0.5) / 8.0)).r - 0.3);
}

// Which face of a crest the sun lights (dunes, drifts): the crest's slope, sampled a little away from the sun
// the deeper the pixel lies below it, so the light/shadow boundary falls from each peak in a curve.
float crestLight(int i, float x, float below, float reach) {
  float dir = uSun.x > 0.5 ? 1.0 : -1.0;
  float xs = x - dir * below * reach;
  float slope = (ridgeLine(i, xs + 0.01) - ridgeLine(i, xs - 0.01)) * 50.0;
  return smoothstep(0.18, -0.18, slope * dir);
}

// Soft edge width: calmer recipes paint softer edges, nearer planes a little crisper.
float edgeW(float farness) { return px() * (1.5 + 3.0 * uFinishB.y) * (1.0 + farness); }

// Ridges [from, to) composited front to back: returns premultiplied colour and the transmittance left for
// whatever lies behind, so pixels under the nearest hill stop after one ridge (SwiftShader budget).
// Each plane is lightened toward the haze at its foot (valley mist) — aerial perspective, as in a painting.
vec4 paintRidges(vec2 uv, int from, int to, bool snowcaps) {
  vec3 acc = vec3(0.0);
  float trans = 1.0;
  for (int i = to - 1; i >= from; i--) {
    vec4 r = uRidge[i];
    if (uv.y > r.x + r.y * 0.7 + 0.01) continue;
    float y = ridgeLine(i, uv.x);
    float farness = 1.0 - float(i) / max(1.0, float(uRidgeCount - 1));
    float w = edgeW(farness);
    float m = smoothstep(y + w, y - w, uv.y);
    if (m <= 0.0) continue;
    vec3 rc = uRidgeColour[i];
    float below = y - uv.y;
    // Light along the slope: compare with the line a little toward the sun.
    float dir = uSun.x > uv.x ? 1.0 : -1.0;
    float slope = (ridgeLine(i, uv.x + 0.004 * dir) - y) / 0.004;
    // Soft-saturating, so gentle slopes shade gently instead of flipping to full light or shadow.
    float facing = 0.5 + 0.5 * r.w * slope / (1.0 + abs(slope)) * (1.0 - 0.5 * smoothstep(0.0, r.y + 0.05, below));
    rc = mix(mix(rc, uShadow, 0.18), mix(rc, uWarm, 0.22), facing);
    if (snowcaps && farness > 0.01) {
      float capLine = r.x + r.y * (0.2 + 0.1 * vnoise(vec2(uv.x * 30.0, 1.0)));
      float cap = smoothstep(capLine, capLine + 0.03, uv.y);
      vec3 snow = mix(mix(uWarm, vec3(0.95), 0.45), mix(uShadow, vec3(0.88), 0.5), smoothstep(0.6, 0.3, facing));
      rc = mix(rc, mix(snow, haze(), farness * 0.3), cap * 0.92);
    }
    float mist = clamp(below / (r.y * 0.9 + 0.05), 0.0, 1.0);
    rc = mix(rc, haze(), mist * (0.2 + uWeatherA.y * 0.45) * (0.35 + farness));
    acc += trans * m * rc;
    trans *= 1.0 - m;
    if (trans < 0.003) break;
  }
  return vec4(acc, trans);
}

// Perspective ground: distance grows toward the horizon, so texture shrinks as it recedes.
float groundDepth(vec2 uv, float top) { return 1.0 / (max(top - uv.y, 0.0) + 0.06); }

vec3 paintGround(vec2 uv, float top) {
  float t = clamp((top - uv.y) / max(0.05, top), 0.0, 1.0);
  vec3 col = mix(uGroundFar, uGroundNear, smoothstep(0.0, 1.0, t));
  float z = groundDepth(uv, top);
  float patchy = fbm3(vec2((uv.x - 0.5) * z * 1.2, z * 0.9) + uOffset);
  col *= 0.93 + 0.14 * patchy;
  return mix(col, haze(), (1.0 - t) * 0.25);
}

// Flowers scattered on perspective ground: each jittered dot is a blossom, smaller with distance.
vec3 paintFlowers(vec3 col, vec2 uv, float top, float density, float scale) {
  if (density < 0.01 || uv.y > top) return col;
  float z = groundDepth(uv, top);
  vec2 p = vec2((uv.x - 0.5) * z * scale, z * scale * 0.45);
  float fade = smoothstep(top, top - 0.04, uv.y);
  for (int k = 0; k < 2; k++) {
    float r;
    vec2 q = p * (k == 0 ? 1.0 : 1.7) + float(k) * 5.3;
    float m = cellDot(q, 0.28, density * 0.7, r);
    float pick = fract(r * 7.13);
    vec3 fc = pick < 0.5 ? uFlower[0] : pick < 0.8 ? uFlower[1] : uFlower[2];
    fc = mix(fc, haze(), 0.45 / (1.0 + (top - uv.y) * 8.0));
    col = mix(col, fc, m * fade * 0.9);
  }
  return col;
}

// Conifer silhouettes standing on a baseline: a ragged triangle per jittered cell.
float pines(vec2 uv, float base, float cells, float height, float keep, float salt) {
  float x = uv.x * cells + salt;
  float cell = floor(x);
  float best = 0.0;
  for (int k = -1; k <= 1; k++) {
    float c = cell + float(k);
    ivec2 ic = ivec2(int(c), int(salt * 10.0));
    float r = rnd2(ic);
    if (r > keep) continue;
    float cx = (c + 0.5 + (rnd2(ic + ivec2(3, 1)) - 0.5) * 0.6) / cells - salt / cells;
    float h = height * (0.6 + 0.6 * rnd2(ic + ivec2(1, 3)));
    float y = (uv.y - base) / h;
    float halfW = (1.0 - y) * h * 0.28 * (0.85 + 0.3 * vnoise(vec2(uv.y * 160.0, c)));
    float d = abs(uv.x - cx) - halfW;
    float m = smoothstep(px() * 1.5, -px() * 1.5, d) * step(0.0, y) * step(y, 1.0);
    best = max(best, m);
  }
  return best;
}

// A still-water surface: mirrored sky colour broken by horizontal ripples and a path of light under the sun.
vec3 paintWaterSurface(vec2 uv, vec3 reflected, float level) {
  float depth = clamp((level - uv.y) / max(0.05, level), 0.0, 1.0);
  float z = 1.0 / (depth + 0.04);
  float ripple = vnoise(vec2(uv.x * 9.0 * z, z * 14.0) + uOffset) ;
  ripple = ripple * 0.7 + 0.3 * vnoise(vec2(uv.x * 30.0 * z, z * 40.0));
  float fresnel = mix(0.85, 0.35, depth) * uWaterP.x;
  vec3 col = mix(uWater, reflected, fresnel);
  col *= 0.94 + 0.12 * ripple;
  // The sun's (or moon's) path of light, widening toward the viewer.
  float dx = abs(uv.x - uSun.x) / (0.015 + depth * 0.12);
  float glitter = exp(-dx * dx) * smoothstep(0.55, 0.8, ripple) * step(0.0, uSun.y - level);
  col = mix(col, mix(uSunColour, uGlow, 0.3), glitter * 0.7 * uSun.w);
  return col;
}
