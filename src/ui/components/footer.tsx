import {Text} from 'ink';
import {cellWidth} from '../../core/wrap.js';
import {truncate} from '../../core/text-fit.js';
import {useTheme} from '../theme.js';

/** Props for the bottom row. */
export interface FooterProps {
	/** `[key, label]` pairs from the command table, most important first. */
	readonly hints: readonly (readonly [string, string])[];
	/** A message that replaces the hints until the next key. */
	readonly message: {readonly text: string; readonly error: boolean} | null;
	readonly width: number;
}

/** Fits as many hints as the width allows, in table order, each shown as `key label`. */
export function fitHints(hints: FooterProps['hints'], width: number): FooterProps['hints'] {
	const shown: (readonly [string, string])[] = [];
	let used = 1;
	for (const hint of hints) {
		const size = cellWidth(hint[0]) + 1 + cellWidth(hint[1]) + 2;
		if (used + size > width) break;
		shown.push(hint);
		used += size;
	}
	return shown;
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
