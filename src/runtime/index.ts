/**
 * Node and V8 start-up work (docs/performance.md lists each trick): the launcher and its code cache,
 * V8's heap sizing, and yoga's wasm readiness. The program needs only `yogaReady` from here; the
 * launcher (launch.ts) uses its neighbours directly, so the program bundle stays free of them.
 */
export {yogaReady} from './yoga-ready.js';
