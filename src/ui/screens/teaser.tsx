import {Box} from 'ink';
import type {StyledLine, Style} from '../../core/layout/index.js';
import {textWidth} from '../../core/reader/index.js';
import {wrapText} from '../../core/text/index.js';
import {StyledLineView} from '../components/index.js';

/** Props for the teaser of an article the library does not have. */
export interface TeaserProps {
	readonly title: string;
	readonly teaser: string;
	readonly section: string;
	readonly reason: 'not-in-library' | 'file-missing';
	readonly width: number;
	readonly height: number;
}

const EXPLANATION = {
	'not-in-library': 'The full text of this article is not in the library: only its headline and teaser are.',
	'file-missing': 'This bookmarked article\'s file is gone: what shows here is the snapshot kept with the bookmark.',
} as const;

/** Lines of the teaser screen for a width. */
export function teaserLines({title, teaser, section, reason, width}: Omit<TeaserProps, 'height'>): StyledLine[] {
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

/** Headline, teaser, and a clear line saying the full text is not here. */
export function TeaserScreen(props: TeaserProps) {
	return (
		<Box flexDirection="column">
			{teaserLines(props).slice(0, props.height).map((line, i) => (
				<StyledLineView key={i} line={line} selectedLink={null} margin={1} />
			))}
		</Box>
	);
}
