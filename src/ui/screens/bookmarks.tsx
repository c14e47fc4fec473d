import {Box, Text} from 'ink';
import type {Bookmark} from '../../core/article/index.js';
import type {ListPosition} from '../../core/reader/index.js';
import {HeadlineRow} from './headline-row.js';

/** Props for the Bookmarks screen. */
export interface BookmarksProps {
	readonly bookmarks: readonly Bookmark[];
	readonly pos: ListPosition;
	readonly height: number;
	readonly width: number;
	readonly isRead: (id: string) => boolean;
	/** Whether the library still has the bookmarked article. */
	readonly exists: (id: string) => boolean;
	/** The clock the rows' dates are shown against. */
	readonly now: number;
}

/** Bookmarks, most recent first, from their snapshots; a bookmark whose file is gone says so. */
export function BookmarksScreen({bookmarks, pos, height, width, isRead, exists, now}: BookmarksProps) {
	if (bookmarks.length === 0) return <Text>{' No bookmarks yet. Press b on an article to add one.'}</Text>;
	return (
		<Box flexDirection="column">
			{bookmarks.slice(pos.offset, pos.offset + height).map((bookmark, i) => (
				<HeadlineRow
					key={bookmark.id}
					title={bookmark.title}
					updated={bookmark.updated}
					unread={exists(bookmark.id) && !isRead(bookmark.id)}
					bookmarked
					selected={pos.offset + i === pos.cursor}
					suffix={exists(bookmark.id) ? ` · ${bookmark.section}` : ' · text missing'}
					width={width}
					now={now}
				/>
			))}
		</Box>
	);
}
