/**
 * Shrinks GLSL for the build: the shaders are shipped as strings in the headset's first bundle, and their comments
 * and indentation are a large part of them. Only what cannot change what the GPU compiles is removed: comments,
 * indentation, blank lines, runs of spaces, and spaces beside punctuation that no token can straddle. Line breaks
 * stay (the preprocessor needs them), preprocessor lines keep their spaces (`#define F (x)` is not `#define F(x)`),
 * and spaces beside `+`, `-` and `.` stay, so `a - -b` never becomes a decrement and `1. .5` never one number.
 */
export function minifyGlsl(source: string): string {
  const lines = source
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/\/\/[^\n]*/g, '')
    .split('\n')
  const out: string[] = []
  for (const raw of lines) {
    const line = raw.trim().replace(/[ \t]+/g, ' ')
    if (!line) continue
    out.push(line.startsWith('#') ? line : line.replace(/ ?([{}()[\];,=<>*/!?:&|^%]) ?/g, '$1'))
  }
  // Ends in a line break: files are joined one after another, and a directive must start its own line.
  return `${out.join('\n')}\n`
}
