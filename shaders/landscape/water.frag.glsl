// Water: mostly the painted sky mirrored (sampled along the reflected view), deepening to the water's own
// colour looking down; ripples bend the reflection gently; the sun leaves a soft, broad glitter path.
uniform sampler2D uSkyA;
uniform sampler2D uSkyB;
uniform float uSkyMix;
uniform vec3 uWater;
uniform vec3 uWaterDeep;
uniform float uWaves;
uniform float uUnderside;
varying vec3 vWorld;

const float PI = 3.14159265;
// The panoramas hold display values (8-bit, no sRGB decode, see src/scene/landscape/panorama.ts).
vec3 sky(vec3 d) {
  vec2 uv = vec2(atan(d.x, -d.z) / (2.0 * PI) + 0.5, asin(clamp(d.y, -1.0, 1.0)) / PI + 0.5);
  return mix(texture2D(uSkyA, uv).rgb, texture2D(uSkyB, uv).rgb, uSkyMix);
}

void main() {
  vec3 toEye = cameraPosition - vWorld;
  float dist = length(toEye);
  vec3 v = toEye / dist;
  vec2 p = vWorld.xz;
  float t = uTime;
  float e = 0.35;
  float h0 = lnoise(p * 0.5 + vec2(t * 0.11, t * 0.07)) + 0.5 * lnoise(p * 1.3 - vec2(t * 0.09, -t * 0.05));
  float hx = lnoise((p + vec2(e, 0.0)) * 0.5 + vec2(t * 0.11, t * 0.07)) + 0.5 * lnoise((p + vec2(e, 0.0)) * 1.3 - vec2(t * 0.09, -t * 0.05));
  float hz = lnoise((p + vec2(0.0, e)) * 0.5 + vec2(t * 0.11, t * 0.07)) + 0.5 * lnoise((p + vec2(0.0, e)) * 1.3 - vec2(t * 0.09, -t * 0.05));
  float strength = (0.12 + uWaves * 0.8) * (1.0 - smoothstep(30.0, 140.0, dist) * 0.8);
  vec3 n = normalize(vec3(-(hx - h0) / e * strength, 1.0, -(hz - h0) / e * strength));
  if (uUnderside > 0.5) {
    // Seen from below: bright, rippled light overhead.
    float s = smoothstep(0.2, 1.0, h0);
    vec3 col = mix(uWater, mix(uFogColour, vec3(0.9, 0.96, 0.95), 0.5), 0.45 + 0.3 * s);
    gl_FragColor = finishColour(applyFog(col, dist * 0.6), 1.0);
    return;
  }
  vec3 r = reflect(-v, n);
  r.y = abs(r.y);
  float fresnel = 0.25 + 0.75 * pow(1.0 - max(dot(n, v), 0.0), 3.0);
  vec3 body = mix(uWaterDeep, uWater, 0.4 + 0.6 * fresnel);
  vec3 col = mix(body, sky(r), fresnel * 0.85);
  float glint = pow(max(dot(r, uSunDir), 0.0), 60.0) * uSunIntensity;
  col += uSunColour * glint * 0.35;
  gl_FragColor = finishColour(applyFog(col, dist), 1.0);
}
