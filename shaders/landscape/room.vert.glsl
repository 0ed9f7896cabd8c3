// The room's floor, walls and furniture: colour and surface kind per vertex, so the whole room is one material.
attribute vec3 color;
attribute vec2 aSurface;
varying vec3 vWorld;
varying vec3 vNormal;
varying vec3 vColour;
varying vec2 vSurface;
void main() {
  vec4 world = modelMatrix * vec4(position, 1.0);
  vWorld = world.xyz;
  vNormal = normalize(mat3(modelMatrix) * normal);
  vColour = color;
  vSurface = aSurface;
  gl_Position = projectionMatrix * viewMatrix * world;
}
