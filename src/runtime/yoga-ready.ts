/**
 * Settles once yoga (Ink's layout engine, WebAssembly) is ready to lay out. Loaded as an ES module,
 * yoga-layout waits for its wasm with a top-level await, so by the time anything imports Ink it is
 * ready and this is already settled. The product bin is CommonJS, which has no top-level await: there
 * the bundle swaps this module for yoga's own promise (scripts/bundle-options.mjs), and the reader
 * waits on it before its first render (src/cli/reader.tsx; docs/performance.md#yoga-without-tla).
 */
export const yogaReady: Promise<void> = Promise.resolve();
