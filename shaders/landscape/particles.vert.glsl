// Weather and life as points in a box that travels with the visitor: rain, snow, fireflies, bubbles, pollen.
// Positions are a pure function of time, so reduced motion (time held still) freezes them exactly.
attribute vec4 aSeed;
attribute float aKind;
uniform vec3 uCentre;
uniform float uAmount[5];
uniform float uPixelScale;
varying float vKind;
varying float vAlpha;
varying float vGlow;

const float TAU = 6.2831853;
const vec3 BOX = vec3(36.0, 16.0, 36.0);

void main() {
  int kind = int(aKind + 0.5);
  float amount = kind == 0 ? uAmount[0] : kind == 1 ? uAmount[1] : kind == 2 ? uAmount[2] : kind == 3 ? uAmount[3] : uAmount[4];
  vKind = aKind;
  vGlow = 0.0;
  float t = uTime;
  // Each particle is present when its seed is under the amount: weather thickens and thins smoothly.
  float on = step(aSeed.w, amount);
  vec3 velocity;
  vec3 wobble = vec3(0.0);
  float size;
  if (kind == 0) { velocity = vec3(0.6 * uWind, -4.2, 0.2); size = 0.03; }
  else if (kind == 1) {
    velocity = vec3(0.25 + 0.5 * uWind, -0.55, 0.1);
    wobble = vec3(sin(t * 0.7 + aSeed.x * TAU), 0.0, cos(t * 0.5 + aSeed.y * TAU)) * 0.4;
    size = 0.06;
  } else if (kind == 2) {
    velocity = vec3(0.0);
    wobble = vec3(sin(t * 0.23 + aSeed.x * TAU) * 1.5, sin(t * 0.31 + aSeed.y * TAU) * 0.6, cos(t * 0.19 + aSeed.z * TAU) * 1.5);
    vGlow = 0.5 + 0.5 * sin(t * TAU / (4.0 + 4.0 * aSeed.w) + aSeed.x * TAU);
    size = 0.07;
  } else if (kind == 3) {
    velocity = vec3(0.0, 0.45, 0.0);
    wobble = vec3(sin(t * 1.1 + aSeed.x * TAU), 0.0, cos(t * 0.9 + aSeed.z * TAU)) * 0.12;
    size = 0.05;
  } else {
    velocity = vec3(0.12 + 0.3 * uWind, 0.03, 0.08);
    wobble = vec3(sin(t * 0.4 + aSeed.x * TAU), sin(t * 0.3 + aSeed.y * TAU), cos(t * 0.35 + aSeed.z * TAU)) * 0.5;
    size = 0.035;
  }
  vec3 home = aSeed.xyz * BOX;
  vec3 p = mod(home + velocity * t - uCentre + BOX * 0.5, BOX) - BOX * 0.5 + uCentre + wobble;
  if (kind == 2) p.y = uCentre.y - 1.0 + fract(aSeed.y * 3.1) * 3.5 + wobble.y;
  if (kind == 4) p.y = uCentre.y - 1.2 + fract(aSeed.y * 5.7) * 4.0 + wobble.y;
  vec4 view = viewMatrix * vec4(p, 1.0);
  float dist = -view.z;
  // Nothing comes at the face: particles fade out within a metre and a half of the eye, and far away.
  vAlpha = on * smoothstep(1.0, 2.2, dist) * (1.0 - smoothstep(12.0, 18.0, dist));
  gl_Position = projectionMatrix * view;
  gl_PointSize = vAlpha > 0.0 ? clamp(size * uPixelScale / max(dist, 0.1), 1.0, 14.0) * (kind == 0 ? 1.0 : 1.0) : 0.0;
}
