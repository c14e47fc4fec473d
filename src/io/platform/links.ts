/**
 * What `o`, `y` and `Y` do past the reader: a browser on this machine, or, when the reader runs on
 * another machine (over SSH), the clipboard of the user's own machine through the terminal, since a
 * browser started here would open where nobody sees it.
 */
import type {PlatformAnswer} from '../../core/reader/index.js';
import {CLIPBOARD_TEXT_BYTES, clipboardSequence} from '../terminal/index.js';
import {type OpenExternalResult, openExternal} from './open-link.js';

/** What the link actions need from the composition root. */
export interface LinkActionsOptions {
	readonly env: NodeJS.ProcessEnv;
	/** `--remote`: act as over SSH even where the environment does not say so (mosh, a container). */
	readonly remote: boolean;
	/** Sends a control string to the terminal between frames (the frame writer's `control`). */
	readonly write: (sequence: string) => void;
	/** Opens a URL in the browser; `openExternal` with this environment unless a test passes a fake. */
	readonly open?: (url: string) => Promise<OpenExternalResult>;
}

/** The browser and clipboard half of the reader's Platform. */
export interface LinkActions {
	openLink(url: string): Promise<PlatformAnswer>;
	copy(text: string, what: 'link' | 'text'): PlatformAnswer;
}

/**
 * Whether the reader runs on a machine the user is not sitting at: sshd sets these for the session.
 * @internal Tests use it; the program does not.
 */
export function isRemote(env: NodeJS.ProcessEnv, flag: boolean): boolean {
	return flag || Boolean(env['SSH_CONNECTION']) || Boolean(env['SSH_TTY']);
}

const kilobytes = (bytes: number): string => `${Math.ceil(bytes / 1024)} KB`;

/** The link actions for this terminal and environment. */
export function linkActions(options: LinkActionsOptions): LinkActions {
	const remote = isRemote(options.env, options.remote);
	const open = options.open ?? ((url: string) => openExternal(url, {env: options.env}));
	const copy = (text: string, what: 'link' | 'text'): PlatformAnswer => {
		const sequence = clipboardSequence(text, options.env);
		if (sequence === null) {
			const size = Buffer.byteLength(text, 'utf8');
			return {ok: false, message: `Too long to copy: ${kilobytes(size)} (terminals take about ${kilobytes(CLIPBOARD_TEXT_BYTES)})`};
		}
		options.write(sequence);
		return what === 'link'
			? {ok: true, message: `Copied the link to the clipboard: ${text}`, link: text}
			: {ok: true, message: "Copied the article's text to the clipboard"};
	};
	return {
		copy,
		async openLink(url) {
			if (remote) {
				const copied = copy(url, 'link');
				return copied.ok ? {ok: true, message: `Over SSH: copied the link to your clipboard instead of opening a browser: ${url}`, link: url} : copied;
			}
			const opened = await open(url);
			return opened.ok ? {ok: true, message: 'Opened in the browser'} : {ok: false, message: opened.error};
		},
	};
}
