// Compositions for beach, forest, meadow and mountain lake (snow: biomes-snow.glsl). Each reads at a glance
// by one or two signature shapes (docs/ART.md): surf edge and warm sand; vertical trunks and dappled light…

vec3 overSky(vec4 layer, vec2 uv) { return layer.w > 0.002 ? layer.rgb + layer.w * paintSky(uv) : layer.rgb; }

// Thin grass blades rising from `base`, leaning with the wind.
float grass(vec2 uv, float base, float height, float cells) {
  float x = uv.x * cells;
  float c = floor(x);
  float m = 0.0;
  for (int k = -1; k <= 1; k++) {
    float cc = c + float(k);
    ivec2 ic = ivec2(int(cc), 77);
    float h = height * (0.4 + 0.6 * rnd2(ic));
    float t = (uv.y - base) / h;
    if (t < 0.0 || t > 1.0) continue;
    float lean = (rnd2(ic + ivec2(0, 5)) - 0.5 + uWeatherB.y * 0.8) * 1.6;
    float cx = cc + 0.5 + lean * t * t * h * cells;
    float wdt = 0.22 * (1.0 - t);
    m = max(m, smoothstep(wdt + 0.25, wdt - 0.1, abs(x - cx)));
  }
  return m;
}

// A lone rounded tree (the focal point of meadow and garden).
vec3 loneTree(vec3 col, vec2 uv, vec2 base, float size) {
  vec2 c = base + vec2(0.0, size * 1.35);
  vec2 d = (uv - c) / size;
  float edge = 0.78 + 0.32 * fbm3(uv * 26.0 / (size * 6.0) + uOffset);
  float canopy = smoothstep(edge + 0.06, edge - 0.06, length(d * vec2(0.9, 1.1)));
  float trunk = smoothstep(size * 0.09, size * 0.05, abs(uv.x - base.x - (uv.y - base.y) * 0.08)) *
    step(base.y, uv.y) * step(uv.y, c.y);
  col = mix(col, uTrunk, trunk);
  float lit = clamp(0.5 + dot(d, normalize(vec2(uSun.x - c.x, 0.8))) * 0.6, 0.0, 1.0);
  float dapple = fbm3(uv * 90.0 + uOffset);
  vec3 leaf = mix(mix(uTreeColour, uShadow, 0.3), mix(uTreeColour, uWarm, 0.35), lit * 0.7 + dapple * 0.3);
  return mix(col, leaf, canopy);
}

vec3 paintBeach(vec2 uv) {
  float hz = uHorizon;
  if (uv.y > hz) {
    // A low headland on the side away from the sun gives the sea a far edge.
    float edgeX = uFocal.x < 0.5 ? 1.0 : 0.0;
    float w = smoothstep(0.42, 0.0, abs(uv.x - edgeX));
    if (uv.y < hz + 0.09 * w) {
      vec4 head = paintRidges(vec2(uv.x, hz + (uv.y - hz) / max(w, 0.05)), 0, 2, false);
      if (head.w < 0.999) return overSky(head, uv);
    }
    return paintSky(uv);
  }
  float fx = smoothstep(0.0, 1.0, uv.x);
  float shore = mix(uWaterP.y, uWaterP.z, fx) + 0.02 * (vnoise1(uv.x * 3.0 + uOffset.y) - 0.5);
  vec3 mirrored = skyGradient(vec2(uv.x, 2.0 * hz - uv.y));
  // The sea is only computed where it can show (wet sand mirrors the sky, not the waves): dry sand skips it.
  vec3 sea = mirrored;
  if (uv.y > shore - 0.01) {
    sea = paintWaterSurface(uv, mirrored, hz);
    float depth = clamp((hz - uv.y) / max(0.05, hz - shore), 0.0, 1.0);
    // Shallows turn green-gold over the sand; long swells are faint light lines.
    vec3 shallow = mix(mix(uWater, uGroundFar, 0.45), uSkyHorizon, 0.2);
    sea = mix(sea, shallow, smoothstep(0.55, 1.0, depth) * 0.6);
    float z = 1.0 / (hz - uv.y + 0.02);
    float swell = vnoise(vec2(uv.x * 2.5 * z * 0.2, z * 1.1) + uOffset);
    sea = mix(sea, mix(uSkyHorizon, vec3(0.95), 0.5), smoothstep(0.72, 0.8, swell) * 0.35 * depth * uWaterP.w);
    // Surf: a broken foam line just off the sand, and the lace edge where the wave reaches.
    float wave = shore + 0.018 + 0.012 * vnoise1(uv.x * 7.0 + 3.0);
    float foam = smoothstep(0.006, 0.0, abs(uv.y - wave)) * smoothstep(0.35, 0.6, vnoise(vec2(uv.x * 40.0, 2.0)));
    float lace = smoothstep(0.007, 0.0, abs(uv.y - shore - 0.002)) * (0.6 + 0.4 * vnoise(vec2(uv.x * 90.0, 5.0)));
    vec3 foamCol = mix(uWarm, vec3(0.96), 0.55);
    sea = mix(sea, foamCol, clamp(foam * 0.7 + lace, 0.0, 1.0) * (0.5 + 0.5 * uWaterP.w));
  }
  if (uv.y > shore) return sea;
  // Sand: wet and mirror-like at the water's edge, warm and dry behind, rippled and drifted near us.
  vec3 sand = paintGround(uv, shore);
  float wet = smoothstep(shore - 0.035, shore - 0.005, uv.y);
  sand = mix(sand, mix(sand * 0.86, mirrored, 0.3), wet);
  float zz = groundDepth(uv, shore);
  sand *= 0.97 + 0.05 * vnoise(vec2((uv.x - 0.5) * zz * 3.0, zz * 8.0));
  sand = mix(sand, mix(sand, uShadow, 0.25), smoothstep(0.5, 0.8, fbm3(uv * vec2(3.0, 6.0) + uOffset)) * 0.5);
  // A dune with grass in the near corner away from the focal third.
  float cornerX = uFocal.x < 0.5 ? 1.0 : 0.0;
  float dune = 0.1 * smoothstep(0.45, 0.0, abs(uv.x - cornerX)) + 0.01 * vnoise1(uv.x * 9.0);
  if (uv.y < dune) sand = mix(sand, mix(uGroundNear, uWarm, 0.2), 0.5);
  float blades = grass(uv, dune - 0.01, 0.09, 160.0) * smoothstep(0.3, 0.05, abs(uv.x - cornerX));
  return mix(sand, mix(uTreeColour, uGroundNear, 0.3), blades * 0.85);
}

// Vertical trunks, composited far to near, each layer hazier with distance. Only the pixel's own cell and
// the nearer neighbour can reach it (trunks are under a cell wide), so two cells are tested, not three.
vec3 forestLayer(vec3 col, vec2 uv, float t, float base) {
  float cells = mix(24.0, 5.0, t) * (0.6 + 0.6 * uTrees.x);
  float x = uv.x * cells + t * 31.0;
  float c = floor(x);
  vec3 far = haze();
  float aerial = mix(0.34, 0.0, t);
  float side = fract(x) < 0.5 ? -1.0 : 1.0;
  for (int k = 0; k < 2; k++) {
    float cc = c + float(k) * side;
    ivec2 ic = ivec2(int(cc), int(t * 10.0) + 3);
    vec2 r2 = rnd22(ic);
    if (r2.x > 0.35 + 0.6 * uTrees.x) continue;
    vec2 r3 = rnd22(ic + ivec2(4, 1));
    float b = base - 0.02 * r3.y;
    // A slight lean instead of a noisy wobble: straight-ish trunks read calmer and cost no noise.
    float cx = cc + 0.5 + (r3.x - 0.5) * 0.5 + (r2.y - 0.5) * 0.25 * (uv.y - b);
    float wdt = mix(0.14, 0.22, r2.y) * (1.0 + 0.5 * smoothstep(b + 0.04, b, uv.y));
    float d = (x - cx) / wdt;
    float aa = px() * cells / wdt * (1.5 + 2.0 * uFinishB.y);
    float m = smoothstep(1.0 + aa, 1.0 - aa, abs(d)) * smoothstep(b - 0.004, b + 0.004, uv.y);
    if (m <= 0.0) continue;
    // Bark: warm brown on the sunward side, cool grey-green in shade, with dapples of light falling on it.
    float lit = clamp(0.5 + 0.5 * d * sign(uSun.x - uv.x), 0.0, 1.0);
    vec3 bark = mix(mix(uTrunk, uTreeColour, 0.25) * 0.8, mix(uTrunk, uWarm, 0.2) * 1.12, lit);
    float dapple = smoothstep(0.5, 0.85, vnoise(vec2(cc * 3.1, uv.y * 18.0)));
    bark = mix(bark, mix(uTrunk, uWarm, 0.5) * 1.15, dapple * 0.25 * lit * t);
    col = mix(col, mix(bark, far, aerial), m);
  }
  // Canopy mass across the top of this layer, with sky showing through its gaps. Its lower edge depends on
  // x only, so two 1D noises draw it; the leaf texture is computed only where the canopy can be.
  float ex = uv.x * cells * 0.35 + t * 9.0 + uOffset.x;
  float edge = mix(0.8, 0.66, t) + 0.1 * (vnoise1(ex) * 0.65 + vnoise1(ex * 2.7) * 0.35 - 0.5);
  if (uv.y < edge - 0.02) return col;
  float leaves = fbm3(uv * mix(14.0, 6.0, t) + uOffset + t * 3.0);
  float canopy = smoothstep(edge - 0.02, edge + 0.03, uv.y) * smoothstep(0.3, 0.5, leaves + (uv.y - edge) * 1.5);
  vec3 leafCol = mix(mix(uTreeColour, uShadow, 0.3) * 0.9, mix(uTreeColour, uWarm, 0.4), smoothstep(0.5, 0.8, leaves));
  return mix(col, mix(leafCol, far, aerial * 0.8), canopy);
}

vec3 paintForest(vec2 uv) {
  float hz = uHorizon;
  vec3 col = overSky(paintRidges(uv, 0, 1, false), uv);
  if (uv.y < hz + 0.02) {
    // Forest floor with a path leading in toward the focal third; sunlight lands on it in patches.
    vec3 floorCol = paintGround(uv, hz);
    float t = clamp(uv.y / hz, 0.0, 1.0);
    float pathX = mix(0.5, uFocal.x, pow(t, 0.6)) + 0.03 * (vnoise1(t * 4.0 + uOffset.x) - 0.5);
    float pathW = mix(0.16, 0.006, pow(t, 0.7));
    float path = smoothstep(pathW, pathW * 0.6, abs(uv.x - pathX));
    floorCol = mix(floorCol, mix(uGroundFar, uWarm, 0.35), path * 0.7);
    float z = groundDepth(uv, hz);
    float spots = smoothstep(0.58, 0.72, fbm3(vec2((uv.x - 0.5) * z * 1.6, z * 1.2) + uOffset + 4.0));
    floorCol = mix(floorCol, mix(floorCol, uWarm, 0.6) + 0.06, spots * 0.6);
    col = mix(col, floorCol, smoothstep(hz + 0.004, hz - 0.004, uv.y));
  }
  // A far wall of woodland behind the farthest trunks, so depth reads as forest receding, not open sky.
  if (uv.y > hz - 0.03 && uv.y < hz + 0.33) {
    float wallTop = hz + 0.26 + 0.06 * (vnoise1(uv.x * 9.0 + uOffset.x) * 0.7 + vnoise1(uv.x * 23.0) * 0.3 - 0.5);
    float wall = smoothstep(wallTop + 0.02, wallTop - 0.03, uv.y) * smoothstep(hz - 0.03, hz + 0.01, uv.y);
    vec3 wallCol = mix(mix(uTreeColour, uShadow, 0.35), haze(), 0.5 - 0.25 * smoothstep(hz + 0.2, hz, uv.y));
    col = mix(col, wallCol, wall * 0.85);
  }
  col = forestLayer(col, uv, 0.0, hz);
  col = mix(col, haze(), 0.04 + uWeatherA.y * 0.2);
  col = forestLayer(col, uv, 0.5, hz - 0.07);
  col = mix(col, haze(), 0.03);
  col = forestLayer(col, uv, 1.0, hz - 0.2);
  // Shafts of light slanting down from the sun through the canopy.
  float a = (uv.x - uSun.x) / (1.25 - uv.y);
  float rays = smoothstep(0.5, 0.85, vnoise(vec2(a * 9.0 + uOffset.x, 0.5))) * smoothstep(0.0, 0.5, uv.y);
  return mix(col, mix(uWarm, vec3(0.96), 0.3), rays * 0.22 * (1.0 - uWeatherA.x * 0.5));
}

vec3 paintMeadow(vec2 uv) {
  int last = uRidgeCount - 1;
  vec3 col = overSky(paintRidges(uv, 0, last, false), uv);
  // The nearest hill is the meadow itself: grass texture and flowers, a lone tree on the focal third.
  float top = ridgeLine(last, uv.x);
  float hill = ridgeLine(last - 1, uFocal.x);
  vec2 treeBase = vec2(uFocal.x, hill - 0.01);
  col = loneTree(col, uv, treeBase, 0.05 + 0.03 * uTrees.y);
  if (uv.y < top + 0.01) {
    vec3 g = paintGround(uv, top);
    g = mix(g, uRidgeColour[last], 0.35);
    float z = groundDepth(uv, top);
    g *= 0.94 + 0.1 * vnoise(vec2((uv.x - 0.5) * z * 14.0, z * 1.5) + uOffset);
    g = paintFlowers(g, uv, top, uFlowerDensity, 9.0);
    col = mix(col, g, smoothstep(top + edgeW(0.0), top - edgeW(0.0), uv.y));
  }
  return col;
}

// Mountains over the lake line, with a dark band of pines along the far shore.
vec3 mountainView(vec2 uv) {
  vec4 layer = paintRidges(uv, 0, uRidgeCount - 1, true);
  vec3 col = overSky(layer, uv);
  float shoreLine = uHorizon + 0.012 + 0.006 * vnoise1(uv.x * 12.0);
  float p = pines(uv, uHorizon - 0.01, 70.0, 0.05 + 0.03 * uTrees.y, 0.35 + 0.6 * uTrees.x, 1.0);
  float band = smoothstep(shoreLine + px() * 2.0, shoreLine - px() * 2.0, uv.y);
  vec3 pineCol = mix(uTreeColour, haze(), 0.3);
  return mix(col, pineCol, max(p, band));
}

vec3 paintMountainLake(vec2 uv) {
  float hz = uHorizon;
  if (uv.y >= hz) return mountainView(uv);
  float depth = (hz - uv.y) / hz;
  float z = 1.0 / (depth + 0.04);
  float wob = (vnoise(vec2(uv.x * 4.0 * z, z * 10.0) + uOffset) - 0.5) * 0.006 * (0.3 + uWeatherB.y);
  gCheapSky = true;
  vec3 mirrored = mountainView(vec2(uv.x + wob, 2.0 * hz - uv.y));
  gCheapSky = false;
  vec3 col = paintWaterSurface(uv, mirrored, hz);
  // The near bank: a grassy shore curving in from one side, leading the eye to the water.
  float bank = mix(uWaterP.y, uWaterP.z, smoothstep(0.0, 1.0, uv.x)) * 0.8 + 0.015 * vnoise1(uv.x * 8.0);
  if (uv.y < bank) {
    vec3 g = mix(uGroundNear, uRidgeColour[uRidgeCount - 1], 0.3);
    g *= 0.92 + 0.12 * fbm3(uv * vec2(30.0, 12.0) + uOffset);
    col = mix(col, g, smoothstep(bank, bank - 0.006, uv.y));
  }
  float blades = grass(uv, bank - 0.02, 0.05, 220.0);
  return mix(col, mix(uGroundNear, uTreeColour, 0.5), blades * 0.8);
}
