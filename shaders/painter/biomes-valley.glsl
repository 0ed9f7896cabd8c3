// River valley: a waterfall falls from a low cliff at the valley's head, on the focal third, into a pool; a river
// winds from it toward us across a green floor between wooded slopes. It reads by the pale fall and the river's
// curve leading the eye in (docs/ART.md).

// 0 at the pool under the fall, 1 at the bottom of the canvas.
float valleyNear(float y) { return clamp((uHorizon - y) / max(0.05, uHorizon), 0.0, 1.0); }

// The river's centre at height y: from the foot of the fall, swinging out and back as it comes toward us.
float riverX(float y) {
  float t = valleyNear(y);
  float drift = (0.5 - uFocal.x) * 0.7;
  return uFocal.x + drift * t + 0.12 * sin(t * 5.5 + uOffset.x) * t;
}

float riverHalfWidth(float y) { return mix(0.012, 0.16, pow(valleyNear(y), 1.35)); }

// The top of the cliff the water falls from: a rounded shoulder of rock around the focal third.
float cliffTop(float x) {
  float d = min(abs(x - uFocal.x) / 0.2, 1.0);
  // A broad ledge with rounded shoulders, and a small notch where the water pours over.
  float notch = 0.014 * exp(-pow((x - uFocal.x) / 0.025, 2.0));
  return uHorizon + 0.16 * (1.0 - pow(d, 3.0)) - notch + 0.014 * (vnoise1(x * 30.0 + uOffset.y) - 0.5);
}

// The valley's sides: their top edge rises from the valley floor toward the canvas edges.
float slopeTop(float x) {
  float centre = mix(0.5, uFocal.x, 0.6);
  float d = clamp((abs(x - centre) - 0.12) / 0.45, 0.0, 1.0);
  // A rounded shoulder rather than a straight line: steep near the floor, easing toward the top.
  float shoulder = 1.0 - pow(1.0 - d, 1.8);
  return uHorizon - 0.05 + 0.3 * shoulder + 0.04 * (fbm3(vec2(x * 5.0, 2.0) + uOffset) - 0.5);
}

vec3 valleyWater(vec2 uv, float rx, float hw) {
  vec3 mirrored = skyGradient(vec2(uv.x, 2.0 * uHorizon - uv.y));
  vec3 col = paintWaterSurface(uv, mirrored, uHorizon);
  // Long soft lines of current along the river, and white water just under the fall.
  float across = (uv.x - rx) / hw;
  float flow = vnoise(vec2(across * 3.0 + uOffset.x, uv.y * 70.0 / (0.3 + valleyNear(uv.y))));
  col = mix(col, mix(uSkyHorizon, vec3(0.95), 0.45), smoothstep(0.68, 0.85, flow) * 0.28);
  float churn = exp(-(uHorizon - uv.y) / 0.025) * (0.6 + 0.4 * vnoise(vec2(uv.x * 160.0, uv.y * 90.0)));
  col = mix(col, mix(uWarm, vec3(0.95), 0.7), clamp(churn, 0.0, 1.0) * 0.75);
  // The banks: a darker, greener edge where the water meets the grass.
  col = mix(col, mix(uGroundNear, uShadow, 0.3), smoothstep(0.7, 1.0, abs(across)) * 0.45);
  return col;
}

vec3 paintRiverValley(vec2 uv) {
  float hz = uHorizon;
  vec3 col = overSky(paintRidges(uv, 0, uRidgeCount, false), uv);
  // The cliff at the valley's head, rock with a cap of trees, a little hazy with distance.
  float top = cliffTop(uv.x);
  if (uv.y < top + 0.02 && uv.y > hz - 0.02) {
    float m = smoothstep(top + edgeW(0.3), top - edgeW(0.3), uv.y);
    vec3 rock = mix(uRidgeColour[uRidgeCount - 1], vec3(0.58, 0.57, 0.53), 0.45);
    rock *= 0.9 + 0.14 * vnoise(vec2(uv.x * 70.0, uv.y * 9.0) + uOffset);
    rock = mix(rock, uShadow, 0.25 * smoothstep(0.0, 0.1, uFocal.x - uv.x) * step(uSun.x, uFocal.x));
    float cap = smoothstep(top - 0.05, top - 0.015, uv.y + 0.02 * vnoise(vec2(uv.x * 50.0, 3.0)));
    rock = mix(rock, mix(uTreeColour, uShadow, 0.2), cap * 0.85);
    col = mix(col, mix(rock, haze(), 0.14), m);
  }
  // The fall: a pale ribbon, slightly wider at its foot, with soft vertical streaks of falling water.
  float fallTop = cliffTop(uFocal.x) - 0.012;
  if (uv.y < fallTop && uv.y > hz - 0.01) {
    float t = (fallTop - uv.y) / max(0.02, fallTop - hz);
    float hwf = 0.016 + 0.012 * t;
    float dx = (uv.x - uFocal.x) / hwf;
    float ribbon = smoothstep(1.0, 0.6, abs(dx)) * smoothstep(fallTop, fallTop - 0.01, uv.y);
    float streak = vnoise(vec2(dx * 2.5 + uOffset.x, uv.y * 22.0));
    vec3 water = mix(mix(uSkyHorizon, vec3(0.95), 0.6), uWarm, 0.12) * (0.9 + 0.12 * streak);
    col = mix(col, water, ribbon * 0.92);
  }
  if (uv.y < hz + 0.004) {
    // The valley floor: meadow grass and a few flowers, the river winding through it.
    float floorMask = smoothstep(hz + 0.004, hz - 0.004, uv.y);
    vec3 g = paintGround(uv, hz);
    g = paintFlowers(g, uv, hz, uFlowerDensity, 9.0);
    float rx = riverX(uv.y);
    float hw = riverHalfWidth(uv.y);
    float river = smoothstep(hw + px() * 2.0, hw - px() * 2.0, abs(uv.x - rx));
    if (river > 0.0) g = mix(g, valleyWater(uv, rx, hw), river);
    col = mix(col, g, floorMask);
  }
  // Spray: a soft veil at the foot of the fall, never a hard white.
  float mist = exp(-pow((uv.x - uFocal.x) / 0.07, 2.0) - pow((uv.y - hz - 0.01) / 0.035, 2.0));
  col = mix(col, mix(uSkyHorizon, vec3(0.94), 0.5), mist * 0.55);
  // The wooded sides of the valley frame the view: tree masses lit on the side that faces the sun, hazier higher up.
  float st = slopeTop(uv.x);
  float floorHalf = mix(0.14, 0.62, pow(valleyNear(uv.y), 0.9));
  float outside = abs(uv.x - riverX(uv.y)) - floorHalf;
  if (uv.y < st + 0.01 && outside > -0.05) {
    float m = smoothstep(st + edgeW(0.0), st - edgeW(0.0), uv.y) * smoothstep(-0.03, 0.03, outside);
    // Woods on the upper slope, rounded crowns in clumps; open grass lower down where the slope meets the floor.
    float crowns = fbm3(uv * vec2(40.0, 56.0) + uOffset + 7.0);
    float woods = smoothstep(0.4, 0.6, fbm3(uv * vec2(5.0, 7.0) + uOffset) + (uv.y - hz) * 1.2);
    float sunward = (uv.x > 0.5) == (uSun.x < 0.5) ? 1.0 : 0.0;
    vec3 grassy = mix(mix(uRidgeColour[uRidgeCount - 1], uGroundNear, 0.6), uWarm, 0.12 * sunward);
    vec3 wood = mix(mix(uTreeColour, uShadow, 0.15) * 0.92, mix(uTreeColour, uWarm, 0.3), smoothstep(0.3, 0.8, crowns) * (0.5 + 0.5 * sunward));
    vec3 slope = mix(grassy, wood, woods);
    slope = mix(slope, haze(), clamp((uv.y - hz) / 0.5, 0.0, 1.0) * 0.3);
    // Pines along the skyline of each slope.
    float p = pines(uv, st - 0.012, 60.0, 0.045, 0.55 + 0.4 * uTrees.x, 2.0);
    col = mix(col, mix(uTreeColour, haze(), 0.25), p * smoothstep(-0.02, 0.02, outside));
    col = mix(col, slope, m);
  }
  // Grass at our feet, leaning with the wind.
  float blades = grass(uv, -0.01, 0.07, 200.0) * smoothstep(0.05, 0.2, abs(uv.x - riverX(0.0)));
  return mix(col, mix(uGroundNear, uTreeColour, 0.5), blades * 0.8);
}
