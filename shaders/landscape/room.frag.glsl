// The room's light, all faked and cheap: daylight from the sky through the far wall's windows (with sun patches
// on the floor where the sun, traced back to the window plane, falls inside a pane), the fire's warm glow low at
// the back wall, and the lamp's pool of light. Nothing here moves faster than the fire's slow breath (uFire).
uniform vec3 uGroundNear;
uniform vec3 uGroundFar;
uniform vec3 uAccent;
// x0, x1, sill, top of each window in the far wall (z = uRoomMin.z).
uniform vec4 uWindowA;
uniform vec4 uWindowB;
uniform vec3 uRoomMin;
uniform vec3 uRoomMax;
uniform vec4 uRug;
uniform vec3 uFirePos;
uniform vec3 uLampPos;
// Fire and lamp strength (the fire's includes its breath); daylight 0 (night) … 1.
uniform float uFire;
uniform float uLamp;
uniform float uDaylight;
varying vec3 vWorld;
varying vec3 vNormal;
varying vec3 vColour;
varying vec2 vSurface;

const vec3 FIRE = vec3(1.0, 0.56, 0.26);
const vec3 LAMP = vec3(1.0, 0.78, 0.5);

// 1 inside a window's pane, 0 on the wall and on the frame's glazing bars; soft edges.
float pane(vec2 q, vec4 w) {
  float inside = smoothstep(w.x, w.x + 0.08, q.x) * smoothstep(w.y, w.y - 0.08, q.x) *
    smoothstep(w.z, w.z + 0.08, q.y) * smoothstep(w.w, w.w - 0.08, q.y);
  float bars = smoothstep(0.03, 0.06, abs(q.x - (w.x + w.y) * 0.5)) *
    smoothstep(0.03, 0.06, abs(q.y - mix(w.z, w.w, 0.68)));
  return inside * bars;
}

// Sunlight reaching this point through a window: follow the sun's ray back to the far wall's plane.
float sunThrough(vec3 p, vec3 n) {
  if (uSunDir.z > -0.05) return 0.0;
  float facing = clamp(dot(n, uSunDir), 0.0, 1.0);
  if (facing <= 0.0) return 0.0;
  float t = (uRoomMin.z - p.z) / uSunDir.z;
  vec2 q = (p + uSunDir * t).xy;
  return (pane(q, uWindowA) + pane(q, uWindowB)) * facing;
}

// A warm point light with a soft falloff that never reaches zero too abruptly.
vec3 glow(vec3 p, vec3 n, vec3 at, vec3 colour, float strength, float reach) {
  vec3 l = at - p;
  float d = length(l);
  float wrap = clamp((dot(n, l / d) + 0.35) / 1.35, 0.0, 1.0);
  return colour * strength * wrap / (1.0 + d * d / (reach * reach));
}

vec3 floorboards(vec2 p) {
  // Planks 18 cm wide running away from the windows, butt joints staggered per plank.
  float row = floor(p.x / 0.18);
  float along = p.y + lhash(vec2(row, 3.0)) * 2.4;
  float plank = floor(along / 2.4);
  float tone = lhash(vec2(row, plank));
  vec3 c = uGroundNear * (0.86 + 0.2 * tone);
  // Grain from two sines rather than noise: every pixel of floor pays for it in a software rasteriser.
  c *= 0.96 + 0.03 * sin(along * 7.0 + tone * 40.0) + 0.02 * sin(p.x * 45.0 + along * 2.0 + tone * 9.0);
  float seam = smoothstep(0.0, 0.008, fract(p.x / 0.18) * 0.18) * smoothstep(0.0, 0.012, fract(along / 2.4) * 2.4);
  return c * mix(0.7, 1.0, seam);
}

vec3 rug(vec2 p) {
  vec2 q = (p - uRug.xy) / uRug.zw;
  float edge = min(1.0 - abs(q.x), 1.0 - abs(q.y));
  vec3 red = vec3(0.55, 0.24, 0.18);
  vec3 cream = vec3(0.86, 0.77, 0.6);
  vec3 blue = vec3(0.25, 0.3, 0.36);
  vec3 c = red;
  c = mix(c, cream, smoothstep(0.06, 0.07, edge) * smoothstep(0.11, 0.1, edge));
  c = mix(c, blue, smoothstep(0.14, 0.15, edge) * smoothstep(0.2, 0.19, edge));
  float diamond = abs(q.x) * 1.4 + abs(q.y);
  c = mix(c, cream, smoothstep(0.5, 0.49, diamond) * smoothstep(0.38, 0.39, diamond));
  c = mix(c, blue, smoothstep(0.24, 0.23, diamond));
  return c * (0.9 + 0.12 * lnoise(p * 40.0));
}

void main() {
  vec3 n = normalize(vNormal);
  vec3 p = vWorld;
  float kind = vSurface.x;
  vec3 albedo = vColour;
  if (kind < 0.5) {
  } else if (kind < 1.5) {
    albedo = floorboards(p.xz);
  } else if (kind < 2.5) {
    albedo = uGroundFar * vColour * (0.95 + 0.08 * lnoise(p.xy * 3.0 + p.zy * 3.0));
  } else if (kind < 3.5) {
    albedo *= 0.9 + 0.14 * lnoise(vec2(dot(p, vec3(1.0, 0.0, 1.0)) * 2.0, p.y * 30.0 + p.x * 3.0));
  } else if (kind < 4.5) {
    albedo = rug(p.xz);
  } else if (kind < 5.5) {
    vec2 s = vec2(p.x + p.z, p.y) * vec2(3.0, 5.0);
    float block = lhash(floor(s + vec2(floor(s.y) * 0.5, 0.0)));
    albedo *= 0.88 + 0.16 * block;
  } else if (kind < 6.5) {
    albedo *= 0.92 + 0.1 * lnoise(p.xz * 30.0 + p.y * 30.0);
  } else {
    // Wainscot: boards 45 cm wide with a shadowed groove between them.
    float along = fract((p.x + p.z) / 0.45) * 0.45;
    albedo *= (0.93 + 0.08 * lnoise(vec2((p.x + p.z) * 2.0, p.y * 20.0))) * mix(0.72, 1.0, smoothstep(0.0, 0.012, along));
  }

  // Daylight: the sky seen through the windows fills the room, more so near them and on faces turned to them;
  // at night it is only a cool whisper and the fire and lamp carry the room.
  float nearWindows = exp(-(p.z - uRoomMin.z) / 6.0);
  float toWindows = clamp(-n.z * 0.5 + 0.5, 0.0, 1.0);
  vec3 sky = mix(uAmbGround, uAmbSky, 0.5 + 0.3 * n.y) * (0.6 + 0.6 * nearWindows) * (0.7 + 0.3 * toWindows);
  vec3 light = sky * (0.22 + 0.85 * uDaylight) * (1.0 + uFlash * 0.4);
  light += uSunColour * uLightTint * uSunIntensity * sunThrough(p, n) * 0.9;
  // Light bounced about the room, mostly the fire's and the lamp's, so faces turned from every source still read.
  light += FIRE * (0.1 * uFire) + LAMP * (0.05 * uLamp) + 0.08;
  // Faces turned down or sideways (beams, the undersides of things) still see the lit floor.
  light += (mix(uAmbGround, uAmbSky, 0.5) * 0.3 * uDaylight + FIRE * 0.03 * uFire) * clamp(0.5 - n.y * 0.5, 0.0, 1.0);
  // The fire's light leaves through the opening: forward into the room and low, little up the chimney breast
  // or onto the ceiling.
  float out_ = smoothstep(-0.3, 0.5, dot(normalize(p - uFirePos), vec3(0.0, 0.0, -1.0)));
  out_ *= 1.0 - 0.65 * smoothstep(1.2, 3.0, p.y);
  light += glow(p, n, uFirePos, FIRE, uFire * 1.5 * out_, 3.2);
  light += glow(p, n, uLampPos, LAMP, uLamp * 0.6, 1.9);
  // The shade is open below: a pool of light on the floor under the lamp.
  vec3 fromLamp = p - uLampPos;
  float below = clamp(-fromLamp.y / length(fromLamp), 0.0, 1.0);
  light += LAMP * uLamp * 0.9 * smoothstep(0.55, 0.9, below) * max(n.y, 0.0) / (1.0 + dot(fromLamp, fromLamp) * 0.5);
  vec3 col = albedo * light;
  // Ceiling corners fall into soft shade, so the room has depth at night.
  col *= 1.0 - 0.18 * smoothstep(uRoomMax.y - 1.2, uRoomMax.y, p.y) * (1.0 - uDaylight);
  if (vSurface.y > 0.5) {
    col += vSurface.y < 1.5 ? albedo * LAMP * uLamp * 0.85 : FIRE * uFire * 0.55 * smoothstep(1.0, 0.0, p.y);
  }
  gl_FragColor = finishColour(mix(col, uFogColour, uVeil), 1.0);
}
