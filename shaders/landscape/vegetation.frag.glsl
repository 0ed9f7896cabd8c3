// Parts: 0 wood, 1 leaves, 2 bloom, 3 stone, 4 glow (orbs, lanterns), 5 sail or hull paint, 6 coral
uniform vec3 uFoliage;
uniform vec3 uFoliageDry;
uniform vec3 uTrunk;
uniform vec3 uRock;
uniform vec3 uFlowerA;
uniform vec3 uFlowerB;
uniform vec3 uFlowerC;
uniform float uSnowCap;
varying vec3 vWorld;
varying vec3 vNormal;
varying float vPart;
varying float vRand;
varying float vHeight;

void main() {
  vec3 n = normalize(vNormal);
  if (!gl_FrontFacing) n = -n;
  float dist = length(vWorld - cameraPosition);
  vec3 flower = vRand < 0.4 ? uFlowerA : vRand < 0.75 ? uFlowerB : uFlowerC;
  vec3 albedo;
  if (vPart < 0.5) albedo = uTrunk;
  else if (vPart < 1.5) {
    albedo = mix(uFoliage, uFoliageDry, fract(vRand * 13.7) * 0.55);
    // Darker low down, lighter at the tips: depth inside a tuft or a crown without any shadow maps.
    albedo *= 0.72 + 0.4 * vHeight;
  } else if (vPart < 2.5) albedo = flower;
  else if (vPart < 3.5) albedo = uRock * (0.9 + 0.2 * vRand);
  else if (vPart < 4.5) {
    vec3 glow = mix(flower, vec3(1.0, 0.96, 0.88), 0.35);
    gl_FragColor = finishColour(applyFog(mix(lightSurface(glow, n), glow, 0.65), dist), 1.0);
    return;
  } else if (vPart < 5.5) albedo = vec3(0.93, 0.9, 0.84);
  else albedo = mix(flower, uRock, 0.25);
  if (uSnowCap > 0.0) albedo = mix(albedo, vec3(0.92, 0.94, 0.97), smoothstep(0.3, 0.8, n.y) * uSnowCap);
  vec3 col = lightSurface(albedo, n);
  gl_FragColor = finishColour(applyFog(col, dist), 1.0);
}
