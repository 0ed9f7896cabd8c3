// Finish pass, at full size: only what needs full-size pixels — a fine paper grain and the dither. Grading
// and vignette are smooth, so the compose pass (about a fifth of the pixels) does them.
// The target is sRGB8: we work in display values, dither there, then hand the GPU linear values so its
// own encoding lands back on our dithered value (no banding in the soft skies).

vec3 srgbToLinear(vec3 c) {
  vec3 lo = c / 12.92;
  vec3 hi = pow((c + 0.055) / 1.055, vec3(2.4));
  return mix(hi, lo, vec3(lessThanEqual(c, vec3(0.04045))));
}

void main() {
  vec3 col = texture(uComposed, vUv).rgb;
  // One integer hash per pixel, cut into three 10-bit fields: two make a triangular dither of one 8-bit
  // step, the third a faint grain (a single hash keeps SwiftShader's full-size pass cheap).
  uint h = hash2u(ivec2(gl_FragCoord.xy));
  vec3 r = vec3(float(h >> 22), float((h >> 12) & 1023u), float((h >> 2) & 1023u)) * (1.0 / 1024.0);
  col *= 1.0 + (r.z - 0.5) * 0.04 * uFinishA.y;
  float dither = (r.x + r.y - 1.0) / 255.0;
  outColour = vec4(srgbToLinear(clamp(col + dither, 0.0, 1.0)), 1.0);
}
