/**
 * Stands in for the `widest-line` package inside Ink's bundle (see scripts/bundle-options.mjs): the
 * same answer, memoised, because Ink measures every text node on every frame and string-width walks
 * graphemes with Intl.Segmenter whenever a row holds a non-ASCII mark such as `●`
 * (docs/performance.md#ink-output).
 */
import {cachedCellWidth} from '../../core/text/index.js';

/** The cell width of the widest line in `text`. */
export default function widestLine(text: string): number {
	let widest = 0;
	for (const line of text.split('\n')) widest = Math.max(widest, cachedCellWidth(line));
	return widest;
}
