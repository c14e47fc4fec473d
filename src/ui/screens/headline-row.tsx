import {Text} from 'ink';
import {headlineRowText} from '../../core/layout/index.js';
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
	/** The clock the dates are shown against: a date in another year shows its year. */
	readonly now: number;
}

/** `›●★ 2016-09-04  Title…`: cursor, unread (● or ◐ in progress) and bookmark markers, date, then the title cut to fit (core/layout/rows). */
export function HeadlineRow({title, updated, unread, inProgress = false, bookmarked, selected, suffix = '', width, now}: HeadlineRowProps) {
	const theme = useTheme();
	const padded = headlineRowText(title, updated, suffix, width, now, theme.dates);
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
