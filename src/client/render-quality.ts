/**
 * True when WebGL runs on a CPU rasteriser (SwiftShader, llvmpipe): there multisampling and high pixel ratios
 * cost whole seconds per frame, so the gallery drops them and stays responsive. Real GPUs keep full quality.
 */
export function isSoftwareRenderer(doc: Document = document): boolean {
  try {
    const canvas = doc.createElement('canvas')
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl')
    if (!gl) return false
    const info = gl.getExtension('WEBGL_debug_renderer_info')
    const name = String(info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER))
    gl.getExtension('WEBGL_lose_context')?.loseContext()
    return /swiftshader|llvmpipe|software|basic render/i.test(name)
  } catch {
    return false
  }
}
