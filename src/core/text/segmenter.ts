/**
 * A grapheme segmenter that only builds an Intl.Segmenter for text that needs one. The first
 * Intl.Segmenter a process makes is slow (ICU loads its break rules: docs/performance.md#segmenter),
 * and the ANSI tokenizers Ink draws with (ansi-tokenize, slice-ansi, wrap-ansi) each make one when
 * they load, so every start paid it before its first frame. Inside the bundle their
 * `new Intl.Segmenter(...)` is this (scripts/bundle-options.mjs): text in which every UTF-16 unit is a
 * grapheme of its own, which is all a frame of Latin, Greek or Cyrillic headlines holds, is split here
 * without ICU.
 */

import {NARROW_CLASS} from './narrow.js';

/**
 * Code units that are each a whole grapheme: C0 controls but CR (CR LF is one grapheme), and the
 * narrow set of src/core/text/narrow.ts (no combining marks, joiners, variation selectors, Hangul jamo or
 * surrogates anywhere in it). test/core/text/segmenter.test.ts compares with Intl.Segmenter.
 */
const SINGLE_UNITS = new RegExp(`^[\\x00-\\x0C\\x0E-\\x1F${NARROW_CLASS}]*$`);

/** What Intl's segments give for one grapheme. */
interface SegmentData {
	readonly segment: string;
	readonly index: number;
	readonly input: string;
}

/** The part of Intl.Segments the tokenizers use: iteration and `containing`. */
export interface SegmentsLike extends Iterable<SegmentData> {
	containing(index?: number): SegmentData | undefined;
}

class SingleUnitSegments implements SegmentsLike {
	constructor(private readonly input: string) {}

	*[Symbol.iterator](): Iterator<SegmentData> {
		const {input} = this;
		for (let index = 0; index < input.length; index++) yield {segment: input[index]!, index, input};
	}

	containing(index?: number): SegmentData | undefined {
		// As Intl: the index is made an integer (undefined and NaN count as 0), and outside the text there is nothing.
		const at = Math.trunc(Number(index ?? 0)) || 0;
		return at >= 0 && at < this.input.length ? {segment: this.input[at]!, index: at, input: this.input} : undefined;
	}
}

/** A grapheme segmenter; an Intl.Segmenter is made on the first text that needs one. */
export class LazySegmenter {
	private intl: Intl.Segmenter | undefined;

	constructor(
		private readonly locales?: string | readonly string[],
		private readonly options?: Intl.SegmenterOptions,
	) {}

	segment(input: string): SegmentsLike {
		const text = String(input);
		if (SINGLE_UNITS.test(text)) return new SingleUnitSegments(text);
		this.intl ??= new Intl.Segmenter(this.locales as string | string[] | undefined, this.options);
		return this.intl.segment(text);
	}
}

/**
 * What `new Intl.Segmenter(locales, options)` becomes in the bundle: this lazy one for graphemes (the
 * default granularity), a real one for words and sentences.
 * @internal Tests use it; the program does not.
 */
export function createSegmenter(locales?: string | readonly string[], options?: Intl.SegmenterOptions): Pick<Intl.Segmenter, 'segment'> | LazySegmenter {
	const granularity = options?.granularity ?? 'grapheme';
	return granularity === 'grapheme' ? new LazySegmenter(locales, options) : new Intl.Segmenter(locales as string | string[] | undefined, options);
}
