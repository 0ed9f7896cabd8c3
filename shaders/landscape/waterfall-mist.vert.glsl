// Mist at a waterfall's foot: a few large, soft puffs that face the visitor, each rising a little and fading in
// and out on its own slow cycle (9–14 s), so the mist breathes without ever flickering or popping.
attribute vec4 aPuff;
attribute vec2 aCycle;
varying vec2 vCorner;
varying float vAlpha;
varying vec3 vWorld;

const float PI = 3.14159265;

void main() {
  float p = fract(uTime / aCycle.y + aCycle.x);
  vec4 centre = modelMatrix * vec4(aPuff.xyz + vec3(0.0, p * 3.5, 0.0), 1.0);
  float radius = aPuff.w * (0.85 + 0.3 * p);
  vec4 view = viewMatrix * centre;
  view.xy += position.xy * radius;
  vCorner = position.xy;
  vAlpha = sin(PI * p);
  vWorld = centre.xyz;
  gl_Position = projectionMatrix * view;
}
