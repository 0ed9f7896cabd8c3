import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { BIOME_TABLE } from '../../src/shared/biomes/table'
import { BIOMES } from '../../src/shared/scene-constants'
import { compositionDefines, compositionName } from '../../src/scene/painter/shader-defines'
import { composeFragment } from '../../src/scene/painter/shader-source'

// The shaders name compositions (`COMPOSITION_BEACH`) and the painter of each place; both come from the biome
// table. These tests read the GLSL as text, so a number typed by hand, a stale name or a missing painter fails
// here rather than as a silently wrong picture (an unknown composition used to paint an abstract).

const shaders = fileURLToPath(new URL('../../shaders/', import.meta.url))
const files = ['painter', 'panorama', 'landscape'].flatMap((dir) =>
  readdirSync(join(shaders, dir))
    .filter((f) => f.endsWith('.glsl'))
    .map((f) => ({ name: `${dir}/${f}`, text: readFileSync(join(shaders, dir, f), 'utf8') })),
)
const withoutComments = (text: string) => text.replace(/\/\/.*$/gm, '').replace(/\/\*[\s\S]*?\*\//g, '')
const tableNames = new Set(BIOMES.map(compositionName))

describe('the shaders and the biome table', () => {
  it('compares COMPOSITION only with names from the table, never with a bare number', () => {
    const wrong: string[] = []
    for (const { name, text } of files) {
      for (const m of withoutComments(text).matchAll(/\bCOMPOSITION\s*(?:==|!=)\s*(\w+)/g)) {
        if (!tableNames.has(m[1]!)) wrong.push(`${name}: COMPOSITION compared with ${m[1]}`)
      }
      for (const m of withoutComments(text).matchAll(/\b(\w+)\s*(?:==|!=)\s*COMPOSITION\b/g)) {
        wrong.push(`${name}: ${m[1]} compared with COMPOSITION (put COMPOSITION first)`)
      }
    }
    expect(wrong).toEqual([])
  })

  it('uses no composition name the table does not define', () => {
    const unknown = files.flatMap(({ name, text }) =>
      [...withoutComments(text).matchAll(/\bCOMPOSITION_[A-Z0-9_]+\b/g)]
        .map((m) => m[0])
        .filter((n) => n !== 'COMPOSITION_PAINT' && !tableNames.has(n))
        .map((n) => `${name}: ${n}`),
    )
    expect(unknown).toEqual([])
  })

  it('has exactly one painter function per place, and no painter the table does not name', () => {
    const painters = files
      .filter((f) => /^painter\/biomes-[a-z-]+\.glsl$/.test(f.name))
      .flatMap(({ text }) => [
        ...withoutComments(text).matchAll(/^vec3\s+(paint\w+)\s*\(\s*vec2\s+\w+\s*\)/gm),
      ])
      .map((m) => m[1]!)
      .sort()
    const named = BIOMES.map((b) => BIOME_TABLE[b].painter).sort()
    expect(painters).toEqual(named)
  })

  it('gives every place its own composition number', () => {
    const numbers = BIOMES.map((b) => BIOME_TABLE[b].composition)
    expect(new Set(numbers).size).toBe(BIOMES.length)
    for (const n of numbers) expect(Number.isInteger(n) && n >= 0).toBe(true)
  })

  it('keeps the numbers that stored recipes already carry', () => {
    // A painted recipe stores its composition number; changing one would repaint old artworks as another place.
    expect({
      beach: BIOME_TABLE.beach.composition,
      forest: BIOME_TABLE.forest.composition,
      meadow: BIOME_TABLE.meadow.composition,
      'mountain-lake': BIOME_TABLE['mountain-lake'].composition,
      snow: BIOME_TABLE.snow.composition,
      garden: BIOME_TABLE.garden.composition,
      desert: BIOME_TABLE.desert.composition,
      underwater: BIOME_TABLE.underwater.composition,
      'night-sky': BIOME_TABLE['night-sky'].composition,
      abstract: BIOME_TABLE.abstract.composition,
    }).toEqual({
      beach: 0,
      forest: 1,
      meadow: 2,
      'mountain-lake': 3,
      snow: 4,
      garden: 5,
      desert: 6,
      underwater: 7,
      'night-sky': 8,
      abstract: 9,
    })
  })

  it('defines, for each program, its number, every name and its own painter', () => {
    for (const biome of BIOMES) {
      const { composition, painter } = BIOME_TABLE[biome]
      const defines = compositionDefines(composition).split('\n')
      expect(defines[0]).toBe(`#define COMPOSITION ${composition}`)
      for (const other of BIOMES)
        expect(defines).toContain(`#define ${compositionName(other)} ${BIOME_TABLE[other].composition}`)
      expect(defines).toContain(`#define COMPOSITION_PAINT ${painter}`)
    }
  })

  it('puts the painter of each place into its compose program', () => {
    // A new biomes-*.glsl file must also be joined into composeFragment, or its program fails to compile.
    for (const biome of BIOMES) {
      const { composition, painter } = BIOME_TABLE[biome]
      expect(composeFragment(composition), biome).toMatch(new RegExp(`\\bvec3 ${painter}\\(vec2 `))
    }
  })
})
