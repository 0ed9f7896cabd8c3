import * as THREE from 'three'
import { MAX_VERSIONS } from '../../shared/refine/choices'
import { PART } from './versions-geometry'

// The one material of an easel (see versions-geometry.ts): painting, wood and card in a single draw call, faded as one.

/** Label cards in one small canvas texture: row k holds "k+1" and "k+1 · on the wall". */
const CELL_H = 64
const ATLAS = 512
const PLAIN_W = 128
/** Card widths in metres, in the atlas cells' proportions. */
export const CARD_WIDTH = { plain: 0.17, current: 0.5 } as const

/** The current version's card in English: the console's mirror keeps it (the headset passes its own words). */
export const ON_THE_WALL_EN = (n: number) => `${n}  ·  on the wall`

/**
 * The label cards, drawn once per stand (a canvas of 512×512, freed with the stand). `onTheWall` words the current
 * version's card in the viewer's language (a number is a number everywhere).
 */
export function createLabelAtlas(onTheWall: (n: number) => string = ON_THE_WALL_EN): THREE.Texture {
  const canvas = document.createElement('canvas')
  canvas.width = canvas.height = ATLAS
  const g = canvas.getContext('2d')
  if (g) {
    g.textBaseline = 'middle'
    g.textAlign = 'center'
    for (let k = 0; k < MAX_VERSIONS; k++) {
      const y = k * CELL_H
      card(g, 0, y, PLAIN_W, `${k + 1}`, '#f3eee5')
      card(g, PLAIN_W, y, ATLAS - PLAIN_W, onTheWall(k + 1), '#e6eddf')
    }
  }
  const texture = new THREE.CanvasTexture(canvas)
  texture.colorSpace = THREE.SRGBColorSpace
  texture.anisotropy = 4
  return texture
}

function card(
  g: CanvasRenderingContext2D,
  x: number,
  y: number,
  w: number,
  text: string,
  paper: string,
): void {
  g.fillStyle = paper
  g.fillRect(x + 2, y + 2, w - 4, CELL_H - 4)
  g.fillStyle = '#4a4037'
  g.font = `600 40px 'Source Sans 3', 'Segoe UI', system-ui, sans-serif`
  g.fillText(text, x + w / 2, y + CELL_H / 2 + 2, w - 16)
}

/** The atlas rectangle (u0, v0, du, dv) of a version's card. */
export function labelRect(index: number, current: boolean): THREE.Vector4 {
  const k = Math.max(0, Math.min(MAX_VERSIONS - 1, index))
  const x = current ? PLAIN_W : 0
  const w = current ? ATLAS - PLAIN_W : PLAIN_W
  // Canvas rows run down, texture v runs up (flipY).
  return new THREE.Vector4(x / ATLAS, 1 - ((k + 1) * CELL_H) / ATLAS, w / ATLAS, CELL_H / ATLAS)
}

const vertexShader = /* glsl */ `
attribute float part;
uniform float uCardWidth;
varying vec2 vUv;
varying vec3 vColor;
varying vec3 vNormal;
varying float vPart;
void main() {
  vUv = uv;
  vColor = color;
  vPart = part;
  vNormal = normalize(mat3(modelMatrix) * normal);
  vec3 p = position;
  if (part > ${PART.card - 0.5}) p.x *= uCardWidth;
  gl_Position = projectionMatrix * modelViewMatrix * vec4(p, 1.0);
}
`

const fragmentShader = /* glsl */ `
uniform sampler2D uMap;
uniform sampler2D uLabels;
uniform vec4 uLabelRect;
uniform float uOpacity;
uniform float uGlow;
varying vec2 vUv;
varying vec3 vColor;
varying vec3 vNormal;
varying float vPart;
void main() {
  vec3 c;
  if (vPart < ${PART.solid - 0.5}) {
    c = texture2D(uMap, vUv).rgb;
  } else if (vPart < ${PART.card - 0.5}) {
    // Soft, fixed light from the windows' side, like the gallery's: never dark, never glossy.
    float light = 0.8 + 0.28 * max(dot(normalize(vNormal), normalize(vec3(-0.35, 0.8, 0.5))), 0.0);
    c = vColor * light;
  } else {
    c = texture2D(uLabels, uLabelRect.xy + vUv * uLabelRect.zw).rgb;
  }
  // Pointed at: a gentle warm lift, not a flash.
  c = mix(c, c * vec3(1.08, 1.05, 1.0) + 0.04, uGlow);
  #ifdef TONE_MAPPING
  if (vPart > ${PART.solid - 0.5} && vPart < ${PART.card - 0.5}) c = toneMapping(c);
  #endif
  gl_FragColor = vec4(c, uOpacity);
  #include <colorspace_fragment>
}
`

export type EaselMaterial = THREE.ShaderMaterial & {
  uniforms: {
    uMap: THREE.IUniform<THREE.Texture | null>
    uLabels: THREE.IUniform<THREE.Texture>
    uLabelRect: THREE.IUniform<THREE.Vector4>
    uOpacity: THREE.IUniform<number>
    uGlow: THREE.IUniform<number>
    uCardWidth: THREE.IUniform<number>
  }
}

/** One per easel: its own painting, card and fade. Every easel compiles to the same program. */
export function createEaselMaterial(labels: THREE.Texture): EaselMaterial {
  return new THREE.ShaderMaterial({
    uniforms: {
      uMap: { value: null },
      uLabels: { value: labels },
      uLabelRect: { value: labelRect(0, false) },
      uOpacity: { value: 0 },
      uGlow: { value: 0 },
      uCardWidth: { value: CARD_WIDTH.plain },
    },
    vertexShader,
    fragmentShader,
    vertexColors: true,
    transparent: true,
    fog: false,
  }) as EaselMaterial
}
