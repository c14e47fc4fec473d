/**
 * Stands in for the `widest-line` package inside Ink's bundle (see scripts/bundle-options.mjs): the
 * same answer, memoised, because Ink measures every text node on every frame and string-width walks
 * graphemes with Intl.Segmenter whenever a row holds a non-ASCII mark such as `●`.
 */
import {cellWidth} from '../../core/wrap.js';
import {memoize} from './memo.js';

/** Cell width of one line (no newlines) as string-width counts it, memoised; narrow text skips string-width. */
export const lineWidth = memoize(cellWidth, 8192);

/** The cell width of the widest line in `text`. */
export default function widestLine(text: string): number {
	let widest = 0;
	for (const line of text.split('\n')) widest = Math.max(widest, lineWidth(line));
	return widest;
}
