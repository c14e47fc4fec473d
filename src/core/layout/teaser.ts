import {wrapText} from '../text/index.js';
import type {Style, StyledLine} from './article.js';
import {textWidth} from './width.js';

/** Why only a teaser shows: the link points outside the library, or a bookmark's file is gone. */
type TeaserReason = 'not-in-library' | 'file-missing';

/** What a teaser screen shows. */
export interface Teaser {
	readonly title: string;
	readonly teaser: string;
	readonly section: string;
	readonly reason: TeaserReason;
}

const EXPLANATION: Readonly<Record<TeaserReason, string>> = {
	'not-in-library': 'The full text of this article is not in the library: only its headline and teaser are.',
	'file-missing': "This bookmarked article's file is gone: what shows here is the snapshot kept with the bookmark.",
};

/** Lines of the teaser screen for a terminal width: headline, teaser, and why the full text is not here. */
export function teaserLines({title, teaser, section, reason}: Teaser, width: number): StyledLine[] {
	const wrap = (text: string, style: Style): StyledLine[] => wrapText(text, textWidth(width)).map(line => [{text: line, style}]);
	return [
		...wrap(title, 'title'),
		...wrap(`${section} · teaser only`, 'meta'),
		[],
		...wrap(teaser || '(no teaser)', 'body'),
		[],
		...wrap(EXPLANATION[reason], 'missing'),
	];
}
