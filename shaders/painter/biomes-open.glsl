// Compositions for garden, desert, underwater, night sky and abstract.

vec3 paintGarden(vec2 uv) {
  float hz = uHorizon;
  vec3 col = overSky(paintRidges(uv, 0, uRidgeCount, false), uv);
  // Round trees stand behind the hedge on both sides, framing the focal third.
  col = loneTree(col, uv, vec2(uFocal.x < 0.5 ? 0.86 : 0.14, hz + 0.02), 0.09);
  col = loneTree(col, uv, vec2(uFocal.x < 0.5 ? 0.68 : 0.32, hz + 0.03), 0.05);
  if (uv.y > hz) return col;
  // A lawn with a path leading to the focal point, flower beds along both sides of the path.
  vec3 lawn = paintGround(uv, hz);
  float t = clamp(uv.y / hz, 0.0, 1.0);
  float pathX = mix(mix(0.5, 1.0 - uFocal.x, 0.3), uFocal.x, pow(t, 0.8));
  float pathW = mix(0.13, 0.01, pow(t, 0.75));
  float d = abs(uv.x - pathX);
  float z = groundDepth(uv, hz);
  float stripes = 0.96 + 0.06 * step(0.5, fract((uv.x - 0.5) * z * 0.35 + 0.1));
  lawn *= mix(1.0, stripes, 0.6);
  float bedW = pathW * 2.2 + 0.02;
  float bed = smoothstep(pathW * 1.25, pathW * 1.4, d) * smoothstep(pathW + bedW + 0.01, pathW + bedW, d);
  vec3 soil = mix(uGroundNear, uTrunk, 0.4);
  vec3 g = mix(lawn, soil, bed * 0.6);
  g = paintFlowers(g, uv, hz, mix(uFlowerDensity * 0.15, 1.0, bed), 12.0);
  vec3 gravel = mix(mix(uGroundFar, uWarm, 0.4), vec3(0.9, 0.86, 0.8), 0.3);
  gravel *= 0.96 + 0.06 * vnoise(vec2((uv.x - 0.5) * z * 20.0, z * 20.0));
  g = mix(g, gravel, smoothstep(pathW, pathW * 0.8, d));
  return mix(col, g, smoothstep(hz + 0.003, hz - 0.003, uv.y));
}

// Dunes: each plane is a row of asymmetric waves along a slowly warped phase, so crests sweep in long curves.
// A wave rises gently on its windward side to a sharp-ish crest and drops down a steeper slip face; its height is
// zero at both troughs, so every dune can take its own height and crest position without a seam.
float duneWave(float f, float c) {
  float t = f < c ? f / c : (1.0 - f) / (1.0 - c);
  return t * t * (2.7 - 1.7 * t);
}

float dunePhase(int i, float x, float dir) {
  float cells = 0.28 * uRidge[i].z + 0.22;
  return dir * x * cells + 0.45 * vnoise1(x * 1.3 + float(i) * 5.7 + uOffset.x) + float(i) * 0.37;
}

// Height (0…1) of plane i at phase p; writes the dune's fraction and crest position.
float duneHeight(int i, float p, out float f, out float c) {
  ivec2 ic = ivec2(int(floor(p)) + 64, i + 40);
  vec2 r = rnd22(ic);
  f = fract(p);
  c = 0.55 + 0.25 * r.x;
  return (0.45 + 0.55 * r.y) * duneWave(f, c);
}

vec3 saturate3(vec3 c, float k) { return max(vec3(0.0), mix(vec3(luma(c)), c, k)); }

vec3 paintDesert(vec2 uv) {
  // Three to five planes of long dunes, nearest first (pixels under a near dune stop there). Each crest parts a
  // warm lit windward face from a cool slip face; the parting line falls from the crest in a sweeping S-curve.
  float dir = uSun.x < 0.5 ? 1.0 : -1.0;
  int last = uRidgeCount - 1;
  vec3 acc = vec3(0.0);
  float trans = 1.0;
  for (int i = 4; i >= 0; i--) {
    if (i > last) continue;
    vec4 r = uRidge[i];
    // The farthest plane is a long low swell along the horizon line: it gives the picture its horizon.
    float amp = i == 0 ? r.y * 0.3 + 0.01 : r.y * 0.62 + 0.02;
    float baseY = i == 0 ? uHorizon : r.x - r.y * 0.35;
    if (uv.y > baseY + amp + 0.01) continue;
    float f, c;
    float p = dunePhase(i, uv.x, dir);
    float swell = vnoise1(uv.x * 2.2 + float(i) * 3.1);
    float y = baseY + amp * (0.8 * duneHeight(i, p, f, c) + 0.2 * swell);
    float farness = float(last - i) / float(max(last, 1));
    float w = edgeW(farness);
    float m = smoothstep(y + w, y - w, uv.y);
    if (m <= 0.0) continue;
    float below = y - uv.y;
    // The crest line descends from each peak and sweeps across the dune toward its lit side in an S-curve, so the
    // shadowed slip face widens toward the foot; the trough line behind it drifts the other way, more gently.
    float t = clamp(below / (amp * 0.7 + 0.02), 0.0, 1.6);
    float back = max(t - 1.0, 0.0);
    float sweep = 0.28 * t * (2.0 - t) - 0.15 * back * back + 0.04 * (vnoise1(below * 12.0 + float(i)) - 0.5);
    float f2, c2;
    duneHeight(i, p + 0.1 * t, f2, c2);
    c2 -= sweep * c2;
    float aa = px() * (0.28 * r.z + 0.22) * (2.0 + 3.0 * uFinishB.y) * (1.0 + farness);
    float windward = smoothstep(c2 + aa, c2 - aa, f2) * smoothstep(0.0, 0.12 + 0.1 * t, f2);
    vec3 base = mix(uRidgeColour[i], uGroundNear, 0.35);
    vec3 litCol = saturate3(mix(mix(base, uGroundFar, 0.3), uWarm, 0.3) * 1.1, 1.4);
    vec3 shadeCol = saturate3(mix(mix(base, uAccent, 0.12) * 0.9, uShadow, 0.2), 1.5);
    // Lit faces brighten toward the crest; slip faces take a little warm bounce light toward their foot.
    vec3 lit = mix(mix(base, litCol, 0.6), litCol, smoothstep(0.0, 1.0, f2 / c2));
    vec3 shade = mix(shadeCol, mix(shadeCol, litCol, 0.3), smoothstep(0.2, 1.0, t) * 0.5);
    // Far planes are flatter in light as well as in shape; the farthest is one soft tone under the sky.
    windward = mix(windward, 0.45, farness * (i == 0 ? 1.0 : 0.45));
    vec3 dune = mix(shade, lit, windward);
    // A soft highlight along the silhouette crest.
    dune = mix(dune, litCol * 1.05, smoothstep(0.012, 0.0, below) * 0.35);
    if (i == last) {
      // Wind ripples only in the foreground: fine lines following the dune, wider apart near the viewer.
      float v = 34.0 * sqrt(max(below, 0.0)) + 1.6 * vnoise1(uv.x * 3.0 + uOffset.y) + uv.x * dir * 4.0;
      float rip = smoothstep(0.15, 0.5, fract(v)) * smoothstep(0.95, 0.55, fract(v));
      dune *= 1.0 - 0.07 * rip * smoothstep(0.02, 0.12, below) * (0.6 + 0.4 * windward);
    }
    dune = mix(dune, haze(), pow(farness, 0.8) * 0.32 + 0.04);
    // The horizon plane takes a little of the cool shadow: a quiet lilac band under the warm sky.
    if (i == 0) dune = mix(dune, mix(uShadow, haze(), 0.45), 0.35);
    acc += trans * m * dune;
    trans *= 1.0 - m;
    if (trans < 0.003) break;
  }
  return trans > 0.002 ? acc + trans * paintSky(uv) : acc;
}

vec3 paintUnderwater(vec2 uv) {
  // Light falls from a bright rippled surface into blue-green depth.
  vec3 top = mix(uSkyHorizon, uWater, 0.35) + vec3(0.04, 0.08, 0.06);
  vec3 deep = mix(uWater, uShadow, 0.4) * 0.8;
  vec3 col = mix(deep, top, pow(clamp(uv.y, 0.0, 1.0), 1.4));
  float surface = 0.93 + 0.02 * vnoise(vec2(uv.x * 8.0, 1.0) + uOffset);
  float cell = fbm3(uv * vec2(14.0, 40.0) + uOffset);
  vec3 surfCol = mix(top, vec3(0.93, 0.97, 0.92), 0.5 + 0.5 * smoothstep(0.45, 0.7, cell));
  col = mix(col, surfCol, smoothstep(surface - 0.01, surface + 0.01, uv.y) * 0.85);
  // Rays fan out from above the frame, fading as they sink.
  float a = (uv.x - uSun.x) / (uSun.y - uv.y);
  float rays = vnoise(vec2(a * 7.0 + uOffset.x, 0.5)) * 0.6 + vnoise(vec2(a * 19.0 + uOffset.x, 3.5)) * 0.4;
  float fade = smoothstep(0.0, 0.9, uv.y) * (1.0 - uWeatherA.y * 0.5);
  col = mix(col, mix(top, vec3(0.95, 0.98, 0.9), 0.5), smoothstep(0.45, 0.85, rays) * 0.4 * fade);
  // The sea floor: soft sandy ridges fading into the blue, caustic light on the nearest.
  vec4 floorL = paintRidges(uv, 0, uRidgeCount, false);
  if (floorL.w < 0.999) {
    vec3 floorCol = floorL.rgb / max(0.001, 1.0 - floorL.w);
    float caustic = abs(2.0 * vnoise(uv * vec2(26.0, 44.0) + uOffset) - 1.0);
    floorCol = mix(floorCol, top, smoothstep(0.15, 0.0, caustic) * 0.3);
    floorCol = mix(floorCol, col, 0.35);
    col = mix(floorCol, col, floorL.w);
  }
  // Kelp ribbons rising from the floor in two depths: each sways more the higher it reaches (anchored below)
  // and twists, its width breathing along its length; faces turned to the light are paler.
  for (int k = 0; k < 2; k++) {
    float t = float(k);
    float cells = mix(15.0, 7.0, t);
    float base = uHorizon - 0.04 - t * 0.12;
    if (uv.y < base) continue;
    float xc = uv.x * cells + t * 7.0;
    float c0 = floor(xc);
    for (int j = -1; j <= 1; j++) {
      float c = c0 + float(j);
      vec2 r2 = rnd22(ivec2(int(c), k + 20));
      if (r2.x > uTrees.x) continue;
      float h = (0.22 + 0.38 * r2.y) * (0.6 + uTrees.y);
      float s = (uv.y - base) / h;
      if (s > 1.0) continue;
      float phase = r2.y * 6.28 + c;
      float cx = c + 0.5 + 0.5 * s * sin(s * 3.6 + phase);
      float tw = cos(s * 6.5 + phase * 1.7);
      float wdt = (0.07 + 0.08 * abs(tw)) * (1.0 - 0.55 * s * s);
      float aa = px() * cells * 1.5;
      float m = smoothstep(wdt + aa, wdt - aa, abs(xc - cx)) * smoothstep(1.0, 0.93, s);
      vec3 kelp = mix(uTreeColour * 0.85, mix(uTreeColour, top, 0.45), 0.5 + 0.5 * tw);
      kelp = mix(kelp, col, mix(0.45, 0.08, t));
      col = mix(col, kelp, m);
    }
  }
  // Drifting motes catch the light.
  float r;
  float mote = cellDot(uv * 55.0 + uOffset, 0.08, 0.25, r);
  return mix(col, top + 0.08, mote * 0.5 * (0.4 + r));
}

vec3 paintNight(vec2 uv) {
  // Far ridges under a luminous horizon (skyGradient), then a shaped near hill rising on the side away from
  // the moon, moonlit along its rim, with a few pines on its shoulder.
  int last = uRidgeCount - 1;
  vec3 col = overSky(paintRidges(uv, 0, last, false), uv);
  float hillX = uSun.x < 0.5 ? 0.82 : 0.18;
  float dh = (uv.x - hillX) / 0.3;
  float top = ridgeLine(last, uv.x) + 0.12 * exp(-dh * dh);
  if (uv.y > top + 0.08) return col;
  vec3 land = mix(uRidgeColour[last], uShadow, 0.25);
  land = mix(land, mix(uGlow, uSunColour, 0.4), smoothstep(0.02, 0.0, top - uv.y) * 0.22);
  col = mix(col, land, smoothstep(top + edgeW(0.0), top - edgeW(0.0), uv.y));
  float p = pines(uv, top - 0.008, 34.0, 0.06 + 0.04 * uTrees.y, 0.35 + uTrees.x * 1.5, 3.0);
  p *= smoothstep(0.3, 0.1, abs(uv.x - hillX));
  return mix(col, mix(uTreeColour, uShadow, 0.4) * 0.9, p);
}

vec3 paintAbstract(vec2 uv) {
  // Slow colour fields: soft stacked rectangles of the palette, gently marbled, and one glowing shape.
  vec2 w = uv + 0.06 * (vec2(fbm3(uv * 2.0 + uOffset), fbm3(uv * 2.0 + uOffset + 5.2)) - 0.5);
  vec3 col = mix(uSkyHorizon, uZenith, smoothstep(0.0, 1.0, w.y));
  float soft = 0.03 + 0.05 * uFinishB.y;
  float b1 = uHorizon;
  float b2 = uHorizon > 0.5 ? uHorizon - 0.3 : uHorizon + 0.3;
  float lo = min(b1, b2);
  float hi = max(b1, b2);
  vec2 inset = vec2(0.08, 0.07);
  float frame = smoothstep(inset.x - soft, inset.x + soft, w.x) * smoothstep(1.0 - inset.x + soft, 1.0 - inset.x - soft, w.x);
  float f0 = frame * smoothstep(lo - soft, lo + soft, w.y) * smoothstep(hi + soft, hi - soft, w.y) ;
  float f1 = frame * smoothstep(hi - soft, hi + soft, w.y - 0.02) * smoothstep(1.0 - inset.y + soft, 1.0 - inset.y - soft, w.y);
  float f2 = frame * smoothstep(lo + soft, lo - soft, w.y + 0.02) * smoothstep(inset.y - soft, inset.y + soft, w.y);
  float marble = fbm4(w * vec2(3.0, 1.2) + uOffset);
  col = mix(col, mix(uRidgeColour[0], uRidgeColour[1], marble * 0.5), f1 * 0.85);
  col = mix(col, mix(uRidgeColour[1], uRidgeColour[2], marble * 0.4), f0 * 0.85);
  col = mix(col, mix(uRidgeColour[2], uRidgeColour[0], marble * 0.3), f2 * 0.85);
  float d = length((w - vec2(uFocal.x, (lo + hi) * 0.5)) * vec2(1.0, 1.1));
  float glow = smoothstep(0.16, 0.05, d + 0.03 * fbm3(w * 8.0));
  col = mix(col, mix(uAccent, uWarm, 0.3), glow * 0.55);
  return col;
}
