uniform vec3 uParticleTint;
varying float vKind;
varying float vAlpha;
varying float vGlow;

void main() {
  vec2 c = gl_PointCoord - 0.5;
  int kind = int(vKind + 0.5);
  float r = length(c);
  float shape = kind == 0 ? smoothstep(0.5, 0.0, abs(c.x) * 5.0 + abs(c.y) * 0.6) : smoothstep(0.5, 0.15, r);
  vec3 col;
  float alpha;
  if (kind == 0) { col = mix(uFogColour, vec3(0.85, 0.88, 0.92), 0.5); alpha = 0.35; }
  else if (kind == 1) { col = vec3(0.96, 0.97, 0.98); alpha = 0.85; }
  else if (kind == 2) { col = vec3(1.0, 0.93, 0.62); alpha = 0.25 + 0.75 * vGlow; }
  else if (kind == 3) {
    col = mix(uFogColour, vec3(0.9, 0.98, 1.0), 0.6);
    shape = smoothstep(0.5, 0.38, r) * (0.35 + 0.65 * smoothstep(0.2, 0.45, r));
    alpha = 0.7;
  } else { col = mix(uParticleTint, vec3(1.0, 0.97, 0.85), 0.5); alpha = 0.7; }
  float a = shape * alpha * vAlpha * (1.0 - uVeil);
  if (a < 0.01) discard;
  gl_FragColor = finishColour(col, a);
}
