import {Box, Text} from 'ink';
import type {FooterHint} from '../../core/reader/index.js';
import {useTheme} from '../theme/index.js';
import {urlPieces} from '../../core/layout/index.js';
import {hyperlink} from '../../core/terminal/index.js';

/** Props for the bottom row. */
export interface FooterProps {
	/** The hints that fit, already chosen for the width (core/reader's footerHints). */
	readonly hints: readonly FooterHint[];
	/** A message that replaces the hints until the next key, as rows already fitted to the width (core/reader's noticeRows). */
	readonly message: {readonly rows: readonly string[]; readonly error: boolean; readonly link?: string} | null;
	readonly width: number;
}

/** The footer: a message when there is one (one row or more), else one row of the main keys of the screen. */
export function Footer({hints, message, width}: FooterProps) {
	const theme = useTheme();
	if (message) {
		// The URL a message ends with is one link over the rows it wraps to (where the terminal takes OSC 8).
		const pieces = message.link && theme.hyperlinks ? urlPieces(message.rows, message.link) : null;
		return (
			<Box flexDirection="column" width={width}>
				{message.rows.map((row, index) => {
					const piece = pieces?.[index];
					const text =
						piece && message.link
							? `${row.slice(0, piece.start)}${hyperlink(row.slice(piece.start, piece.end), message.link, 'ntf')}${row.slice(piece.end)}`
							: row;
					return (
						// Rows of one message never move, so their place is their key.
						<Text key={index} {...theme.style(message.error ? 'error' : 'message')} wrap="truncate">
							{text}
						</Text>
					);
				})}
			</Box>
		);
	}
	return (
		<Text wrap="truncate">
			{' '}
			{hints.map(({command, key, label}) => (
				<Text key={command}>
					<Text {...theme.style('key')}>{key}</Text>
					<Text {...theme.style('hint')}>{` ${label}  `}</Text>
				</Text>
			))}
		</Text>
	);
}
