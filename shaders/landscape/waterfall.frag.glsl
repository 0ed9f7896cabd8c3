// A waterfall's sheet: a few soft streaks sliding slowly down, white-blue and half clear, brighter where the water
// rounds the lip, thinning into the mist at its foot. Time is the landscape's, so reduced motion holds it still.
uniform vec3 uWater;
uniform vec3 uRock;
uniform float uFallWidth;
uniform float uFallHeight;
uniform float uPhase;
varying vec2 vFall;
varying vec3 vWorld;

void main() {
  float dist = length(vWorld - cameraPosition);
  // Metres across and down the strip (half as wide again as the water), so the streaks keep their size.
  float x = vFall.x * uFallWidth * 1.5;
  float down = vFall.y * uFallHeight;
  float t = uTime + uPhase * 40.0;
  // Scrolls down at about 4 m/s: the sheet reads as falling water without ever hurrying.
  float flow = down * 0.11 - t * 0.45;
  float streak = lnoise(vec2(x * 1.1, flow)) * 0.65 + lnoise(vec2(x * 2.3 + 11.0, flow * 1.6 + 5.0)) * 0.35;
  streak = smoothstep(0.3, 0.8, streak);
  // The water's sides wander a little as it falls, so its edges are never ruled lines.
  float wander = (lnoise(vec2(down * 0.18 - t * 0.3, 3.0)) - 0.5) * 0.1;
  float u = vFall.x + wander;
  float water = smoothstep(0.13, 0.25, u) * smoothstep(0.87, 0.75, u);
  // Wet rock beside it, darker in broken streaks: it frames the pale water, as at a real fall.
  float wet = smoothstep(0.0, 0.2, vFall.x) * smoothstep(1.0, 0.8, vFall.x) * (1.0 - water);
  wet *= smoothstep(0.25, 0.65, lnoise(vec2(x * 0.9 + 5.0, down * 0.25)));
  float lip = 1.0 - smoothstep(0.0, 0.14, vFall.y);
  float ends = smoothstep(0.0, 0.025, vFall.y) * (1.0 - smoothstep(0.75, 1.0, vFall.y) * 0.5);
  vec3 foam = vec3(0.93, 0.97, 1.0);
  vec3 albedo = mix(uWater, foam, 0.7 + 0.22 * streak + 0.08 * lip);
  // Lit mostly by the sky it scatters (white water stays pale in shade), warmed by the sun, glowing a little
  // when the sun shines through it from behind.
  vec3 toEye = normalize(cameraPosition - vWorld);
  float wrap = clamp((dot(normalize(vec3(toEye.x, 0.3, toEye.z)), uSunDir) + 0.5) / 1.5, 0.0, 1.0);
  float through = pow(max(dot(-toEye, uSunDir), 0.0), 4.0);
  vec3 light = uAmbSky * (0.95 + uFlash * 0.4) + uSunColour * uLightTint * uSunIntensity * (0.2 + 0.3 * wrap + 0.3 * through);
  vec3 col = albedo * light * (1.0 + 0.2 * lip);
  col = mix(col, lightSurface(uRock * 0.4, vec3(toEye.x, 0.0, toEye.z)), wet * (1.0 - water));
  float alpha = (water * (0.6 + 0.3 * streak + 0.1 * lip) + wet * 0.22) * ends * (1.0 - uVeil);
  // Pale water keeps its contrast through haze longer than the land around it does: a lighter fog.
  gl_FragColor = finishColour(applyFog(col, dist * 0.65), alpha);
}
