/**
 * A feed item as an article: its HTML read into blocks, "More from" its feed. A folder of its own so
 * the program loads it (and the HTML parser with it) with `import()` when an item is first opened,
 * not before the first frame (docs/performance.md#feeds-lazy).
 */
export {itemArticle} from './article.js';
