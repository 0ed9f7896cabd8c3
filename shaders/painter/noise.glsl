// Integer-hash noise. Integer hashing (not sin) gives the same bits on every GPU with highp int.

// Two multiply-xorshift rounds: the cheapest integer hash that shows no lattice pattern in value noise.
// SwiftShader runs every pixel on the CPU, so the hash is the painter's hottest code.
uint hash2u(ivec2 p) {
  uint h = uint(p.x) * 0x8da6b343u + uint(p.y) * 0xd8163841u + uSeed;
  h ^= h >> 15;
  h *= 0x2c1b3c6du;
  h ^= h >> 12;
  return h;
}

// Uniform in [0, 1) from the top 24 bits (exact in a float).
float rnd2(ivec2 p) { return float(hash2u(p) >> 8) * (1.0 / 16777216.0); }
float rnd1(int x) { return rnd2(ivec2(x, 1013)); }

// Value noise with quintic fade: smooth enough for skies, cheap enough for SwiftShader.
float vnoise(vec2 p) {
  vec2 i = floor(p);
  vec2 f = p - i;
  vec2 u = f * f * f * (f * (f * 6.0 - 15.0) + 10.0);
  ivec2 ip = ivec2(i);
  float a = rnd2(ip);
  float b = rnd2(ip + ivec2(1, 0));
  float c = rnd2(ip + ivec2(0, 1));
  float d = rnd2(ip + ivec2(1, 1));
  return mix(mix(a, b, u.x), mix(c, d, u.x), u.y);
}

// Two independent value noises from one set of four hashes (high and low 16 bits): half the cost of two
// vnoise calls, for things that need a 2D offset (brush wobble, cloud warp).
vec2 rnd22(ivec2 p) {
  uint h = hash2u(p);
  return vec2(float(h >> 16), float(h & 0xffffu)) * (1.0 / 65536.0);
}

vec2 vnoise2(vec2 p) {
  vec2 i = floor(p);
  vec2 f = p - i;
  vec2 u = f * f * (3.0 - 2.0 * f);
  ivec2 ip = ivec2(i);
  vec2 a = rnd22(ip);
  vec2 b = rnd22(ip + ivec2(1, 0));
  vec2 c = rnd22(ip + ivec2(0, 1));
  vec2 d = rnd22(ip + ivec2(1, 1));
  return mix(mix(a, b, u.x), mix(c, d, u.x), u.y);
}

float vnoise1(float x) {
  float i = floor(x);
  float f = x - i;
  float u = f * f * (3.0 - 2.0 * f);
  return mix(rnd1(int(i)), rnd1(int(i) + 1), u);
}

// Rotating each octave hides the value-noise grid (no visible tiling).
const mat2 OCT = mat2(1.6, 1.2, -1.2, 1.6);

float fbm3(vec2 p) {
  float s = 0.5 * vnoise(p);
  p = OCT * p + 17.1;
  s += 0.25 * vnoise(p);
  p = OCT * p + 31.7;
  s += 0.125 * vnoise(p);
  return s / 0.875;
}

float fbm4(vec2 p) {
  float s = 0.5 * vnoise(p);
  p = OCT * p + 17.1;
  s += 0.25 * vnoise(p);
  p = OCT * p + 31.7;
  s += 0.125 * vnoise(p);
  p = OCT * p + 5.3;
  s += 0.0625 * vnoise(p);
  return s / 0.9375;
}

// A soft round dot in a jittered grid cell; returns coverage and writes the cell's random value.
float cellDot(vec2 p, float radius, float keep, out float r) {
  vec2 cell = floor(p);
  ivec2 ic = ivec2(cell) + ivec2(911, 373);
  r = rnd2(ic);
  vec2 centre = cell + 0.2 + 0.6 * vec2(rnd2(ic + ivec2(7, 0)), rnd2(ic + ivec2(0, 7)));
  float d = length(p - centre);
  return r < keep ? smoothstep(radius, radius * 0.35, d) : 0.0;
}
