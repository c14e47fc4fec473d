import {Text} from 'ink';
import {cellWidth, truncate} from '../../core/text/index.js';
import {useTheme} from '../theme/index.js';

/** Props for the bottom row. */
export interface FooterProps {
	/** `[key, label]` pairs from the command table, most important first. */
	readonly hints: readonly (readonly [string, string])[];
	/** A message that replaces the hints until the next key. */
	readonly message: {readonly text: string; readonly error: boolean} | null;
	readonly width: number;
}

/** Hints that always show, because a user who is lost needs them most. */
const ALWAYS = new Set(['help', 'quit']);
/** Which of the other hints claim room first when the width is short. */
const PRIORITY = ['open', 'move', 'back', 'link', 'bookmark', 'read', 'next unread', 'bookmarks', 'page'];
const rank = (label: string): number => (PRIORITY.includes(label) ? PRIORITY.indexOf(label) : PRIORITY.length);

const hintSize = ([key, label]: readonly [string, string]): number => cellWidth(key) + 1 + cellWidth(label) + 2;

/**
 * Fits hints into the width: `help` and `quit` first claim their room, then the others by priority;
 * the order shown stays the table's.
 */
export function fitHints(hints: FooterProps['hints'], width: number): FooterProps['hints'] {
	let room = width - 1;
	const chosen = new Set<readonly [string, string]>();
	for (const hint of hints) {
		if (ALWAYS.has(hint[1]) && hintSize(hint) <= room) {
			chosen.add(hint);
			room -= hintSize(hint);
		}
	}
	for (const hint of [...hints].sort((a, b) => rank(a[1]) - rank(b[1]))) {
		if (chosen.has(hint) || hintSize(hint) > room) continue;
		chosen.add(hint);
		room -= hintSize(hint);
	}
	return hints.filter(hint => chosen.has(hint));
}

/** The one-row footer: a message when there is one, else the main keys of the screen. */
export function Footer({hints, message, width}: FooterProps) {
	const theme = useTheme();
	if (message) {
		return (
			<Text {...theme.style(message.error ? 'error' : 'message')} wrap="truncate">
				{truncate(` ${message.text}`, width)}
			</Text>
		);
	}
	return (
		<Text wrap="truncate">
			{' '}
			{fitHints(hints, width).map(([key, label]) => (
				<Text key={key + label}>
					<Text {...theme.style('key')}>{key}</Text>
					<Text {...theme.style('hint')}>{` ${label}  `}</Text>
				</Text>
			))}
		</Text>
	);
}
