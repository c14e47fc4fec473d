/**
 * `newsterm config`: where config.toml is and every setting in effect, its problems on stderr (exit
 * 1); `--init` writes the commented default file where there is none. Neither touches the store.
 */
import {effectiveText, problemText} from '../../core/config/index.js';
import {configPath, initConfig, loadConfig} from '../../io/config/index.js';

/** Runs `newsterm config [--init]`, writing through `out`; returns the exit status. */
export async function configCommand(init: boolean, out: (text: string) => Promise<void>, env: NodeJS.ProcessEnv = process.env): Promise<number> {
	if (init) {
		const path = configPath(env);
		const outcome = await initConfig(path);
		if (outcome.written) {
			await out(`wrote ${path}: every setting is commented out at its default\n`);
			return 0;
		}
		process.stderr.write(`newsterm: not writing ${path}: ${outcome.reason}\n`);
		return 1;
	}
	const loaded = await loadConfig(env);
	const where = loaded.found ? `# ${loaded.path}` : `# ${loaded.path} (no file: every setting is its default; newsterm config --init writes one)`;
	await out(`${where}\n${effectiveText(loaded.config)}`);
	for (const problem of loaded.problems) process.stderr.write(`newsterm: ${problemText(problem, loaded.path)}\n`);
	return loaded.problems.length > 0 ? 1 : 0;
}
