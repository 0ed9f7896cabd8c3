// Snow: soft rounded drifts with blue in their hollows, a stand of snow-laden spruces, pale blue far hills.

// A snow-laden spruce: tiered boughs (each tier flares out and droops at its tip), snow lying on the top of
// every tier. Returns coverage in x and the snow amount in y.
vec2 snowPine(vec2 uv, vec2 base, float h) {
  float y = (uv.y - base.y) / h;
  if (y < -0.02 || y > 1.0) return vec2(0.0);
  float tier = fract(y * 7.0 + 0.3);
  float wob = 0.85 + 0.3 * vnoise(vec2(uv.y * 300.0, base.x * 50.0));
  float halfW = h * (1.0 - y) * (0.2 + 0.05 * tier * tier) * wob + h * 0.01;
  float dx = abs(uv.x - base.x);
  float aa = px() * 1.5;
  float cover = smoothstep(halfW + aa, halfW - aa, dx) * smoothstep(-0.02, 0.0, y);
  float snowOn = smoothstep(0.55, 0.9, tier) * smoothstep(0.15, 0.7, dx / halfW) *
    (0.4 + 0.6 * smoothstep(0.3, 0.7, vnoise(uv * vec2(300.0, 120.0))));
  return vec2(cover, snowOn);
}

vec3 paintSnow(vec2 uv) {
  int n = uRidgeCount;
  vec4 far = paintRidges(uv, 0, 2, true);
  vec3 paleBlue = mix(haze(), vec3(0.64, 0.74, 0.9), 0.5);
  far.rgb = mix(far.rgb, paleBlue * (1.0 - far.w), 0.45);
  vec3 col = overSky(far, uv);
  vec3 litSnow = mix(uWarm, vec3(0.97), 0.6);
  vec3 blueShadow = mix(mix(uShadow, vec3(0.6, 0.7, 0.9), 0.5), vec3(0.84, 0.89, 0.97), 0.35);
  for (int i = 2; i < 5; i++) {
    if (i >= n) break;
    float y = ridgeLine(i, uv.x);
    float m = smoothstep(y + edgeW(0.3), y - edgeW(0.3), uv.y);
    float below = y - uv.y;
    // Rounded drifts: soft white on the tops, a gentle blue gathering in each hollow at the drift's foot, and
    // the sunward slope a little warmer — all smooth in depth, so no hard line crosses the snow.
    float dir = uSun.x > uv.x ? 1.0 : -1.0;
    float slope = (ridgeLine(i, uv.x + 0.03 * dir) - y) / 0.03;
    float face = 0.5 + 0.5 * slope / (0.4 + abs(slope));
    float hollow = smoothstep(0.0, 0.06 + uRidge[i].y * 1.2, below);
    hollow *= 0.75 + 0.5 * vnoise(vec2(uv.x * 5.0 + float(i) * 3.0, below * 6.0) + uOffset);
    float shade = clamp(hollow * 0.8 + (1.0 - face) * 0.35 * (1.0 - hollow), 0.0, 1.0);
    vec3 s = mix(litSnow, blueShadow, shade);
    s = mix(s, haze(), 0.25 * (1.0 - float(i) / float(n)));
    if (i == 2) {
      // A small stand of spruces at mid-distance near the focal third, standing on this drift.
      for (int k = 0; k < 4; k++) {
        vec2 rr = rnd22(ivec2(k, 91));
        if (float(k) > 1.0 + uTrees.x * 6.0) break;
        float tx = uFocal.x + (float(k) - 1.2) * 0.055 + (rr.x - 0.5) * 0.03;
        float h = (0.1 + 0.06 * uTrees.y) * (0.65 + 0.5 * rr.y);
        vec2 tp = snowPine(uv, vec2(tx, ridgeLine(2, tx) - 0.006), h);
        if (tp.x <= 0.0) continue;
        float litSide = step(0.0, (uv.x - tx) * (uSun.x - tx));
        vec3 pine = mix(mix(uTreeColour, uShadow, 0.3), haze(), 0.1) * (0.62 + 0.12 * litSide);
        pine = mix(pine, mix(blueShadow, litSnow, 0.3 + 0.7 * litSide), tp.y * 0.55);
        col = mix(col, pine, tp.x);
      }
    }
    col = mix(col, s, m);
  }
  // Two nearer drifts below the last ridge: rounded swells with a soft white lip and blue in the hollow behind.
  float lastY = uRidge[n - 1].x - uRidge[n - 1].y * 0.3;
  for (int k = 0; k < 2; k++) {
    float fk = float(k);
    float base = lastY * (0.62 - 0.3 * fk);
    float a = 0.06 + 0.04 * fk;
    if (uv.y > base + a + 0.04) continue;
    float y = base + a * (vnoise1(uv.x * (1.8 - 0.5 * fk) + 7.0 * fk + uOffset.y) - 0.5) * 2.0;
    float m = smoothstep(y + edgeW(0.0) * 2.0, y - edgeW(0.0) * 2.0, uv.y);
    if (m <= 0.0) continue;
    float below = y - uv.y;
    float shade = smoothstep(0.01, 0.14 + 0.06 * fk, below) * 0.7;
    shade *= 0.8 + 0.4 * vnoise(vec2(uv.x * 4.0 + fk * 9.0, below * 5.0) + uOffset);
    vec3 s = mix(litSnow, blueShadow, clamp(shade, 0.0, 1.0));
    s = mix(s, litSnow, smoothstep(0.012, 0.0, below) * 0.6);
    // The drift casts a soft blue band into the hollow just behind (above) it.
    col = mix(col, blueShadow, smoothstep(0.03, 0.0, uv.y - y) * 0.3 * (1.0 - m));
    col = mix(col, s, m);
  }
  col *= 0.985 + 0.02 * vnoise(uv * vec2(8.0, 30.0) + uOffset);
  return col;
}
