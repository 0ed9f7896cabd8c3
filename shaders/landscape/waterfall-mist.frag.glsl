uniform float uMist;
varying vec2 vCorner;
varying float vAlpha;
varying vec3 vWorld;

void main() {
  float r = length(vCorner);
  float soft = 1.0 - smoothstep(0.0, 1.0, r);
  float a = soft * soft * vAlpha * uMist * (1.0 - uVeil);
  if (a < 0.004) discard;
  // Lit as the falling water is: by the sky it scatters, warmed a little by the sun.
  vec3 albedo = vec3(0.93, 0.96, 0.99);
  vec3 col = albedo * (uAmbSky * (0.95 + uFlash * 0.4) + uSunColour * uLightTint * uSunIntensity * 0.35);
  gl_FragColor = finishColour(applyFog(col, length(vWorld - cameraPosition) * 0.65), a);
}
