// Cozy room: a window on the focal third with rain on the glass and the day outside, a fireplace glowing on the
// other side, a wooden floor and a rug. The "horizon" is where the floor meets the far wall. Warm lamplight, soft
// edges, no black: the fire's opening is a deep warm brown and its flames are a few soft shapes, never a blaze.

// Soft-edged box: 1 inside [lo, hi], fading over `soft` outside.
float roomBox(vec2 uv, vec2 lo, vec2 hi, float soft) {
  vec2 d = max(lo - uv, uv - hi);
  return smoothstep(soft, -soft, max(d.x, d.y));
}

// The world outside, painted from the recipe's own sky and hills, seen through the window at `q` (0…1 across it).
vec3 roomView(vec2 q) {
  vec2 u = vec2(uFocal.x + (q.x - 0.5) * 0.5, uHorizon - 0.15 + q.y * (1.15 - uHorizon));
  vec3 col = overSky(paintRidges(u, 0, uRidgeCount, false), u);
  // Glass: a little misted, with the room's warmth faintly in it.
  col = mix(col, uSkyHorizon, 0.12);
  col = mix(col, uWarm, 0.06);
  // Rain on the glass, always a little (it is part of the place), more when the words bring rain: round drops
  // that catch the light and a few slow trickles.
  float rain = 0.35 + uWeatherA.z;
  float r;
  float drop = cellDot(q * vec2(26.0, 36.0) + uOffset, 0.2, 0.32 * rain, r);
  float drop2 = cellDot(q * vec2(52.0, 70.0) + uOffset + 3.7, 0.16, 0.3 * rain, r);
  vec3 bead = mix(col, mix(uSkyHorizon, vec3(0.95), 0.5), 0.45);
  col = mix(col, bead, clamp(drop * 0.8 + drop2 * 0.5, 0.0, 1.0));
  float cx = q.x * 30.0;
  ivec2 ic = ivec2(int(floor(cx)), 41);
  float keep = step(rnd2(ic), 0.22 * rain);
  float wob = 0.18 * (vnoise(vec2(floor(cx), q.y * 9.0)) - 0.5);
  float start = rnd2(ic + ivec2(2, 3));
  float trickle = smoothstep(0.09, 0.0, abs(fract(cx) - 0.5 - wob)) * keep * smoothstep(start, start - 0.3, q.y);
  return mix(col, mix(uSkyHorizon, vec3(0.93), 0.35), trickle * 0.55);
}

vec3 roomWindow(vec3 col, vec2 uv, vec2 lo, vec2 hi) {
  vec2 size = hi - lo;
  float soft = px() * 2.0;
  vec3 wood = mix(uGroundNear, uWarm, 0.25);
  // Curtains on both sides in soft folds, in the quiet accent.
  vec3 cloth = mix(mix(uAccent, uGroundFar, 0.45), uWarm, 0.15);
  for (int s = 0; s < 2; s++) {
    float edge = s == 0 ? lo.x : hi.x;
    float side = s == 0 ? -1.0 : 1.0;
    vec2 clo = vec2(min(edge, edge + side * 0.075) - 0.008 * side, lo.y - 0.05);
    vec2 chi = vec2(max(edge, edge + side * 0.075) - 0.008 * side, hi.y + 0.06);
    float m = roomBox(uv, vec2(min(clo.x, chi.x), clo.y), vec2(max(clo.x, chi.x), chi.y), soft * 2.0);
    float folds = 0.86 + 0.14 * sin(uv.x * 190.0 + vnoise1(uv.y * 3.0) * 2.0);
    col = mix(col, cloth * folds, m);
  }
  float frame = roomBox(uv, lo - 0.014, hi + 0.014, soft);
  col = mix(col, wood * 0.92, frame);
  float glass = roomBox(uv, lo, hi, soft);
  if (glass > 0.0) {
    vec2 q = (uv - lo) / size;
    vec3 view = roomView(q);
    // Glazing bars: a cross dividing the window into four panes.
    float bars = max(smoothstep(0.012, 0.006, abs(q.x - 0.5) * size.x), smoothstep(0.012, 0.006, abs(q.y - 0.55) * size.y));
    view = mix(view, wood, bars);
    col = mix(col, view, glass);
  }
  // The sill, lit from above.
  float sill = roomBox(uv, vec2(lo.x - 0.03, lo.y - 0.03), vec2(hi.x + 0.03, lo.y - 0.012), soft);
  return mix(col, mix(wood, uWarm, 0.3) * 1.05, sill);
}

// One soft flame: a teardrop rising from `base`, its height breathing with a slow noise (still, in a painting).
float flame(vec2 uv, vec2 base, float w, float h) {
  float t = (uv.y - base.y) / h;
  if (t < -0.2 || t > 1.0) return 0.0;
  float halfW = w * (1.0 - t * t) * sqrt(max(t + 0.15, 0.0)) + 0.0001;
  float sway = 0.2 * w * sin(t * 3.0 + base.x * 40.0) * t;
  return smoothstep(halfW, halfW * 0.3, abs(uv.x - base.x - sway)) * smoothstep(1.0, 0.6, t);
}

vec3 roomFire(vec3 col, vec2 uv, float fx, float floorY) {
  float soft = px() * 2.0;
  vec3 stone = mix(uGroundFar, vec3(0.74, 0.7, 0.64), 0.5);
  // Stone surround with soft blocks, and a mantel shelf on top.
  vec2 lo = vec2(fx - 0.14, floorY - 0.005);
  vec2 hi = vec2(fx + 0.14, floorY + 0.25);
  float surround = roomBox(uv, lo, hi, soft);
  vec2 blocks = vec2(uv.x * 26.0 + floor(uv.y * 34.0) * 0.5, uv.y * 34.0);
  float seam = max(smoothstep(0.06, 0.0, fract(blocks.x)), smoothstep(0.08, 0.0, fract(blocks.y)));
  vec3 s = stone * (0.93 + 0.08 * rnd2(ivec2(floor(blocks))) - 0.06 * seam);
  col = mix(col, s, surround);
  float mantel = roomBox(uv, vec2(fx - 0.165, hi.y - 0.004), vec2(fx + 0.165, hi.y + 0.018), soft);
  col = mix(col, mix(uGroundNear, uWarm, 0.3), mantel);
  // The opening: deep warm brown, lit from the fire within.
  vec2 olo = vec2(fx - 0.085, floorY + 0.01);
  vec2 ohi = vec2(fx + 0.085, floorY + 0.15);
  float opening = roomBox(uv, olo, ohi, soft) * smoothstep(ohi.y + 0.01, ohi.y - 0.02, uv.y + 0.35 * pow(abs(uv.x - fx) / 0.085, 2.0) * 0.06);
  if (opening > 0.0) {
    float glowIn = exp(-length((uv - vec2(fx, floorY + 0.04)) * vec2(1.0, 1.6)) * 14.0);
    vec3 inside = mix(vec3(0.26, 0.17, 0.12), vec3(0.78, 0.42, 0.2), glowIn * 0.8);
    // Two logs and a handful of soft flames: warm, low and still.
    float logs = max(roomBox(uv, vec2(fx - 0.06, floorY + 0.018), vec2(fx + 0.055, floorY + 0.03), soft * 2.0),
      roomBox(uv, vec2(fx - 0.045, floorY + 0.03), vec2(fx + 0.065, floorY + 0.041), soft * 2.0));
    inside = mix(inside, vec3(0.36, 0.22, 0.14), logs);
    // A low bed of glow over the logs, and a few rounded tongues of flame above it.
    float bed = exp(-pow((uv.x - fx) / 0.06, 2.0) - pow((uv.y - floorY - 0.04) / 0.018, 2.0));
    float f = bed * 0.8;
    f = max(f, flame(uv, vec2(fx - 0.028, floorY + 0.035), 0.03, 0.055));
    f = max(f, flame(uv, vec2(fx + 0.012, floorY + 0.036), 0.036, 0.07));
    f = max(f, flame(uv, vec2(fx + 0.045, floorY + 0.035), 0.024, 0.045));
    float core = max(flame(uv, vec2(fx + 0.012, floorY + 0.034), 0.02, 0.04), bed * 0.7);
    vec3 fire = mix(vec3(0.9, 0.52, 0.28), vec3(0.97, 0.8, 0.56), core);
    inside = mix(inside, fire, f * 0.85);
    col = mix(col, inside, opening);
  }
  // The hearth stone in front, on the floor.
  float hearth = roomBox(uv, vec2(fx - 0.17, floorY - 0.035), vec2(fx + 0.17, floorY - 0.005), soft);
  return mix(col, stone * 0.92, hearth);
}

// A floor lamp beside the window: a slim stand and a warm shade with a soft halo of light on the wall.
vec3 roomLamp(vec3 col, vec2 uv, float x, float floorY) {
  float soft = px() * 2.0;
  vec2 shadeC = vec2(x, floorY + 0.33);
  float halo = exp(-length((uv - shadeC) * vec2(1.0, 1.3)) * 9.0);
  col = mix(col, mix(col, vec3(1.0, 0.86, 0.64), 0.6), halo * 0.55);
  float stand = roomBox(uv, vec2(x - 0.004, floorY - 0.07), vec2(x + 0.004, shadeC.y - 0.03), soft);
  float foot = roomBox(uv, vec2(x - 0.035, floorY - 0.075), vec2(x + 0.035, floorY - 0.065), soft);
  col = mix(col, mix(uGroundNear, uShadow, 0.3), max(stand, foot));
  // The shade: wider at the bottom, glowing warm from within, brightest at its lower rim.
  float t = clamp((uv.y - (shadeC.y - 0.035)) / 0.07, 0.0, 1.0);
  float halfW = mix(0.05, 0.032, t);
  float shade = smoothstep(halfW + soft, halfW - soft, abs(uv.x - x)) *
    smoothstep(shadeC.y - 0.035 - soft, shadeC.y - 0.035 + soft, uv.y) *
    smoothstep(shadeC.y + 0.035 + soft, shadeC.y + 0.035 - soft, uv.y);
  vec3 lit = mix(vec3(0.98, 0.86, 0.64), mix(uWarm, vec3(0.95, 0.72, 0.48), 0.5), t);
  return mix(col, lit, shade);
}

vec3 paintCozyRoom(vec2 uv) {
  float hz = uHorizon;
  float fx = uFocal.x < 0.5 ? 0.77 : 0.23;
  vec2 firePos = vec2(fx, hz + 0.05);
  // Warm light from the fire (and the lamp-lit room around it), strongest near the hearth.
  float glow = exp(-length((uv - firePos) * vec2(1.0, 1.4)) * 2.6);
  vec3 lamp = mix(uWarm, vec3(1.0, 0.74, 0.48), 0.45);
  vec3 col;
  if (uv.y >= hz) {
    // The wall: warm plaster, lighter low and near the fire, softer toward the ceiling.
    float up = (uv.y - hz) / (1.0 - hz);
    col = uGroundFar * mix(1.0, 0.84, up);
    col *= 0.96 + 0.06 * fbm3(uv * vec2(8.0, 12.0) + uOffset);
    // A skirting board along the foot of the wall.
    col = mix(col, mix(uGroundNear, uWarm, 0.2), smoothstep(hz + 0.022, hz + 0.018, uv.y));
  } else {
    // Wooden floorboards running toward the far wall, lit warm in front of the fire.
    vec2 vp = vec2(0.5, hz + 0.35);
    float u = (uv.x - vp.x) / (vp.y - uv.y);
    float board = u * 7.0;
    float id = floor(board);
    float seam = smoothstep(0.05, 0.0, abs(fract(board) - 0.5) - 0.45);
    col = uGroundNear * (0.9 + 0.14 * rnd2(ivec2(int(id), 5)));
    col *= 0.95 + 0.08 * vnoise(vec2(board * 3.0, uv.y * 90.0 / (vp.y - uv.y)));
    col = mix(col, col * 0.78, seam * 0.6);
    // A soft rug in front of the hearth, in the accent, with a quiet border.
    vec2 rc = vec2(mix(0.5, fx, 0.45), hz * 0.45);
    vec2 rd = (uv - rc) / vec2(0.3, 0.11);
    float rl = length(rd);
    vec3 rug = mix(mix(uAccent, uGroundFar, 0.4), uWarm, 0.2);
    rug = mix(rug, mix(uAccent, uShadow, 0.25), smoothstep(0.78, 0.82, rl) * smoothstep(0.9, 0.86, rl));
    rug *= 0.96 + 0.05 * vnoise(uv * vec2(160.0, 220.0));
    col = mix(col, rug, smoothstep(1.0, 0.97, rl));
  }
  col = roomWindow(col, uv, vec2(uFocal.x - 0.12, hz + 0.2), vec2(uFocal.x + 0.12, hz + 0.56));
  col = roomFire(col, uv, fx, hz);
  col = roomLamp(col, uv, uFocal.x < 0.5 ? uFocal.x - 0.21 : uFocal.x + 0.21, hz);
  col = mix(col, col * lamp * 1.12, glow * 0.55);
  // The corners of the room fall a little into soft, cool shade.
  float corner = smoothstep(0.45, 0.95, length((uv - vec2(0.5, 0.45)) * vec2(1.1, 1.0)));
  return mix(col, mix(col, uShadow, 0.4) * 0.88, corner * 0.5);
}
