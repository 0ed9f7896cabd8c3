// Window glass: all but clear, with raindrops resting on it and a few running down, slowly. From across the room
// the drops are too small to see one by one, so they fade into a faint streaky sheen instead of shimmering.
uniform float uRain;
uniform float uDaylight;
varying vec3 vWorld;
varying vec2 vPane;

float drops(vec2 p, float amount) {
  // Resting drops on a 4 cm grid, fewer when it is dry; each swells and fades over several seconds.
  vec2 cell = floor(p / 0.04);
  vec2 f = fract(p / 0.04) - 0.5;
  float h = lhash(cell);
  if (h > amount) return 0.0;
  vec2 o = vec2(lhash(cell + 7.0), lhash(cell + 13.0)) - 0.5;
  float r = 0.12 + 0.18 * lhash(cell + 3.0);
  float life = 0.6 + 0.4 * sin(uTime * 0.25 + h * 40.0);
  return smoothstep(r, r * 0.4, length(f - o * 0.5)) * life;
}

float runs(vec2 p, float amount) {
  // A few drops run down in their own lanes, 2–7 cm a second, leaving a thin wet trail.
  float lane = floor(p.x / 0.09);
  float h = lhash(vec2(lane, 5.0));
  if (h > amount * 0.6) return 0.0;
  float x = (fract(p.x / 0.09) - 0.5) * 0.09 + (lnoise(vec2(lane, p.y * 3.0)) - 0.5) * 0.02;
  float speed = 0.02 + 0.05 * lhash(vec2(lane, 9.0));
  float head = 2.7 - fract(uTime * speed / 2.0 + h * 11.0) * 2.0;
  float dy = p.y - head;
  float headDrop = smoothstep(0.012, 0.004, length(vec2(x, dy * 0.8)));
  float trail = smoothstep(0.004, 0.0015, abs(x)) * smoothstep(0.6, 0.0, dy) * step(0.0, dy) * 0.5;
  return max(headDrop, trail);
}

void main() {
  float dist = length(vWorld - cameraPosition);
  float near = smoothstep(5.5, 2.0, dist);
  float amount = clamp(uRain, 0.0, 1.0);
  float d = 0.0;
  if (near > 0.0) d = max(drops(vPane, 0.15 + 0.5 * amount), runs(vPane, amount)) * near;
  float sheen = (0.04 + 0.1 * amount * (0.6 + 0.4 * lnoise(vec2(vPane.x * 30.0, vPane.y * 2.0)))) * (1.0 - near * 0.6);
  // Drops catch the light from outside by day and the room's warmth at night.
  vec3 lit = mix(vec3(1.0, 0.82, 0.62) * 0.55, mix(uAmbSky, vec3(1.0), 0.5), uDaylight);
  // After dark the pane holds a faint, dim reflection of the room, so the night outside reads darker than the
  // lamplit room rather than glowing like a screen.
  float night = 1.0 - uDaylight;
  vec3 col = mix(lit, vec3(0.16, 0.12, 0.09), night * (1.0 - d));
  float alpha = clamp(0.05 + sheen + d * (0.5 - 0.25 * night) + night * 0.4, 0.0, 0.75);
  gl_FragColor = finishColour(mix(col, uFogColour, uVeil), alpha);
}
