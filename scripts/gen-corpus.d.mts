// Types for scripts/gen-corpus.mjs, so tests in TypeScript can call the generator.

/** Section folders in a corpus. */
export declare const SECTIONS: number;
/** The seed used when none is given. */
export declare const DEFAULT_SEED: number;
/** A seeded generator of floats in [0, 1). */
export declare function rng(seed: number): () => number;
/** Section number (1-based) and id of article n, e.g. `sec07/a0000123`. */
export declare function articleId(n: number): {section: number; id: string};
/** The full text of article n of a corpus of `count`. */
export declare function articleText(seed: number, n: number, count: number): string;
/** Writes `count` articles under `dir`. */
export declare function generateCorpus(dir: string, count: number, seed?: number): Promise<{count: number; bytes: number}>;
