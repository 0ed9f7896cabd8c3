// Ground: near and far colours broken up by soft painterly noise, rock on steep slopes, wet sand at the sea,
// snow in hollows, slow caustics under the sea, colour fields in the abstract place.
uniform vec3 uGroundNear;
uniform vec3 uGroundFar;
uniform vec3 uRock;
uniform vec3 uFoliage;
uniform vec3 uWater;
uniform float uWaterLevel;
// 0 land, 1 shore (sand), 2 snow, 3 seafloor, 4 abstract, 5 dunes
uniform float uKind;
uniform vec3 uAccent;
varying vec3 vWorld;
varying vec3 vNormal;

void main() {
  vec3 n = normalize(vNormal);
  float dist = length(vWorld - cameraPosition);
  vec2 p = vWorld.xz;
  // Four value noises in all: a software rasteriser pays for every one on every pixel of ground.
  float broad = lnoise(p * 0.035) * 0.65 + lnoise(p * 0.11 + 3.0) * 0.35;
  float fine = lnoise(p * 0.9) * 0.6 + lnoise(p * 3.1) * 0.4;
  vec3 albedo = mix(uGroundNear, uGroundFar, smoothstep(0.35, 0.75, broad) * 0.7 + smoothstep(20.0, 90.0, dist) * 0.3);
  albedo *= 0.93 + 0.12 * fine;
  float slope = 1.0 - n.y;
  if (uKind < 0.5) {
    // Meadow patches: warmer and drier in places, as light through long grass.
    albedo = mix(albedo, mix(albedo, uFoliage, 0.5), smoothstep(0.55, 0.8, broad * 0.5 + lnoise(p * 0.08 + 5.0) * 0.5) * 0.5);
  } else if (uKind < 1.5) {
    float wet = smoothstep(uWaterLevel + 0.5, uWaterLevel + 0.05, vWorld.y);
    albedo = mix(albedo, albedo * vec3(0.78, 0.8, 0.84), wet);
  } else if (uKind < 2.5) {
    // Blue shadows in the snow's hollows (docs/ART.md).
    albedo = mix(albedo, albedo * vec3(0.86, 0.9, 1.0), smoothstep(0.5, 0.2, broad) * 0.6);
  } else if (uKind < 3.5) {
    vec2 q = p * 0.45;
    float c1 = lnoise(q + vec2(uTime * 0.05, uTime * 0.03));
    float c2 = lnoise(q * 1.6 - vec2(uTime * 0.04, -uTime * 0.02));
    float caustic = pow(1.0 - abs(c1 - c2), 6.0);
    albedo += vec3(0.16, 0.2, 0.18) * caustic * smoothstep(40.0, 5.0, dist);
  } else if (uKind < 4.5) {
    albedo = mix(albedo, uAccent, smoothstep(0.5, 0.8, broad * 0.4 + lnoise(p * 0.03 + 11.0) * 0.6) * 0.35);
  } else {
    // Ripples wind has drawn across the sand.
    float ripple = sin(dot(p, vec2(0.8, 0.6)) * 3.0 + lnoise(p * 0.3) * 6.0);
    albedo *= 0.97 + 0.04 * ripple;
  }
  albedo = mix(albedo, uRock, smoothstep(0.35, 0.6, slope) * 0.75);
  vec3 col = lightSurface(albedo, n);
  gl_FragColor = finishColour(applyFog(col, dist), 1.0);
}
