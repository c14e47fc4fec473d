import {useStdin} from 'ink';
import {useEffect, useRef} from 'react';
import {KeyDecoder} from '../../core/keys.js';

/**
 * Calls `onKey` with each key name read from stdin. It reads stdin itself instead of Ink's
 * useInput so that terminal replies (cursor reports, device attributes, OSC answers) are decoded
 * and dropped by our decoder rather than turned into keys.
 */
export function useKeys(onKey: (key: string) => void): void {
	const {stdin} = useStdin();
	const handler = useRef(onKey);
	handler.current = onKey;
	useEffect(() => {
		const decoder = new KeyDecoder();
		const raw = stdin as NodeJS.ReadStream;
		if (raw.isTTY && typeof raw.setRawMode === 'function') raw.setRawMode(true);
		const onData = (data: Buffer | string): void => {
			for (const key of decoder.push(typeof data === 'string' ? data : data.toString('utf8'))) handler.current(key);
		};
		stdin.setEncoding?.('utf8');
		stdin.on('data', onData);
		stdin.resume?.();
		return () => {
			stdin.off('data', onData);
			stdin.pause?.();
			if (raw.isTTY && typeof raw.setRawMode === 'function') raw.setRawMode(false);
		};
	}, [stdin]);
}
