import { configureTextBuilder } from 'troika-three-text'

// Lay out text on the main thread: troika's worker is built by stringifying functions, which the production
// minifier breaks. Panel labels are a few words, so the worker buys nothing. troika ignores (and warns about) a
// second configuration after its first font request, so every text user imports this one module instead of
// configuring troika itself.
configureTextBuilder({ useWorker: false, defaultFontURL: '/fonts/source-sans-3-400.woff' })

export const TEXT_BUILDER_READY = true
