// The glass panes, positioned in the room; vPane is the position on the glass in metres (x across, y up).
varying vec3 vWorld;
varying vec2 vPane;
void main() {
  vec4 world = modelMatrix * vec4(position, 1.0);
  vWorld = world.xyz;
  vPane = world.xy;
  gl_Position = projectionMatrix * viewMatrix * world;
}
