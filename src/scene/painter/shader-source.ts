import vertex from '../../../shaders/painter/painter.vert.glsl?raw'
import header from '../../../shaders/painter/header.glsl?raw'
import noise from '../../../shaders/painter/noise.glsl?raw'
import sky from '../../../shaders/painter/sky.glsl?raw'
import land from '../../../shaders/painter/land.glsl?raw'
import biomesLand from '../../../shaders/painter/biomes-land.glsl?raw'
import biomesSnow from '../../../shaders/painter/biomes-snow.glsl?raw'
import biomesOpen from '../../../shaders/painter/biomes-open.glsl?raw'
import biomesRoom from '../../../shaders/painter/biomes-room.glsl?raw'
import biomesValley from '../../../shaders/painter/biomes-valley.glsl?raw'
import motifs from '../../../shaders/painter/motifs.glsl?raw'
import compose from '../../../shaders/painter/compose.frag.glsl?raw'
import finish from '../../../shaders/painter/finish.frag.glsl?raw'
import { compositionDefines } from './shader-defines'

/** GLSL ES 3.00 sources; three prepends `#version 300 es` for a GLSL3 RawShaderMaterial. */
export const PAINTER_VERTEX = vertex

/**
 * The compose program for one composition. Each composition is its own program because a software
 * rasteriser (SwiftShader) pays for every arm of a runtime switch. Chunk order matters: each uses only
 * what the chunks before it declare.
 */
export function composeFragment(composition: number): string {
  return [
    compositionDefines(composition),
    header,
    noise,
    sky,
    land,
    biomesLand,
    biomesSnow,
    biomesOpen,
    biomesValley,
    biomesRoom,
    motifs,
    compose,
  ].join('\n')
}

export const FINISH_FRAGMENT = [header, noise, finish].join('\n')
