import {Box, Text} from 'ink';
import type {ArticleMeta} from '../../core/article/index.js';
import type {ListPosition} from '../../core/reader/index.js';
import {HeadlineRow} from './headline-row.js';

/** Props for a section's headline list. */
export interface HeadlinesProps {
	readonly headlines: readonly ArticleMeta[];
	readonly pos: ListPosition;
	readonly height: number;
	readonly width: number;
	readonly isRead: (id: string) => boolean;
	/** Whether an article was left half read (the store keeps its place). */
	readonly inProgress: (id: string) => boolean;
	readonly isBookmarked: (id: string) => boolean;
	/** The clock the rows' dates are shown against. */
	readonly now: number;
}

/** A section's headlines, newest first; only the rows in the window are drawn. */
export function HeadlinesScreen({headlines, pos, height, width, isRead, inProgress, isBookmarked, now}: HeadlinesProps) {
	if (headlines.length === 0) return <Text>{' No articles in this section.'}</Text>;
	return (
		<Box flexDirection="column">
			{headlines.slice(pos.offset, pos.offset + height).map((meta, i) => (
				<HeadlineRow
					key={meta.id}
					title={meta.title}
					updated={meta.updated}
					unread={!isRead(meta.id)}
					inProgress={inProgress(meta.id)}
					bookmarked={isBookmarked(meta.id)}
					selected={pos.offset + i === pos.cursor}
					width={width}
					now={now}
				/>
			))}
		</Box>
	);
}
