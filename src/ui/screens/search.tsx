import {Box, Text} from 'ink';
import TextInput from 'ink-text-input';
import {useEffect} from 'react';
import type {ArticleMeta} from '../../core/article/index.js';
import type {ListPosition} from '../../core/reader/index.js';
import {indexingNote, SEARCH_HEAD_ROWS, type SearchProgress} from '../../core/search/index.js';
import {plural, sanitizeText, truncate} from '../../core/text/index.js';
import {useTheme} from '../theme/index.js';
import {HeadlineRow} from './headline-row.js';

/** Props for the search: its query, the results as headline rows, and how far the index is. */
export interface SearchProps {
	readonly query: string;
	/** True while the query is typed (the input has the keys); false on the results, after an article. */
	readonly typing: boolean;
	/** The rows on screen, from `pos.offset`: the view model makes no others. */
	readonly results: readonly ArticleMeta[];
	/** How many were found. */
	readonly found: number;
	readonly pos: ListPosition;
	readonly height: number;
	readonly width: number;
	/** Null when the reader runs without an index. */
	readonly progress: SearchProgress | null;
	readonly onQuery: (query: string) => void;
	/** Told the query the input shows, after the frame (when the input's key handler has it). */
	readonly onShown?: (query: string) => void;
	readonly isRead: (id: string) => boolean;
	readonly inProgress: (id: string) => boolean;
	readonly isBookmarked: (id: string) => boolean;
	readonly now: number;
}

/** Narrower than this the rows leave out their section: at 40 columns it pushed the date out of some rows. */
const SECTION_FROM = 60;

/** What the line under the query says: what to type, how many were found, or that the index is still growing. */
function status(query: string, found: number, progress: SearchProgress | null): string {
	if (progress === null) return 'Search is not available here';
	const note = indexingNote(progress);
	if (query.trim() === '') return note ?? 'Type words from a title or the text · Esc returns';
	// The progress first: a 40-column status line keeps it whole.
	if (note) return found > 0 ? `${note} · ${found} found` : note;
	return found > 0 ? plural(found, 'article') : `No article has ${sanitizeText(query.trim())}`;
}

/**
 * A line of input for the words (ink-text-input), the results under it as headline rows with their
 * section, filled in as the index grows; while typing, Up and Down move the selection and Enter opens.
 */
export function SearchScreen(props: SearchProps) {
	const {query, typing, results, found, pos, height, width, progress, onQuery, onShown} = props;
	const theme = useTheme();
	// After ink-text-input's own effect, which gives its key handler this value.
	useEffect(() => onShown?.(query), [onShown, query]);
	const rows = Math.max(1, height - SEARCH_HEAD_ROWS);
	return (
		<Box flexDirection="column">
			<Box>
				<Text>{' /'}</Text>
				<Box marginLeft={1}>
					{typing ? (
						<TextInput value={query} onChange={onQuery} placeholder="words to find" />
					) : (
						<Text>{truncate(sanitizeText(query), Math.max(1, width - 3))}</Text>
					)}
				</Box>
			</Box>
			<Text {...theme.style('meta')}>{truncate(` ${status(query, found, progress)}`, width)}</Text>
			{results.slice(0, rows).map((meta, i) => (
				<HeadlineRow
					key={meta.id}
					title={meta.title}
					updated={meta.updated}
					unread={!props.isRead(meta.id)}
					inProgress={props.inProgress(meta.id)}
					bookmarked={props.isBookmarked(meta.id)}
					selected={pos.offset + i === pos.cursor}
					suffix={width >= SECTION_FROM ? ` · ${meta.section}` : ''}
					width={width}
					now={props.now}
				/>
			))}
		</Box>
	);
}
