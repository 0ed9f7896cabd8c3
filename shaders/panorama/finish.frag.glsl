// Panorama finish pass, at full size: bilinear from the half-size compose (RepeatWrapping, so the seam column
// blends with its true neighbour), a faint paper grain, and a dither so soft skies never band. The grain comes
// from the direction's cell on a cube, not from pixel coordinates, so both edges of the seam get the same grain.

const float PI_F = 3.14159265;

vec3 srgbToLinear(vec3 c) {
  vec3 lo = c / 12.92;
  vec3 hi = pow((c + 0.055) / 1.055, vec3(2.4));
  return mix(hi, lo, vec3(lessThanEqual(c, vec3(0.04045))));
}

void main() {
  vec3 col = texture(uComposed, vUv).rgb;
  float az = (vUv.x - 0.5) * 2.0 * PI_F;
  float el = (vUv.y - 0.5) * PI_F;
  vec3 d = vec3(cos(el) * sin(az), sin(el), -cos(el) * cos(az));
  ivec3 cell = ivec3(floor(d * uRes.y * 0.5));
  uint h = hash2u(ivec2(cell.x * 7919 + cell.z * 104729, cell.y));
  vec3 r = vec3(float(h >> 22), float((h >> 12) & 1023u), float((h >> 2) & 1023u)) * (1.0 / 1024.0);
  col *= 1.0 + (r.z - 0.5) * 0.03 * uFinishA.y;
  float dither = (r.x + r.y - 1.0) / 255.0;
  outColour = vec4(srgbToLinear(clamp(col + dither, 0.0, 1.0)), 1.0);
}
