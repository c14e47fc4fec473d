/*
 * The bundle's entry. It adjusts the environment before Ink is loaded, because Ink decides at import
 * time: with CI set it draws nothing until exit (is-in-ci), so a person at a terminal who happens to
 * have CI exported would see a blank screen.
 */
import {setFlagsFromString} from 'node:v8';

// V8 sized for a long-running terminal program, not a server: its heap grows in smaller steps and
// collects sooner. Peak memory with 10,000 articles went from ~126 to ~111 MB (npm run bench); the
// flag is read as the heap grows, so setting it here, before the program allocates, is in time.
setFlagsFromString('--optimize-for-size');

if (process.stdin.isTTY && process.stdout.isTTY && process.env['NEWSTERM_KEEP_CI'] === undefined) {
	delete process.env['CI'];
	delete process.env['CONTINUOUS_INTEGRATION'];
}

const {main} = await import('./cli.js');
process.exitCode = await main(process.argv.slice(2));
