varying vec3 vDir;
void main() {
  vec4 world = modelMatrix * vec4(position, 1.0);
  vDir = world.xyz - cameraPosition;
  gl_Position = projectionMatrix * viewMatrix * world;
  // On the far plane, so the sky is behind everything whatever the sphere's size.
  gl_Position.z = gl_Position.w;
}
