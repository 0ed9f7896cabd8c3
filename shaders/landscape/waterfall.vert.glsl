// The falling sheet: a strip in world coordinates, u across the fall, v from the lip (0) to the water (1).
attribute vec2 aFall;
varying vec2 vFall;
varying vec3 vWorld;

void main() {
  vec4 world = modelMatrix * vec4(position, 1.0);
  vFall = aFall;
  vWorld = world.xyz;
  gl_Position = projectionMatrix * viewMatrix * world;
}
