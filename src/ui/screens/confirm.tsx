import {Box, Text} from 'ink';
import SelectInput from 'ink-select-input';
import {sanitizeText} from '../../core/text/index.js';
import {type KeyQueue, useMenuChoice} from '../hooks/index.js';

/** Props for the question asked before unsubscribing. */
export interface ConfirmProps {
	readonly section: string;
	/** The titles of the feeds it would end. */
	readonly feeds: readonly string[];
	/** Called with the answer: true for yes. */
	readonly onAnswer: (yes: boolean) => void;
	/** The keys the reader's loop read for this menu, from the one that opened it on. */
	readonly keys: KeyQueue;
}

const ITEMS = [
	{label: 'No, keep it', value: 'no'},
	{label: 'Yes, unsubscribe', value: 'yes'},
];

/**
 * A Yes/No menu, No first: Enter on the default never loses a subscription. The reader's key loop
 * chooses (a `j` typed at once after `d` is not lost before an Ink input listens); ink-select-input,
 * unfocused, draws the choice, made anew at each move since it reads the row only when made.
 */
export function ConfirmScreen({section, feeds, onAnswer, keys}: ConfirmProps) {
	const index = useMenuChoice(keys, ITEMS.length, row => onAnswer(ITEMS[row]?.value === 'yes'));
	const what = feeds.length === 1 ? `the feed ${feeds[0]}` : `the ${feeds.length} feeds in ${section}`;
	return (
		<Box flexDirection="column">
			<Text wrap="wrap">{` Unsubscribe from ${sanitizeText(what)}? Read marks and bookmarks stay.`}</Text>
			<Text> </Text>
			<SelectInput key={index} items={ITEMS} initialIndex={index} isFocused={false} />
		</Box>
	);
}
