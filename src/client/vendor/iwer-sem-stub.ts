/**
 * Stand-in for `@iwer/sem`, the emulator's synthetic rooms (several MB of scanned offices). Stillroom always
 * emulates with `syntheticEnvironment: false`, so the module is never used; aliasing it away keeps those
 * rooms out of `dist/`.
 */
export class SyntheticEnvironmentModule {
  constructor() {
    throw new Error('Synthetic environments are not bundled with Stillroom')
  }
}
