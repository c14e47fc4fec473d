import {Box, Text} from 'ink';
import type {FooterHint} from '../../core/reader/index.js';
import {useTheme} from '../theme/index.js';

/** Props for the bottom row. */
export interface FooterProps {
	/** The hints that fit, already chosen for the width (core/reader's footerHints). */
	readonly hints: readonly FooterHint[];
	/** A message that replaces the hints until the next key, as rows already fitted to the width (core/reader's noticeRows). */
	readonly message: {readonly rows: readonly string[]; readonly error: boolean} | null;
	readonly width: number;
}

/** The footer: a message when there is one (one row or more), else one row of the main keys of the screen. */
export function Footer({hints, message, width}: FooterProps) {
	const theme = useTheme();
	if (message) {
		return (
			<Box flexDirection="column" width={width}>
				{message.rows.map((row, index) => (
					// Rows of one message never move, so their place is their key.
					<Text key={index} {...theme.style(message.error ? 'error' : 'message')} wrap="truncate">
						{row}
					</Text>
				))}
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
