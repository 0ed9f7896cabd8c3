import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { minifyGlsl } from '../../src/shared/glsl-minify'

describe('minifyGlsl', () => {
  it('drops comments, indentation, blank lines and spaces beside punctuation', () => {
    const src = `// the sky
uniform float uTime; /* seconds */

void main() {
    float a = max( 1.0 , uTime ) ; // keep calm
    gl_FragColor = vec4( a ) ;
}
`
    expect(minifyGlsl(src)).toBe(
      'uniform float uTime;\nvoid main(){\nfloat a=max(1.0,uTime);\ngl_FragColor=vec4(a);\n}\n',
    )
  })

  it('leaves preprocessor lines their spaces and their own lines', () => {
    const src = '#define SOFT (0.5)\n  #if COMPOSITION == COMPOSITION_BEACH  // the shore\nx = SOFT;\n#endif'
    expect(minifyGlsl(src)).toBe(
      '#define SOFT (0.5)\n#if COMPOSITION == COMPOSITION_BEACH\nx=SOFT;\n#endif\n',
    )
  })

  it('never joins tokens that a space keeps apart', () => {
    expect(minifyGlsl('float b = a - -c + +d;')).toBe('float b=a - -c + +d;\n')
    expect(minifyGlsl('vec2 p = vec2(1. , .5);')).toBe('vec2 p=vec2(1.,.5);\n')
    expect(minifyGlsl('highp float x;')).toBe('highp float x;\n')
  })

  it('keeps every identifier and number of every shader the app ships', () => {
    const root = join(__dirname, '../../shaders')
    for (const dir of readdirSync(root)) {
      for (const file of readdirSync(join(root, dir)).filter((f) => f.endsWith('.glsl'))) {
        const src = readFileSync(join(root, dir, file), 'utf8')
        const code = src.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/\/\/[^\n]*/g, '')
        const words = (s: string) => s.match(/[A-Za-z_0-9.]+/g) ?? []
        const min = minifyGlsl(src)
        expect(words(min), file).toEqual(words(code))
        expect(min.length, file).toBeLessThan(src.length)
      }
    }
  })
})
