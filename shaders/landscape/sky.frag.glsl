// The sky dome shows the painted panorama (two, crossfading), with thin live wisps of cloud drifting across
// it and, in a storm, a soft glow low on the far horizon now and then.
uniform sampler2D uSkyA;
uniform sampler2D uSkyB;
uniform float uSkyMix;
uniform float uWisps;
uniform float uUnderwater;
uniform vec3 uWispColour;
uniform vec3 uStormDir;
varying vec3 vDir;

const float PI = 3.14159265;

void main() {
  vec3 d = normalize(vDir);
  // Same mapping as the panorama painter: u = 0.5 straight ahead (-z), v = 1 at the zenith.
  vec2 uv = vec2(atan(d.x, -d.z) / (2.0 * PI) + 0.5, asin(clamp(d.y, -1.0, 1.0)) / PI + 0.5);
  // The panoramas hold display values (8-bit, no sRGB decode): shown as they are.
  vec3 col = mix(texture2D(uSkyA, uv).rgb, texture2D(uSkyB, uv).rgb, uSkyMix);
  if (uWisps > 0.001 && d.y > 0.02 && uUnderwater < 0.5) {
    vec2 p = d.xz / (d.y + 0.1) * 0.7 + vec2(uTime * (0.004 + 0.01 * uWind), uTime * 0.0015);
    float n = lnoise(p * 3.0) * 0.65 + lnoise(p * 7.3 + 4.0) * 0.35;
    float m = smoothstep(0.55, 0.85, n) * smoothstep(0.02, 0.25, d.y) * uWisps;
    col = mix(col, uWispColour, m * 0.35);
  }
  if (uUnderwater > 0.5 && d.y > 0.3) {
    // The surface shimmers slowly overhead.
    vec2 p = d.xz / (d.y + 0.05) * 4.0;
    float s = lnoise(p + vec2(uTime * 0.08, uTime * 0.05)) * lnoise(p * 1.7 - vec2(uTime * 0.06, 0.0));
    col += vec3(0.08, 0.1, 0.1) * s * smoothstep(0.3, 0.8, d.y);
  }
  if (uFlash > 0.0) {
    float bell = exp((dot(normalize(d.xz + 1e-5), normalize(uStormDir.xz + 1e-5)) - 1.0) * 8.0);
    float low = exp(-max(d.y, 0.0) * 9.0) * step(-0.02, d.y);
    col += mix(uSunColour, vec3(0.85, 0.88, 1.0), 0.6) * uFlash * bell * low;
  }
  col = mix(col, uFogColour, uVeil);
  gl_FragColor = finishColour(col, 1.0);
}
