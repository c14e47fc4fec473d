/*
 * The program's entry (src/runtime/launch.ts compiles and runs it). It adjusts the environment before Ink is
 * loaded, because Ink decides at import time: with CI set it draws nothing until exit (is-in-ci), so
 * a person at a terminal who happens to have CI exported would see a blank screen.
 */
if (process.stdin.isTTY && process.stdout.isTTY && process.env['NEWSTERM_KEEP_CI'] === undefined) {
	delete process.env['CI'];
	delete process.env['CONTINUOUS_INTEGRATION'];
}

// No top-level await: the bundle is a CommonJS script (see src/runtime/launch.ts).
void import('./cli/index.js')
	.then(({main}) => main(process.argv.slice(2)))
	.then(code => {
		process.exitCode = code;
	});
