// Panorama finish pass, at full size: bilinear from the half-size compose (RepeatWrapping, so the seam column
// blends with its true neighbour) and a dither so soft skies never band. It runs on four times the pixels of the
// compose pass, so it stays this small: the paper grain is painted in the compose pass (from the direction, so the
// seam and the poles stay clean), the dither (±1 step of 8 bits, far below the seam and pole tolerances) is hashed
// from the pixel, and the colour is stored as display values in a plain 8-bit target (no sRGB conversion here or
// in the hardware): the sky dome shows them as they are.

void main() {
  vec3 col = texture(uComposed, vUv).rgb;
  uint h = hash2u(ivec2(gl_FragCoord.xy));
  // Triangular dither in [-1, 1] steps of 1/255: the sum of two uniform 10-bit draws.
  float dither = (float(h >> 22) + float((h >> 12) & 1023u) - 1023.0) * (1.0 / (1024.0 * 255.0));
  // None in the last few rows at each pole (one direction each, one colour: nothing there can band).
  dither *= 1.0 - smoothstep(0.99, 0.996, abs(vUv.y * 2.0 - 1.0));
  outColour = vec4(clamp(col + dither, 0.0, 1.0), 1.0);
}
