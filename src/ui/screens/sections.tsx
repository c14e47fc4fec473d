import {Box, Text} from 'ink';
import type {SectionSummary} from '../../core/library/index.js';
import {sectionRowText} from '../../core/layout/index.js';
import {truncate} from '../../core/text/index.js';
import type {ListPosition} from '../../core/reader/index.js';
import {useTheme} from '../theme/index.js';

/** Props for the Sections screen. */
export interface SectionsProps {
	readonly summaries: readonly SectionSummary[];
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
export function SectionsScreen({summaries, pos, height, width, scanning = false, empty, errors}: SectionsProps) {
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
	const visible = summaries.slice(pos.offset, pos.offset + height);
	return (
		<Box flexDirection="column">
			{visible.map((summary, i) => {
				const selected = pos.offset + i === pos.cursor;
				// The error goes after the name, where a narrow row cuts it first; the counts stay.
				const error = errors?.get(summary.name);
				const name = error ? `${summary.name}  ! ${error}` : summary.name;
				return (
					<Text key={summary.name} wrap="truncate" {...(selected ? theme.style('cursor') : {})} bold={summary.unread > 0}>
						{selected ? '›' : ' '}
						{sectionRowText(name, summary.unread, summary.total, width)}
					</Text>
				);
			})}
		</Box>
	);
}
