import {Box, Text} from 'ink';
import TextInput from 'ink-text-input';
import {useRef, useState} from 'react';
import type {FeedsAnswer} from '../../core/library/index.js';
import {sanitizeText, truncate} from '../../core/text/index.js';
import {type KeyQueue, useTypedLine} from '../hooks/index.js';
import {useTheme} from '../theme/index.js';

/** Props for the prompt that adds a feed. */
export interface PromptProps {
	readonly width: number;
	/** Fetches and subscribes; the screen shows its progress, and its reason when it fails. */
	readonly onSubmit: (url: string) => Promise<FeedsAnswer>;
	/** Called with the footer's message once the feed is added (the App leaves the prompt). */
	readonly onDone: (message: string) => void;
	/** The keys the reader's loop read for this prompt, from the one that opened it on. */
	readonly keys: KeyQueue;
}

type Status = {readonly kind: 'typing'} | {readonly kind: 'fetching'; readonly url: string} | {readonly kind: 'failed'; readonly reason: string};

/**
 * A line of input for a feed's or a site's URL, with the fetch's progress and its failure shown in
 * place, so the URL can be corrected without typing it again. The reader's own key loop types it
 * (ink-text-input only draws it, unfocused): keys typed or pasted right after `a` arrive before an
 * Ink input would listen, and an Enter in the same read as the last key must send that key too.
 */
export function PromptScreen({width, onSubmit, onDone, keys}: PromptProps) {
	const theme = useTheme();
	const [status, setStatus] = useState<Status>({kind: 'typing'});
	// A second Enter while the first is fetching does not fetch again; its text just stays put.
	const fetching = useRef(false);
	const submit = (text: string): void => {
		if (fetching.current) return;
		const url = text.trim();
		if (url === '') {
			setStatus({kind: 'failed', reason: 'Type the address of a feed or of a site that has one.'});
			return;
		}
		fetching.current = true;
		setStatus({kind: 'fetching', url});
		void onSubmit(url).then(answer => {
			if (answer.ok) {
				onDone(answer.message);
				return;
			}
			fetching.current = false;
			setStatus({kind: 'failed', reason: answer.reason});
		});
	};
	const value = useTypedLine(keys, submit, () => fetching.current);
	const line = (text: string): string => truncate(` ${sanitizeText(text)}`, width);
	const cursor = <Text {...theme.style('cursor')}> </Text>;
	return (
		<Box flexDirection="column">
			<Text>{line('Feed or site URL:')}</Text>
			<Box>
				<Text>{' >'}</Text>
				<Box marginLeft={1}>
					{/* One Text, so a URL longer than the row wraps as one line with its cursor. */}
					<Text>
						{value === '' ? cursor : null}
						<TextInput value={sanitizeText(value)} focus={false} onChange={() => undefined} placeholder="https://example.com/feed.xml" />
						{value === '' ? null : cursor}
					</Text>
				</Box>
			</Box>
			<Text> </Text>
			{status.kind === 'fetching' ? <Text {...theme.style('meta')}>{line(`Fetching ${status.url}…`)}</Text> : null}
			{status.kind === 'failed' ? (
				<Text color={theme.style('error').color} wrap="wrap">
					{` ${sanitizeText(status.reason)}`}
				</Text>
			) : null}
			<Text {...theme.style('meta')}>{line('Enter adds it · Esc cancels')}</Text>
		</Box>
	);
}

/**
 * A line as keys read in one chunk leave it (typed ahead, pasted: ink-text-input takes such a chunk
 * as text): a DEL or BS takes back the character before it, a line break ends the line as Enter
 * does, and any other control is dropped, so none reaches the shell.
 */
function edited(text: string): {readonly line: string; readonly done: boolean} {
	let line = '';
	for (const ch of text) {
		if (ch === '\r' || ch === '\n') return {line, done: true};
		if (ch === '\x7f' || ch === '\b') line = [...line].slice(0, -1).join('');
		else if (ch >= ' ' && !(ch >= '\x80' && ch <= '\x9f')) line += ch;
	}
	return {line, done: false};
}

/** Props for the prompt that asks `|` for a command line. */
export interface PipePromptProps {
	readonly width: number;
	/** The last command run, offered again. */
	readonly initial: string;
	/** The line as typed; the App leaves the prompt (an empty line runs nothing). */
	readonly onSubmit: (command: string) => void;
}

/** A command line for `|`, run by `sh -c` with the article's text on its stdin, as newsboat's pipe-to. */
export function PipePromptScreen({width, initial, onSubmit}: PipePromptProps) {
	const theme = useTheme();
	const [value, setValue] = useState(initial);
	// The line as last typed, for Enter: ink-text-input's key handler is renewed in an effect after
	// each render, so an Enter right after a key could otherwise submit the line from before it.
	const latest = useRef(initial);
	const line = (text: string): string => truncate(` ${text}`, width);
	return (
		<Box flexDirection="column">
			<Text>{line("Pipe the article's text to:")}</Text>
			<Box>
				<Text>{' |'}</Text>
				<Box marginLeft={1}>
					<TextInput
						value={value}
						onChange={text => {
							const typed = edited(text);
							latest.current = typed.line;
							if (typed.done) onSubmit(typed.line);
							else setValue(typed.line);
						}}
						onSubmit={() => onSubmit(latest.current)}
						placeholder="less"
					/>
				</Box>
			</Box>
			<Text> </Text>
			<Text {...theme.style('meta')}>{line('Enter runs it with sh -c · Esc cancels')}</Text>
		</Box>
	);
}
