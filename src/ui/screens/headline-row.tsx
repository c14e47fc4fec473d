import {Text} from 'ink';
import {formatDate} from '../../core/article/index.js';
import {cellWidth, fit, truncate} from '../../core/text/index.js';
import {useTheme} from '../theme/index.js';

/** Props for one row of a headline or bookmark list. */
export interface HeadlineRowProps {
	readonly title: string;
	readonly updated: string | null;
	readonly unread: boolean;
	/** Left half read: reopening it returns to the same place. Shown instead of the unread mark. */
	readonly inProgress?: boolean;
	readonly bookmarked: boolean;
	readonly selected: boolean;
	/** Text after the title, e.g. the section in the bookmarks list. */
	readonly suffix?: string;
	readonly width: number;
}

/** `›●★ 2016-09-04  Title…`: cursor, unread (● or ◐ in progress) and bookmark markers, date, then the title cut to fit. */
export function HeadlineRow({title, updated, unread, inProgress = false, bookmarked, selected, suffix = '', width}: HeadlineRowProps) {
	const theme = useTheme();
	// In a narrow pane the century goes first: the title needs the room more.
	const narrow = width < 60;
	const date = updated ? formatDate(updated).slice(narrow ? 2 : 0) : narrow ? '   —    ' : '    —     ';
	// The title gives way before the suffix: "text missing" must survive a narrow pane.
	const room = Math.max(0, width - 3);
	const padded = fit(` ${date}  ${truncate(title, Math.max(4, room - cellWidth(` ${date}  `) - cellWidth(suffix)))}${suffix}`, room);
	// Only the highlighted row needs its padding (the bar spans the width); elsewhere it is bytes for
	// nothing (docs/performance.md#row-padding).
	const rest = selected ? padded : padded.trimEnd();
	return (
		<Text wrap="truncate" {...(selected ? theme.style('cursor') : {})}>
			{selected ? '›' : ' '}
			<Text {...theme.style('unread')}>{inProgress ? '◐' : unread ? '●' : ' '}</Text>
			<Text {...theme.style('bookmark')}>{bookmarked ? '★' : ' '}</Text>
			<Text bold={unread}>{rest}</Text>
		</Text>
	);
}
