/**
 * Where the feed commands write and read. `main` fills it from the process (stdout through the
 * guarded writer, so a closed pipe ends quietly); tests fill it with strings, so every command's
 * output and exit status is checked without spawning the program.
 */

/** A command's standard streams, as much of them as the feed commands use. */
export interface Streams {
	/** Writes to stdout; resolves once written. */
	out(text: string): Promise<void>;
	/** Writes to stderr. */
	err(text: string): void;
	/** stdout's width in columns when it is a terminal, else null (a pipe gets whole lines). */
	readonly columns: number | null;
	/** Whether stderr is a terminal: progress is drawn there only then. */
	readonly stderrIsTTY: boolean;
	/** All of stdin as bytes, at most `maxBytes` (more is an error). */
	stdin(maxBytes: number): Promise<Uint8Array>;
}

/** Prints `newsterm: message` on stderr and returns the exit status to end with. */
export function failWith(io: Streams, message: string, code: number): number {
	io.err(`newsterm: ${message}\n`);
	return code;
}

/** The process's streams, stdout through `out` (main's guarded writer). */
export function processStreams(out: (text: string) => Promise<void>): Streams {
	return {
		out,
		err: text => void process.stderr.write(text),
		columns: process.stdout.isTTY ? process.stdout.columns || 80 : null,
		stderrIsTTY: process.stderr.isTTY === true,
		async stdin(maxBytes) {
			const chunks: Buffer[] = [];
			let size = 0;
			for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
				size += chunk.length;
				// Stop reading at the limit: `import - < /dev/zero` must end, not fill memory.
				if (size > maxBytes) throw new Error(`more than ${Math.round(maxBytes / 1024 / 1024)} MB`);
				chunks.push(chunk);
			}
			return Buffer.concat(chunks);
		},
	};
}
