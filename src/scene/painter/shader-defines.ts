import { BIOME_TABLE } from '../../shared/biomes/table'
import { BIOMES } from '../../shared/scene-constants'

/** `mountain-lake` → `COMPOSITION_MOUNTAIN_LAKE`: the name a shader uses for a place's composition number. */
export const compositionName = (id: string): string => `COMPOSITION_${id.toUpperCase().replace(/-/g, '_')}`

/**
 * The defines that open every painter and panorama program, read from the biome table: which composition this
 * program paints, every composition's number by name (so the GLSL says `COMPOSITION == COMPOSITION_BEACH`, never
 * a bare number that can drift from the table), and the function that paints it.
 */
export function compositionDefines(composition: number): string {
  const own = BIOMES.find((b) => BIOME_TABLE[b].composition === composition)
  // An unknown number paints an abstract, the quietest picture, as the old chain's last branch did.
  const painter = BIOME_TABLE[own ?? 'abstract'].painter
  return [
    `#define COMPOSITION ${composition}`,
    ...BIOMES.map((b) => `#define ${compositionName(b)} ${BIOME_TABLE[b].composition}`),
    `#define COMPOSITION_PAINT ${painter}`,
  ].join('\n')
}
