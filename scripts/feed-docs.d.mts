// Types for scripts/feed-docs.mjs, so tests in TypeScript can check the benchmark's feeds.

/** Items in every feed. */
export declare const ITEMS: number;
/** Which format feed n is in. */
export declare function feedFormat(n: number): 'rss' | 'atom' | 'json';
/** Feed n's title and site. */
export declare function feedInfo(seed: number, n: number): {title: string; site: string};
/** Item j of feed n. */
export declare function feedItem(seed: number, n: number, j: number): {title: string; link: string; guid: string; date: Date; teaser: string; html: string};
/** Feed n after `edition` new items: its text, media type and newest item's date. */
export declare function feedDoc(seed: number, n: number, edition?: number): {text: string; type: string; updated: Date};
/** An OPML 2.0 list of feeds. */
export declare function opmlOf(feeds: {title: string; url: string; site: string}[]): string;
