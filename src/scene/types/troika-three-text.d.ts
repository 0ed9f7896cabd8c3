// troika-three-text ships no types; we use only this switch (drei's <Text> wraps the rest).
declare module 'troika-three-text' {
  export function configureTextBuilder(config: {
    useWorker?: boolean
    sdfGlyphSize?: number
    defaultFontURL?: string | null
  }): void
}
