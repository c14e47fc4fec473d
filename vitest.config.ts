import {defineConfig} from 'vitest/config';

// Colour codes in frames make exact-string assertions depend on the caller's environment,
// so tests pin colour off unless a test turns it on itself.
export default defineConfig({
	test: {
		include: ['test/**/*.test.{ts,tsx}'],
		env: {FORCE_COLOR: '0', NO_COLOR: ''},
		testTimeout: 20_000,
		hookTimeout: 30_000,
		pool: 'forks',
		// CI also writes a JSON report, from which .ci/run prints the plain "N passed, N failed" line.
		reporters: process.env['CI'] ? ['default', ['json', {outputFile: '.vitest-results.json'}]] : ['default'],
	},
});
