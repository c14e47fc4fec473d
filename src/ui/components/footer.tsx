import {Text} from 'ink';
import type {FooterHint} from '../../core/reader/index.js';
import {truncate} from '../../core/text/index.js';
import {useTheme} from '../theme/index.js';

/** Props for the bottom row. */
export interface FooterProps {
	/** The hints that fit, already chosen for the width (core/reader's footerHints). */
	readonly hints: readonly FooterHint[];
	/** A message that replaces the hints until the next key. */
	readonly message: {readonly text: string; readonly error: boolean} | null;
	readonly width: number;
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
			{hints.map(({command, key, label}) => (
				<Text key={command}>
					<Text {...theme.style('key')}>{key}</Text>
					<Text {...theme.style('hint')}>{` ${label}  `}</Text>
				</Text>
			))}
		</Text>
	);
}
