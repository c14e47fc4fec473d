import {Box, Text} from 'ink';
import SelectInput from 'ink-select-input';
import {sanitizeText} from '../../core/text/index.js';

/** Props for the question asked before unsubscribing. */
export interface ConfirmProps {
	readonly section: string;
	/** The titles of the feeds it would end. */
	readonly feeds: readonly string[];
	/** Called with the answer: true for yes. */
	readonly onAnswer: (yes: boolean) => void;
}

const ITEMS = [
	{label: 'No, keep it', value: 'no'},
	{label: 'Yes, unsubscribe', value: 'yes'},
];

/** A Yes/No menu (ink-select-input), No first: Enter on the default never loses a subscription. */
export function ConfirmScreen({section, feeds, onAnswer}: ConfirmProps) {
	const what = feeds.length === 1 ? `the feed ${feeds[0]}` : `the ${feeds.length} feeds in ${section}`;
	return (
		<Box flexDirection="column">
			<Text wrap="wrap">{` Unsubscribe from ${sanitizeText(what)}? Read marks and bookmarks stay.`}</Text>
			<Text> </Text>
			<SelectInput items={ITEMS} onSelect={item => onAnswer(item.value === 'yes')} />
		</Box>
	);
}
