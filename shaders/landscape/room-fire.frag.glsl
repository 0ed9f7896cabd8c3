// The fire in the hearth: soft tongues of light rising slowly from the logs, added to what is behind. The
// shapes drift upward at a walking pace of the noise (well under 1 Hz at any point) and the whole fire breathes
// with uFire; it never flickers or flashes (docs/CLINICAL.md).
uniform float uFire;
varying vec2 vUv;

void main() {
  vec2 uv = vUv;
  float x = uv.x - 0.5;
  float rise = uTime * 0.22;
  float n = lnoise(vec2(uv.x * 5.0, uv.y * 2.2 - rise)) * 0.65 + lnoise(vec2(uv.x * 9.0 + 3.0, uv.y * 3.5 - rise * 1.4)) * 0.35;
  float body = exp(-x * x * 9.0);
  float height = 0.3 + 0.55 * n * body;
  float flame = smoothstep(height, height * 0.35, uv.y) * body;
  float embers = smoothstep(0.22, 0.0, uv.y) * (0.5 + 0.5 * lnoise(vec2(uv.x * 14.0, uTime * 0.1)));
  vec3 col = mix(vec3(0.85, 0.3, 0.08), vec3(1.0, 0.78, 0.4), smoothstep(0.2, 0.9, flame * (1.0 - uv.y * 0.6)));
  float a = clamp(flame * 1.3 + embers * 0.7, 0.0, 1.0) * min(uFire, 1.2) * (1.0 - uVeil);
  gl_FragColor = vec4(col * a * uBrightness, 1.0);
}
