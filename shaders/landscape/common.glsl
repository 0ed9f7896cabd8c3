// Shared by every landscape material (three's ShaderMaterial prepends its own prefix). Colours are display
// (sRGB) values like the painter's; nothing is tone mapped or re-encoded, so the palette reads as chosen.
uniform float uTime;
uniform vec3 uSunDir;
uniform vec3 uSunColour;
uniform float uSunIntensity;
uniform vec3 uAmbSky;
uniform vec3 uAmbGround;
uniform vec3 uLightTint;
uniform vec3 uFogColour;
uniform float uFogDensity;
// 0 clear … 1: the soft haze a new place appears behind.
uniform float uVeil;
uniform float uBrightness;
uniform float uWind;
// Distant lightning's glow (0…~0.2): lifts the ambient light a hair, never a flash in the face.
uniform float uFlash;

float lhash(vec2 p) {
  uvec2 q = uvec2(ivec2(floor(p)) + ivec2(50000));
  uint h = q.x * 0x8da6b343u + q.y * 0xd8163841u;
  h ^= h >> 15;
  h *= 0x2c1b3c6du;
  h ^= h >> 12;
  return float(h >> 8) * (1.0 / 16777216.0);
}

float lnoise(vec2 p) {
  vec2 i = floor(p);
  vec2 f = p - i;
  vec2 u = f * f * (3.0 - 2.0 * f);
  float a = lhash(i);
  float b = lhash(i + vec2(1.0, 0.0));
  float c = lhash(i + vec2(0.0, 1.0));
  float d = lhash(i + vec2(1.0, 1.0));
  return mix(mix(a, b, u.x), mix(c, d, u.x), u.y);
}

float lfbm(vec2 p) {
  float s = 0.5 * lnoise(p);
  p = mat2(1.6, 1.2, -1.2, 1.6) * p + 17.1;
  s += 0.25 * lnoise(p);
  p = mat2(1.6, 1.2, -1.2, 1.6) * p + 31.7;
  s += 0.125 * lnoise(p);
  return s / 0.875;
}

// Soft, wrapped diffuse light from the sun plus a sky/ground fill: matte by construction, no speculars.
vec3 lightSurface(vec3 albedo, vec3 n) {
  float wrap = clamp((dot(n, uSunDir) + 0.4) / 1.4, 0.0, 1.0);
  vec3 amb = mix(uAmbGround, uAmbSky, n.y * 0.5 + 0.5);
  vec3 light = amb * (0.72 + uFlash * 0.4) + uSunColour * uLightTint * (uSunIntensity * wrap * 0.62);
  return albedo * light;
}

vec3 applyFog(vec3 col, float dist) {
  float f = 1.0 - exp(-pow(uFogDensity * dist, 2.0));
  return mix(col, uFogColour, max(f, uVeil));
}

vec4 finishColour(vec3 col, float alpha) {
  return vec4(clamp(col * uBrightness, 0.0, 1.0), alpha);
}
