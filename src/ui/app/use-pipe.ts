import {type Dispatch, type SetStateAction, useEffect, useRef, useState} from 'react';
import type {BodyLoader} from '../../core/library/index.js';
import {plainText} from '../../core/layout/index.js';
import type {Platform} from '../../core/reader/index.js';
import type {Message} from './use-perform.js';

/** What `|`'s prompt needs from the App: the command offered first, and what Enter does. */
export interface PipeHandlers {
	readonly initial: string;
	readonly submit: (id: string, command: string) => void;
}

/** What running a piped command reaches. */
export interface PipeDeps {
	readonly platform: Platform | undefined;
	readonly bodies: BodyLoader;
	readonly setMessage: Dispatch<SetStateAction<Message>>;
	/** Leaves the prompt. */
	readonly leave: () => void;
	/** Whether a prompt is still on screen. */
	readonly prompting: boolean;
}

/**
 * `|` after its prompt: leaves the prompt, and once it has closed runs the line typed (an empty one
 * runs nothing) with the article's plain text on its stdin, then says how it ended. The last line
 * is offered again next time, for this run of the reader. Call it after useKeys: the command must
 * start after the prompt's input has given the keyboard back, or the reader's raw mode would come
 * back on under the command.
 */
export function usePipe({platform, bodies, setMessage, leave, prompting}: PipeDeps): PipeHandlers | undefined {
	const last = useRef('');
	const [pending, setPending] = useState<{readonly id: string; readonly command: string} | null>(null);
	useEffect(() => {
		if (!pending || prompting) return;
		setPending(null);
		const load = bodies.get(pending.id);
		if (load?.status !== 'ok' || !platform?.pipe) return;
		void platform.pipe(pending.command, plainText(load.article)).then(answer => setMessage({text: answer.message, error: !answer.ok}));
	}, [pending, prompting, bodies, platform, setMessage]);
	if (!platform?.pipe) return undefined;
	return {
		initial: last.current,
		submit: (id, command) => {
			leave();
			if (command.trim() === '') return;
			last.current = command;
			setPending({id, command});
		},
	};
}
