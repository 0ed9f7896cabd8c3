// Stillroom painter — shared declarations. highp everywhere so phones and desktops agree.
precision highp float;
precision highp int;

in vec2 vUv;
out vec4 outColour;

uniform vec2 uRes;
uniform int uComposition;
uniform uint uSeed;
uniform vec2 uOffset;
uniform float uHorizon;
uniform vec2 uFocal;
uniform vec3 uZenith;
uniform vec3 uSkyHorizon;
uniform vec3 uGlow;
uniform vec4 uSun; // xy position, z radius, w glow
uniform vec3 uSunColour;
uniform int uSunKind; // 0 sun, 1 moon
uniform vec3 uWarm;
uniform vec3 uShadow;
uniform int uRidgeCount;
uniform vec4 uRidge[5]; // y, amp, freq, sharp
uniform vec3 uRidgeColour[5];
uniform vec3 uGroundFar;
uniform vec3 uGroundNear;
uniform vec3 uWater;
uniform vec4 uWaterP; // reflect, shore left, shore right, surf
uniform vec2 uTrees; // density, height
uniform vec3 uTreeColour;
uniform vec3 uTrunk;
uniform float uFlowerDensity;
uniform vec3 uFlower[3];
uniform vec3 uAccent;
uniform float uStars;
uniform int uBirdCount;
uniform vec3 uBirds[5]; // x, y, span
uniform vec3 uBoat; // x, y (waterline), height; height 0 = none
uniform int uPalmCount;
uniform vec3 uPalms[2]; // x, height, lean
uniform vec3 uWeatherA; // clouds, fog, rain
uniform vec3 uWeatherB; // snow, wind, storm
uniform vec3 uFinishA; // brush, grain, vignette
uniform vec3 uFinishB; // contrast, softness, warmth
uniform sampler2D uProfiles; // ridge heights along x, one row per ridge
uniform sampler2D uComposed; // finish pass: the composed painting

// Pixel size in uv units: edges are softened by a few pixels at any paint size, so small paints don't alias.
float px() { return 1.0 / uRes.y; }
float luma(vec3 c) { return dot(c, vec3(0.2126, 0.7152, 0.0722)); }
