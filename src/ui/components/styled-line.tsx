import {Text} from 'ink';
import {type LineMark, markSegments} from '../../core/find/index.js';
import type {StyledLine} from '../../core/layout/index.js';
import {hyperlink} from '../../core/terminal/index.js';
import {useTheme} from '../theme/index.js';

/** Props for one pre-wrapped row of an article. */
export interface StyledLineProps {
	readonly line: StyledLine;
	/** The link number drawn as selected, if any. */
	readonly selectedLink: number | null;
	/** Left margin in cells. */
	readonly margin: number;
	/** Stretches drawn as a find's matches (core/find cuts the segments at their edges). */
	readonly marks?: readonly LineMark[];
}

/** Draws one pre-wrapped row. It is already cut to width, so Ink is told never to wrap it again. */
export function StyledLineView({line, selectedLink, margin, marks = []}: StyledLineProps) {
	const theme = useTheme();
	return (
		<Text wrap="truncate">
			{' '.repeat(margin)}
			{markSegments(line, marks).map((segment, i) => {
				const selected = segment.link !== undefined && segment.link === selectedLink && segment.text.trim() !== '';
				const mark = segment.mark === 'current' ? theme.style('currentMatch') : segment.mark === 'match' ? theme.style('match') : {};
				return (
					<Text key={i} {...theme.style(segment.style)} {...(selected ? theme.style('selectedLink') : {})} {...mark}>
						{theme.hyperlinks && segment.href ? hyperlink(segment.text, segment.href.url, `nt${segment.href.id}`) : segment.text}
					</Text>
				);
			})}
		</Text>
	);
}
