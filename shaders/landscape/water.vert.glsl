uniform float uWaves;
varying vec3 vWorld;
void main() {
  vec4 world = modelMatrix * vec4(position, 1.0);
  // Long, slow swells (periods of 6–11 s), fading out far away where they would only shimmer.
  float fade = 1.0 - smoothstep(40.0, 160.0, length(world.xz - cameraPosition.xz));
  float t = uTime;
  float w = sin(dot(world.xz, vec2(0.09, 0.21)) - t * 0.62) * 0.6 + sin(dot(world.xz, vec2(-0.17, 0.11)) - t * 0.85) * 0.4;
  world.y += w * uWaves * fade;
  vWorld = world.xyz;
  gl_Position = projectionMatrix * viewMatrix * world;
}
