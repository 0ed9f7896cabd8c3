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
    if (uv.y < 0.0 || abs(d.x) > L * 1.2 + abs(lean) + 0.02 || d.y > L * 1.1) continue;
    vec3 leaf = mix(uTreeColour, uShadow, 0.35) * 0.85;
    vec3 bark = mix(uTrunk, uShadow, 0.3);
    float t = clamp(uv.y / h, 0.0, 1.0);
    // A gently bowed trunk (lean plus a slight opposite bow low down), tapering, with faint rings.
    float cx = p.x + lean * t * t + 0.012 * h * sin(3.14159 * t) * sign(-p.z + 0.001);
    float w = h * (0.02 - 0.009 * t);
    float trunk = smoothstep(w + px(), w - px(), abs(uv.x - cx)) * step(uv.y, h);
    float lit = clamp((uv.x - cx) / w * sign(uSun.x - cx) * 0.5 + 0.5, 0.0, 1.0);
    float ring = smoothstep(0.35, 0.5, fract(uv.y / (h * 0.045))) * smoothstep(0.65, 0.5, fract(uv.y / (h * 0.045)));
    bark *= 0.92 + 0.14 * lit - 0.05 * ring;
    col = mix(col, bark, trunk);
    // Fronds reach at most about 1.2 L from the crown: skip the loop everywhere else.
    if (length(d) > L * 1.2) continue;
    float fr = 0.0;
    // Six thin fronds spread around the crown, each arching out along its direction and bending toward the
    // ground (distance to a parabola in the frond's own frame), tapering to the tip with a feathered edge.
    for (int k = 0; k < 6; k++) {
      vec2 rr = rnd22(ivec2(k, i + 17));
      float a = 3.14159 * (-0.1 + (float(k) + 0.4 * rr.x) * 0.22) + p.z * 0.15;
      vec2 dir = vec2(cos(a), sin(a));
      vec2 perp = vec2(dir.y, -dir.x) * (dir.x > 0.0 ? 1.0 : -1.0);
      float len = L * (0.8 + 0.35 * rr.y);
      float s = dot(d, dir);
      if (s < 0.0 || s > len) continue;
      float f = s / len;
      float bend = 0.55 + 0.3 * rr.x;
      float off = dot(d, perp) - bend * s * f;
      float dist = abs(off) / sqrt(1.0 + 4.0 * bend * bend * f * f);
      float feather = 0.85 + 0.3 * abs(fract(s / L * 26.0) - 0.5);
      float wd = L * 0.055 * pow(1.0 - f, 0.8) * min(f * 6.0, 1.0) * feather + px() * 0.4;
      fr = max(fr, smoothstep(wd + px(), wd - px(), dist));
    }
    col = mix(col, leaf, fr);
  }
  return col;
}
