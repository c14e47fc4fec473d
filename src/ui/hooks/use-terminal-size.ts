import {useStdout} from 'ink';
import {useEffect, useState} from 'react';

/** A terminal size in cells. */
export interface Size {
	readonly columns: number;
	readonly rows: number;
}

/**
 * The terminal's size, updated on resize. Ink re-lays out on resize but does not re-render
 * components, so views that depend on the size need this. `fixed` pins it (tests, `--width`).
 */
export function useTerminalSize(fixed?: Size): Size {
	const {stdout} = useStdout();
	const read = (): Size => fixed ?? {columns: stdout.columns || 80, rows: stdout.rows || 24};
	const [size, setSize] = useState(read);
	// biome-ignore lint/correctness/useExhaustiveDependencies: a pinned size is compared by value (a new object each render would resubscribe); read() reads stdout when called.
	useEffect(() => {
		if (fixed) return;
		const onResize = (): void => setSize(read());
		stdout.on('resize', onResize);
		return () => {
			stdout.off('resize', onResize);
		};
	}, [stdout, fixed?.columns, fixed?.rows]);
	return fixed ?? size;
}
