// Panorama compose pass: a 2:1 equirectangular painting of the whole sky and far land around the visitor.
// Every colour is a function of the view DIRECTION only (never of uv), so the left and right edges (the same
// direction) match and the poles (one direction each) cannot pinch. Noise that needs 2D coordinates takes them
// from direction-space projections that are continuous everywhere: the cloud deck d.xz / d.y, the horizon
// circle normalize(d.xz), or a triplanar blend. Follows header.glsl and noise.glsl from the painter.

uniform vec3 uSunDir;
// Ridge profiles along the horizon circle (uProfiles, RepeatWrapping): row i = ridge i, x = azimuth / 2π.

const float PI = 3.14159265;

vec3 dirFromUv(vec2 uv) {
  float az = (uv.x - 0.5) * 2.0 * PI;
  float el = (uv.y - 0.5) * PI;
  return vec3(cos(el) * sin(az), sin(el), -cos(el) * cos(az));
}

// Triplanar value noise: smooth on the whole sphere, no seam, no pole.
float sphereNoise(vec3 d, float scale) {
  vec3 w = d * d;
  w /= (w.x + w.y + w.z);
  vec3 p = d * scale;
  return w.x * vnoise(p.yz + uOffset) + w.y * vnoise(p.zx + uOffset.yx) + w.z * vnoise(p.xy - uOffset);
}

float sunAngle(vec3 d) { return acos(clamp(dot(d, uSunDir), -1.0, 1.0)); }

// Elevation and sun angle are computed once per pixel in main() and passed down: SwiftShader runs every pixel on
// the CPU, where asin/acos are costly.
vec3 panoSky(vec3 d, float el, float sunA) {
  float h = clamp(el / (0.5 * PI), 0.0, 1.0);
  vec3 col = mix(uSkyHorizon, uZenith, pow(h, 0.6));
  // The horizon glows toward the sun: a band along the horizon, brightest beneath the sun.
  vec2 dh = normalize(d.xz + vec2(1e-5, 0.0));
  vec2 sh = normalize(uSunDir.xz + vec2(1e-5, 0.0));
  float along = dot(dh, sh);
  float band = exp(-h * 4.5) * exp((along - 1.0) * 1.6);
  float halo = exp(-sunA * 2.6);
  col = mix(col, uGlow, clamp((band * 0.8 + halo * 0.5) * uSun.w, 0.0, 1.0));
  vec3 afterglow = mix(mix(uGlow, uAccent, 0.3), uWarm, 0.25) * 1.08;
  col = mix(col, afterglow, exp(-h * 6.0) * 0.55 * uStars);
  return col;
}

vec3 panoStars(vec3 col, vec3 d, float el) {
  if (uStars < 0.01 || d.y < 0.0) return col;
  float h = el / (0.5 * PI);
  // The galaxy: a soft band along a tilted great circle, a little dust and more stars in it.
  float g = dot(d, normalize(vec3(0.45, 0.55, 0.7)));
  float band = exp(-g * g * 26.0) * uStars;
  if (band > 0.02) col = mix(col, mix(uSkyHorizon, uGlow, 0.5) + 0.08, clamp(sphereNoise(d, 9.0) * band * 0.55 * h, 0.0, 1.0));
  float stars = 0.0;
  for (int layer = 0; layer < 2; layer++) {
    // Cells of about 1° and 2°: a star is at least a pixel or so wide at the compose size, so none shimmer.
    float scale = layer == 0 ? 90.0 : 40.0;
    vec3 p = d * scale;
    vec3 cell = floor(p);
    ivec3 ic = ivec3(cell);
    ivec2 key = ivec2(ic.x * 7919 + ic.z * 104729 + layer * 31, ic.y + 577);
    float r = rnd2(key);
    float keep = layer == 0 ? 0.1 * uStars + 0.16 * band : 0.07 * uStars;
    if (r < keep) {
      vec3 c = cell + 0.3 + 0.4 * vec3(rnd2(key + ivec2(3, 0)), rnd2(key + ivec2(0, 3)), rnd2(key + ivec2(3, 3)));
      // Distance across the sphere, in cells: stars are round wherever they sit, poles included.
      float dist = length(normalize(c) * scale - p);
      // A star is a point: drawn at least about a pixel wide, and dimmer by as much as it had to grow, so stars
      // read as small lights rather than soft flakes.
      float base = layer == 0 ? 0.1 : 0.12;
      float size = max(base, 0.8 * (PI / uRes.y) * scale);
      float energy = min(1.0, (base * base) / (size * size) * 2.2);
      float bright = (layer == 0 ? 0.6 : 0.5 + 0.5 * fract(r * 91.0)) * energy;
      stars = max(stars, smoothstep(size, size * 0.25, dist) * bright);
    }
  }
  vec3 starCol = vec3(0.95, 0.94, 0.9);
  // No star within ~3° of the zenith: there a round star would smear across whole rows of the 2:1 image.
  float pole = 1.0 - smoothstep(0.9986, 0.9998, d.y);
  return mix(col, starCol, stars * smoothstep(0.02, 0.3, h) * pole);
}

vec3 panoBody(vec3 col, vec3 d, float a) {
  float r = uSun.z * 1.2;
  float edge = r * 0.18 + 1.5 / uRes.y;
  float disc = smoothstep(r + edge, r - edge, a);
  float halo = exp(-a / (r * 2.2)) * 0.5 + exp(-a / (r * 7.0)) * 0.25;
  if (uSunKind == 1) {
    vec3 face = mix(uSunColour, uSunColour * vec3(0.86, 0.88, 0.93), smoothstep(0.45, 0.7, sphereNoise(d, 120.0)));
    col = mix(col, mix(col, uSunColour, 0.6), halo * uSun.w);
    return mix(col, face, disc * 0.95);
  }
  col = mix(col, uSunColour, clamp(halo * uSun.w, 0.0, 1.0));
  return mix(col, uSunColour * 1.02, disc * 0.92);
}

// A cloud deck: the direction projected onto a plane high above, so clouds shrink toward the horizon like real
// ones and the zenith is one smooth point.
vec3 panoClouds(vec3 col, vec3 d, float el, float sunA) {
  float amount = uWeatherA.x;
  if (amount < 0.01 || d.y < 0.015) return col;
  vec2 p = d.xz / (d.y + 0.08) * 0.9;
  p.x *= 1.0 / (1.0 + uWeatherB.y * 1.5);
  p += uOffset * 0.37;
  float n = fbm3(p + vec2(vnoise(p * 0.5) * 1.3, 0.0));
  float threshold = mix(0.72, 0.36, amount);
  float m = smoothstep(threshold, threshold + 0.16, n);
  float h = el / (0.5 * PI);
  m *= smoothstep(0.0, 0.1, h);
  float top = smoothstep(threshold, threshold + 0.35, n + (vnoise(p * 2.0 + 9.0) - 0.5) * 0.2);
  vec3 lit = mix(uSkyHorizon, uWarm, 0.55) + 0.06;
  vec3 shade = mix(mix(uZenith, uShadow, 0.35), uSkyHorizon, 0.35);
  vec3 cloud = mix(shade, lit, 0.35 + 0.65 * top);
  cloud = mix(cloud, uGlow, 0.35 * exp(-sunA * 2.0) * uSun.w);
  // Far clouds melt into the horizon haze.
  cloud = mix(cloud, uSkyHorizon, exp(-h * 6.0) * 0.5);
  return mix(col, cloud, m * 0.85);
}

// A storm stays far off, low on the horizon away from the sun, with a veil of rain beneath it.
vec3 panoStorm(vec3 col, vec3 d, float el) {
  float storm = uWeatherB.z;
  if (storm < 0.01) return col;
  vec2 dh = normalize(d.xz + vec2(1e-5, 0.0));
  vec2 away = -normalize(uSunDir.xz + vec2(1e-5, 0.0));
  vec2 side = normalize(away + vec2(-away.y, away.x) * 0.8);
  float bell = exp((dot(dh, side) - 1.0) * 7.0);
  float y = el / (0.5 * PI);
  if (bell < 0.01 || y > 0.4 || y < -0.02) return col;
  float billow = sphereNoise(d, 7.0);
  float top = (0.22 * bell + 0.02) * (0.7 + 0.6 * billow);
  float base = 0.03 + 0.02 * bell;
  float mass = smoothstep(top + 0.025, top - 0.035, y) * smoothstep(base - 0.03, base + 0.02, y) * bell;
  vec3 dark = mix(mix(uShadow, vec3(0.3, 0.33, 0.4), 0.5), uZenith, 0.2);
  vec3 cloud = mix(dark, mix(uWarm, uSkyHorizon, 0.5), smoothstep(top - 0.08, top, y) * 0.45);
  cloud = mix(cloud, uSkyHorizon, 0.25 * (1.0 - billow));
  float veil = smoothstep(base + 0.01, 0.0, y) * bell * 0.5;
  col = mix(col, mix(dark, uSkyHorizon, 0.4), veil * storm);
  return mix(col, cloud, clamp(mass, 0.0, 0.9) * storm);
}

// Far ridges around the whole horizon, farthest first, each lighter and nearer the sky (aerial perspective).
vec3 panoRidges(vec3 col, vec3 d, float elev) {
  float el = elev / (0.5 * PI);
  if (el > 0.35) return col;
  float u = atan(d.x, -d.z) / (2.0 * PI) + 0.5;
  for (int i = 0; i < 5; i++) {
    if (i >= uRidgeCount) break;
    // Sampled with RepeatWrapping: u = 0 and u = 1 read the same texel pair, so the ring closes.
    float prof = texture(uProfiles, vec2(u, (float(i) + 0.5) / 8.0)).r;
    float top = (uRidge[i].x - uHorizon + uRidge[i].y * prof) * 0.55;
#if COMPOSITION == COMPOSITION_BEACH
    // A beach keeps its open sea horizon: only a headland or an island here and there.
    top = mix(-0.02, top, smoothstep(0.5, 0.68, prof));
#endif
    float cover = smoothstep(top + 0.004, top - 0.004, el);
    vec3 rc = mix(uRidgeColour[i], uSkyHorizon, 0.18 * uWeatherA.y);
    col = mix(col, rc, cover);
  }
  return col;
}

vec3 panoBelow(vec3 col, vec3 d, float el) {
  if (d.y >= 0.0) return col;
  float depth = clamp(-d.y * 3.0, 0.0, 1.0);
  bool wet = COMPOSITION == COMPOSITION_BEACH || COMPOSITION == COMPOSITION_MOUNTAIN_LAKE;
  vec3 up = vec3(d.x, -d.y, d.z);
  vec3 ground = wet ? mix(uWater, panoSky(up, -el, sunAngle(up)), 0.45 * uWaterP.x) : mix(uGroundFar, uGroundNear, depth);
  // Continuous at the horizon: the land or water takes over within a degree or two below it.
  return mix(col, ground, 1.0 - exp(d.y * 30.0));
}

// Under the sea: a bright rippled surface overhead (brightest inside Snell's window), rays of light from it,
// blue-green falling off into depth all around.
vec3 panoUnderwater(vec3 d) {
  float up = d.y;
  vec3 deep = mix(uWater * 0.55, uZenith * 0.4, 0.3);
  vec3 mid = mix(uWater, uSkyHorizon, 0.3);
  vec3 col = mix(deep, mid, smoothstep(-0.7, 0.2, up));
  if (up > 0.0) {
    vec2 p = d.xz / (up + 0.05) * 3.0 + uOffset;
    float ripple = fbm3(p + vec2(vnoise(p * 0.7), 0.0));
    float window = smoothstep(0.55, 0.8, up);
    vec3 surface = mix(mid, mix(uSkyHorizon, uGlow, 0.4) + 0.1, 0.55 + 0.35 * ripple);
    col = mix(col, surface, window);
    col = mix(col, mix(uSkyHorizon, vec3(0.95), 0.3), window * smoothstep(0.62, 0.8, ripple) * 0.5);
  }
  // Rays: streaks fanning down from the surface, a function of the horizontal direction and height.
  vec2 dh = normalize(d.xz + vec2(1e-5, 0.0));
  float rays = vnoise(dh * 11.0 + uOffset) * vnoise(dh * 23.0 - uOffset);
  col += (mix(uGlow, uSkyHorizon, 0.5) * 0.22) * rays * smoothstep(-0.3, 0.5, up) * (1.0 - smoothstep(0.5, 0.9, up));
  return col;
}

// Abstract: slow fields of the client's own colours drifting around the sphere, soft luminous shapes.
vec3 panoAbstract(vec3 d, float sunA) {
  float n1 = sphereNoise(d, 1.6);
  float n2 = sphereNoise(d + 3.7, 2.4);
  float h = d.y * 0.5 + 0.5;
  vec3 col = mix(uSkyHorizon, uZenith, smoothstep(0.4, 1.0, h));
  col = mix(col, uRidgeColour[0], smoothstep(0.45, 0.75, n1) * 0.55);
  col = mix(col, uRidgeColour[1], smoothstep(0.5, 0.8, n2) * 0.45);
  col = mix(col, uAccent, smoothstep(0.7, 0.9, n1 * n2 * 1.6) * 0.25);
  col = mix(col, uGlow, exp(-sunA * 1.8) * 0.5);
  return col;
}

void main() {
  vec3 d = dirFromUv(vUv);
  // asin(d.y) of this pixel's direction, exactly (dirFromUv builds d from it).
  float el = (vUv.y - 0.5) * PI;
  vec3 col;
#if COMPOSITION == COMPOSITION_UNDERWATER
  col = panoUnderwater(d);
#elif COMPOSITION == COMPOSITION_ABSTRACT
  col = panoAbstract(d, sunAngle(d));
#else
  float sunA = sunAngle(d);
  // Below about 14° under the horizon the land or water covers the sky to within 1/1000 (exp(-7.5), see
  // panoBelow): skip the sky there, the same picture for two fifths less work.
  col = uSkyHorizon;
  if (d.y > -0.25) {
    col = panoSky(d, el, sunA);
    col = panoStars(col, d, el);
    col = panoBody(col, d, sunA);
    col = panoStorm(col, d, el);
    col = panoClouds(col, d, el, sunA);
    col = panoRidges(col, d, el);
  }
  col = panoBelow(col, d, el);
  // Fog veils the horizon all round.
  float fog = uWeatherA.y;
  col = mix(col, mix(uSkyHorizon, vec3(0.9), 0.2), fog * 0.6 * exp(-abs(d.y) * 9.0));
#endif
  // Gentle grading toward calm: a little less contrast, warm light, cool shade.
  float l = luma(col);
  col = mix(vec3(l), col, 1.06);
  col = mix(col, col * mix(vec3(1.0), uWarm * 1.05, 0.12 * (1.0 + uFinishB.z)), 0.5);
  // A faint paper grain from the direction's cell on a cube, not from pixel coordinates, so both edges of the seam
  // and every column of a pole row get the same grain. Cells of 1/uRes.y: about one per pixel of this pass (it was
  // the same cell size in the full-size finish pass, which now only dithers).
  ivec3 cell = ivec3(floor(d * uRes.y));
  uint g = hash2u(ivec2(cell.x * 7919 + cell.z * 104729, cell.y));
  // Faded out within a few degrees of the poles: there one direction spans a whole row, and the cells of the rows
  // either side (blended in when the finish pass upsamples) must not speckle it.
  float poleFade = 1.0 - smoothstep(0.97, 0.995, abs(vUv.y * 2.0 - 1.0));
  col *= 1.0 + (float((g >> 2) & 1023u) * (1.0 / 1024.0) - 0.5) * 0.03 * uFinishA.y * poleFade;
  outColour = vec4(clamp(col, 0.0, 1.0), 1.0);
}
