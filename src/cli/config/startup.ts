import {type Config, problemText} from '../../core/config/index.js';
import {loadConfig} from '../../io/config/index.js';

/** The settings a command starts with, and what to say once about config.toml's problems. */
export interface StartupConfig {
	readonly config: Config;
	/** One line per problem, `config.toml:4: theme.quote: …`; empty when the file is fine or absent. */
	readonly problems: readonly string[];
}

/**
 * config.toml for a command that uses it: a bad value never stops newsterm, it runs with that
 * setting's default, and the problems are said once (the reader's footer, or stderr).
 */
export async function startupConfig(env: NodeJS.ProcessEnv = process.env): Promise<StartupConfig> {
	const loaded = await loadConfig(env);
	const file = loaded.path.split(/[\\/]/).pop() ?? loaded.path;
	return {config: loaded.config, problems: loaded.problems.map(problem => problemText(problem, file))};
}

/**
 * The reader's footer notice for config.toml's problems: several are counted first, since a small
 * terminal shows only the start of a long notice, and `newsterm config` lists them all.
 */
export function configNotice(problems: readonly string[]): string {
	const lead = problems.length > 1 ? `config.toml has ${problems.length} problems (newsterm config lists them): ` : '';
	return `${lead}${problems.join(' · ')}`;
}
