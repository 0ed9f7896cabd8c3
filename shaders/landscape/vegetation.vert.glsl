// Instanced plants (and props): per instance x, y, z, scale (aInst) and rotation, random (aInst2). Sway is a
// lean with the wind plus a slow sway (periods 5–11 s), growing with the square of height so roots stay put.
attribute vec4 aInst;
attribute vec2 aInst2;
attribute float aPart;
uniform float uSway;
uniform float uHeight;
// 0 plants, 1 floating orbs (slow bob), 2 boats (bob on the swell), 3 birds (slow circles, wings beat),
// 4 fish (slow circles), 5 lanterns
uniform float uMotion;
varying vec3 vWorld;
varying vec3 vNormal;
varying float vPart;
varying float vRand;
varying float vHeight;

const float TAU = 6.2831853;

void main() {
  float s = aInst.w;
  float rot = aInst2.x;
  float rnd = aInst2.y;
  vec3 p = position * s;
  float t = uTime;
  if (uMotion > 2.5 && uMotion < 3.5) {
    // Wings: tips rise and fall once every ~2.5 s, a glide more than a flap.
    p.y += abs(position.x) * sin(t * TAU / 2.6 + rnd * TAU) * 0.35 * s;
  }
  float c = cos(rot);
  float sn = sin(rot);
  vec3 q = vec3(c * p.x + sn * p.z, p.y, -sn * p.x + c * p.z);
  vec3 n = vec3(c * normal.x + sn * normal.z, normal.y, -sn * normal.x + c * normal.z);
  vec3 base = aInst.xyz;
  if (uMotion < 0.5 && uSway > 0.0) {
    float k = clamp(position.y / uHeight, 0.0, 1.5);
    float phase = rnd * TAU + dot(base.xz, vec2(0.11, 0.07));
    float period = 5.0 + 6.0 * fract(rnd * 7.3);
    float wave = 0.45 + 0.55 * sin(t * TAU / period + phase);
    float gust = 0.7 + 0.3 * sin(t * TAU / 11.0 + base.x * 0.05);
    q.xz += vec2(0.8, 0.45) * uSway * uWind * k * k * wave * gust * s;
  } else if (uMotion > 0.5 && uMotion < 1.5) {
    base.y += sin(t * TAU / (9.0 + 4.0 * rnd) + rnd * TAU) * 0.35;
  } else if (uMotion > 1.5 && uMotion < 2.5) {
    base.y += sin(t * TAU / 7.0 + rnd * TAU) * 0.08;
    float roll = sin(t * TAU / 9.0 + rnd * 3.0) * 0.04;
    q.y += q.x * roll;
  } else if (uMotion > 2.5 && uMotion < 4.5) {
    // Circle slowly about the instance's home (a minute or more per circle), facing along the path.
    float radius = uMotion < 3.5 ? 14.0 : 4.0;
    float speed = (uMotion < 3.5 ? 0.1 : 0.16) * (0.8 + 0.4 * rnd);
    float a = t * speed + rnd * TAU;
    vec3 offset = vec3(cos(a), 0.0, sin(a)) * radius;
    float yaw = -a;
    float cy = cos(yaw);
    float sy = sin(yaw);
    q = vec3(cy * p.x + sy * p.z, p.y, -sy * p.x + cy * p.z);
    n = vec3(cy * normal.x + sy * normal.z, normal.y, -sy * normal.x + cy * normal.z);
    base += offset + vec3(0.0, sin(t * 0.3 + rnd * TAU) * 0.4, 0.0);
  }
  vec4 world = modelMatrix * vec4(base + q, 1.0);
  vWorld = world.xyz;
  vNormal = normalize(n);
  vPart = aPart;
  vRand = rnd;
  vHeight = clamp(position.y / uHeight, 0.0, 1.0);
  gl_Position = projectionMatrix * viewMatrix * world;
}
