// Finish pass, at full size: the painterly surface over the (possibly half-size) composition.
// The target is sRGB8: we work in display values, dither there, then hand the GPU linear values so its
// own encoding lands back on our dithered value (no banding in the soft skies).

vec3 paintSurface(vec3 col, vec2 uv) {
  // Paper tooth, scaled to the canvas (not the screen) so a small paint looks like a small copy.
  float tooth = vnoise(uv * 700.0);
  col *= 1.0 + (tooth - 0.5) * 0.045 * uFinishA.y;
  // Calm words lower the contrast around a light middle value; warmth tilts the light.
  col = mix(vec3(0.62), col, uFinishB.x);
  col += vec3(0.025, 0.008, -0.025) * uFinishB.z;
  vec2 v = (uv - 0.5) * vec2(1.0, 1.1);
  float vig = smoothstep(0.35, 0.85, length(v));
  col = mix(col, col * vec3(0.86, 0.84, 0.86), vig * uFinishA.z);
  return clamp(col, 0.035, 0.965);
}

vec3 srgbToLinear(vec3 c) {
  vec3 lo = c / 12.92;
  vec3 hi = pow((c + 0.055) / 1.055, vec3(2.4));
  return mix(hi, lo, vec3(lessThanEqual(c, vec3(0.04045))));
}

void main() {
  vec2 uv = vUv;
  vec3 col = texture(uComposed, uv).rgb;
  col = paintSurface(col, uv);
  // Triangular dither of one 8-bit step, from the integer hash of the pixel.
  ivec2 fc = ivec2(gl_FragCoord.xy);
  float dither = (rnd2(fc) + rnd2(fc + ivec2(4099, 7919)) - 1.0) / 255.0;
  outColour = vec4(srgbToLinear(clamp(col + dither, 0.0, 1.0)), 1.0);
}
