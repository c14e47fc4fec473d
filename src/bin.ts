/*
 * The bundle's entry. It adjusts the environment before Ink is loaded, because Ink decides at import
 * time: with CI set it draws nothing until exit (is-in-ci), so a person at a terminal who happens to
 * have CI exported would see a blank screen.
 */
if (process.stdin.isTTY && process.stdout.isTTY && process.env['NEWSTERM_KEEP_CI'] === undefined) {
	delete process.env['CI'];
	delete process.env['CONTINUOUS_INTEGRATION'];
}

const {main} = await import('./cli.js');
process.exitCode = await main(process.argv.slice(2));
