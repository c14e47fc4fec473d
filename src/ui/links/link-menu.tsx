import {Box, Text} from 'ink';
import SelectInput from 'ink-select-input';
import {hyperlink} from '../../core/terminal/index.js';
import {sanitizeText, truncate} from '../../core/text/index.js';
import {type KeyQueue, useMenuChoice} from '../hooks/index.js';
import {useTheme} from '../theme/index.js';

/** What the link menu can do with its URL. */
export type LinkChoice = 'open' | 'copy' | 'qr' | 'text';

/** Props for the menu Enter opens on a web link. */
export interface LinkMenuProps {
	readonly url: string;
	readonly title: string;
	readonly width: number;
	readonly onChoose: (choice: LinkChoice) => void;
	/** The keys the reader's loop read for this menu, from the Enter that opened it on. */
	readonly keys: KeyQueue;
}

const ITEMS: readonly {readonly label: string; readonly value: LinkChoice}[] = [
	{label: 'Open', value: 'open'},
	{label: 'Copy', value: 'copy'},
	{label: 'QR code', value: 'qr'},
	{label: 'Show URL', value: 'text'},
];

/**
 * The link's words and its URL (cut to the width, linked in full), then the menu, chosen through the
 * reader's key loop and drawn by ink-select-input as the confirm screen's. Esc leaves.
 */
export function LinkMenuScreen({url, title, width, onChoose, keys}: LinkMenuProps) {
	const theme = useTheme();
	const index = useMenuChoice(keys, ITEMS.length, row => {
		const item = ITEMS[row];
		if (item) onChoose(item.value);
	});
	const shown = truncate(url, Math.max(1, width - 2));
	return (
		<Box flexDirection="column">
			<Text wrap="truncate">{` ${truncate(sanitizeText(title), Math.max(1, width - 2))}`}</Text>
			<Text {...theme.style('link')} wrap="truncate">
				{' '}
				{theme.hyperlinks ? hyperlink(shown, url, 'ntmenu') : shown}
			</Text>
			<Text> </Text>
			<SelectInput key={index} items={[...ITEMS]} initialIndex={index} isFocused={false} />
		</Box>
	);
}
