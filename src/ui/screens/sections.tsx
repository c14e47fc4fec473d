import {Box, Text} from 'ink';
import {type SectionSummary, UNREAD_LIST} from '../../core/library/index.js';
import {sectionRowText, unreadRowText} from '../../core/layout/index.js';
import {truncate} from '../../core/text/index.js';
import type {ListPosition} from '../../core/reader/index.js';
import {useTheme} from '../theme/index.js';

/** Props for the Sections screen. */
export interface SectionsProps {
	readonly summaries: readonly SectionSummary[];
	/** The Unread row's count, drawn first; null: nothing is unread, and there is no row. */
	readonly unreadRow?: number | null;
	readonly pos: ListPosition;
	readonly height: number;
	readonly width: number;
	readonly scanning?: boolean;
	/** What to say when the finished scan found nothing (the folders and why); a generic line if not given. */
	readonly empty?: readonly string[];
	/** A failing feed's error by section name, drawn after the name. */
	readonly errors?: ReadonlyMap<string, string>;
}

/** Lists sections with their unread counts; only the rows in the window are drawn. */
export function SectionsScreen({summaries, unreadRow = null, pos, height, width, scanning = false, empty, errors}: SectionsProps) {
	const theme = useTheme();
	if (summaries.length === 0 && scanning) return <Text> Reading articles…</Text>;
	if (summaries.length === 0) {
		const lines = empty ?? ['No articles found. (newsterm check says why files were skipped.)'];
		return (
			<Box flexDirection="column">
				{lines.slice(0, height).map((line, i) => (
					// Paths can be long; a cut line keeps the rows below in place. The lines are fixed once the scan is done.
					<Text key={i}>{truncate(` ${line}`, width)}</Text>
				))}
			</Box>
		);
	}
	// The Unread row is a row like the others (the view model counts it in the cursor), keyed apart from any section's name.
	const rows = unreadRow === null ? summaries : [{name: UNREAD_LIST, unread: unreadRow, total: unreadRow}, ...summaries];
	const visible = rows.slice(pos.offset, pos.offset + height);
	return (
		<Box flexDirection="column">
			{visible.map((summary, i) => {
				const selected = pos.offset + i === pos.cursor;
				// The error goes after the name, where a narrow row cuts it first; the counts stay.
				const error = errors?.get(summary.name);
				const name = error ? `${summary.name}  ! ${error}` : summary.name;
				const text = summary.name === UNREAD_LIST ? unreadRowText(summary.unread, width) : sectionRowText(name, summary.unread, summary.total, width);
				return (
					<Text key={summary.name} wrap="truncate" {...(selected ? theme.style('cursor') : {})} bold={summary.unread > 0}>
						{selected ? '›' : ' '}
						{text}
					</Text>
				);
			})}
		</Box>
	);
}
