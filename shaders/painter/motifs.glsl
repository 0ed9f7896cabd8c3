// Motifs the client named (recipe.motifs): far birds, a small sail, palms. Each is a handful of distance tests
// inside its own bounding box, so pixels elsewhere pay one comparison.

// A soft "v": two wings that rise and curl down at the tips, thinning toward them. Far birds are pale.
vec3 paintBirds(vec3 col, vec2 uv) {
  vec3 ink = mix(mix(uShadow, uZenith, 0.35), uSkyHorizon, 0.25) * 0.8;
  for (int i = 0; i < 5; i++) {
    if (i >= uBirdCount) break;
    vec3 b = uBirds[i];
    vec2 q = (uv - b.xy) / b.z;
    if (abs(q.x) > 1.1 || abs(q.y) > 0.7) continue;
    float ax = abs(q.x);
    float wing = 0.55 * ax - 0.45 * ax * ax;
    float th = 0.05 + 0.07 * (1.0 - ax);
    float aa = 1.5 * px() / b.z;
    float m = smoothstep(th + aa, th - aa, abs(q.y - wing)) * smoothstep(1.0, 0.85, ax);
    col = mix(col, ink, m * 0.75);
  }
  return col;
}

// A small sailing boat: a warm-lit sail over a dark hull, its reflection broken in the water below.
vec3 boatShape(vec3 col, vec2 uv, float strength) {
  vec2 q = (uv - uBoat.xy) / uBoat.z;
  if (abs(q.x) > 0.7 || q.y < -0.1 || q.y > 1.05) return col;
  float aa = 1.5 * px() / uBoat.z;
  float side = uFocal.x < 0.5 ? -1.0 : 1.0;
  // Hull: a shallow crescent across the waterline.
  float hull = smoothstep(aa, -aa, abs(q.y - 0.02) - 0.05 + 0.12 * q.x * q.x) * step(abs(q.x), 0.42);
  // Mainsail: a triangle from the mast, leaning into the wind; a little jib on the other side.
  float t = (q.y - 0.08) / 0.92;
  float sx = q.x * side;
  float main = smoothstep(-aa, aa, sx) * smoothstep(aa, -aa, sx - 0.42 * (1.0 - t)) * step(0.0, t) * step(t, 1.0);
  float jib = smoothstep(-aa, aa, -sx) * smoothstep(aa, -aa, -sx - 0.2 * (1.0 - t) * t * 3.0) * step(0.0, t) * step(t, 0.8);
  vec3 sail = mix(mix(uWarm, vec3(0.96, 0.94, 0.9), 0.5), uSunColour, 0.2);
  vec3 shadeSail = mix(sail, uShadow, 0.35);
  col = mix(col, mix(uShadow, uTrunk, 0.5) * 0.7, hull * strength);
  col = mix(col, sail, main * strength);
  return mix(col, shadeSail, jib * strength);
}

vec3 paintBoat(vec3 col, vec2 uv) {
  if (uBoat.z <= 0.0 || abs(uv.x - uBoat.x) > uBoat.z * 0.75) return col;
  if (uv.y < uBoat.y) {
    if (uv.y < uBoat.y - uBoat.z * 1.05) return col;
    // Mirrored and rippled: the reflection is a faint, broken copy.
    float rip = vnoise(vec2(uv.x * 200.0, uv.y * 60.0)) - 0.5;
    return boatShape(col, vec2(uv.x + rip * 0.004, 2.0 * uBoat.y - uv.y), 0.3);
  }
  return boatShape(col, uv, 0.92);
}

// Palms: a curved trunk rising from the near sand, a crown of drooping fronds, dark against the sky.
vec3 paintPalms(vec3 col, vec2 uv) {
  for (int i = 0; i < 2; i++) {
    if (i >= uPalmCount) break;
    vec3 p = uPalms[i];
    float h = p.y;
    float lean = p.z * 0.22 * h;
    vec2 crown = vec2(p.x + lean, h);
    float L = h * 0.32;
    vec2 d = uv - crown;
    if (uv.y < 0.0 || abs(d.x) > L * 1.2 + abs(lean) + 0.02 || d.y > L * 0.5) continue;
    vec3 leaf = mix(uTreeColour, uShadow, 0.35) * 0.85;
    vec3 bark = mix(uTrunk, uShadow, 0.3);
    float t = clamp(uv.y / h, 0.0, 1.0);
    float cx = p.x + lean * t * t;
    float w = h * (0.022 - 0.01 * t);
    float trunk = smoothstep(w + px(), w - px(), abs(uv.x - cx)) * step(uv.y, h);
    float lit = clamp((uv.x - cx) / w * sign(uSun.x - cx) * 0.5 + 0.5, 0.0, 1.0);
    // Rings along the trunk, the cheap sign of a palm.
    bark *= 0.9 + 0.15 * lit + 0.08 * step(0.5, fract(uv.y / (h * 0.035)));
    col = mix(col, bark, trunk);
    // Fronds reach at most about L from the crown (plus their droop): skip the loop everywhere else.
    if (length(d * vec2(1.0, 0.8)) > L * 1.2) continue;
    float fr = 0.0;
    for (int k = 0; k < 7; k++) {
      float a = 3.14159 * (0.04 + float(k) / 6.0 * 0.92) + p.z * 0.2;
      vec2 dir = vec2(cos(a), sin(a));
      float s = clamp(dot(d, dir), 0.0, L);
      vec2 c = dir * s - vec2(0.0, 0.7 * s * s / L);
      float f = s / L;
      float wd = L * 0.075 * f * (1.0 - f) * 4.0 * (1.0 - 0.5 * f) + px();
      fr = max(fr, smoothstep(wd + px(), wd - px(), length(d - c)));
    }
    col = mix(col, leaf, fr);
  }
  return col;
}
