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

vec3 paintDesert(vec2 uv) {
  // Far mesas, then long smooth dunes: each crest divides a warm sunlit face from a soft, cool shadow face,
  // the boundary curving down from every peak (crestLight), with fine wind ripples following the crest.
  vec3 col = overSky(paintRidges(uv, 0, 1, false), uv);
  for (int i = 1; i < 5; i++) {
    if (i >= uRidgeCount) break;
    vec4 r = uRidge[i];
    if (uv.y > r.x + r.y * 0.8 + 0.01) continue;
    float crest = ridgeLine(i, uv.x);
    float m = smoothstep(crest + edgeW(0.2), crest - edgeW(0.2), uv.y);
    if (m <= 0.0) continue;
    float below = crest - uv.y;
    float farness = 1.0 - float(i) / float(uRidgeCount - 1);
    float lit = crestLight(i, uv.x, below, 0.7);
    vec3 base = uRidgeColour[i];
    vec3 litCol = mix(mix(base, uGroundFar, 0.2), uWarm, 0.35) * 1.05;
    vec3 shadeCol = mix(base, uShadow, 0.5) * 0.86;
    vec3 dune = mix(shadeCol, litCol, lit);
    // A bright lip along the lit crest, and the trough at the foot of each dune a little deeper.
    dune = mix(dune, litCol * 1.06, smoothstep(0.014, 0.0, below) * lit * 0.5);
    dune *= 1.0 - 0.08 * smoothstep(0.0, r.y + 0.08, below);
    dune *= 0.975 + 0.05 * vnoise(vec2(uv.x * 14.0, below * 120.0 / (1.0 + farness * 2.0)) + uOffset);
    dune = mix(dune, haze(), farness * 0.22);
    col = mix(col, dune, m);
  }
  return col;
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
