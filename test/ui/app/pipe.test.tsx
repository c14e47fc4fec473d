import {describe, expect, test} from 'vitest';
import type {Platform, State} from '../../../src/core/reader/index.js';
import {App} from '../../../src/ui/app/app.js';
import {createMemorySource} from '../../doubles/memory-source.js';
import {createMemoryStore} from '../../doubles/memory-store.js';
import {bundledEntries, KEYS, renderApp} from '../../helpers/ink.js';

const NOW = () => Date.UTC(2026, 10, 26, 12);
const ID = 'world/valmora-harbour-reopens';
const ON_ARTICLE: State = {
	stack: [
		{kind: 'sections', pos: {cursor: 0, offset: 0}},
		{kind: 'article', id: ID, scroll: 0, link: null},
	],
	quitting: false,
};

/** A Platform that records what `s` and `|` asked of it, and answers as the real one words it. */
function fakePlatform() {
	const saved: {title: string; markdown: string}[] = [];
	const piped: {command: string; text: string}[] = [];
	const platform: Platform = {
		redraw: () => undefined,
		suspend: () => undefined,
		openLink: async () => ({ok: true, message: 'Opened'}),
		copy: () => ({ok: true, message: 'Copied'}),
		save: async (title, markdown) => {
			saved.push({title, markdown});
			return {ok: true, message: 'Saved to ~/news/valmora.md'};
		},
		pipe: async (command, text) => {
			piped.push({command, text});
			return {ok: true, message: `Piped to \`${command}\`: exit 0`};
		},
	};
	return {platform, saved, piped};
}

const start = (platform: Platform, columns = 80, rows = 24) =>
	renderApp(
		<App source={createMemorySource(bundledEntries())} store={createMemoryStore()} size={{columns, rows}} now={NOW} initial={ON_ARTICLE} platform={platform} />,
	);

describe('s and | in the reader', () => {
	test.each([
		[80, 24],
		[40, 15],
	])('at %ix%i: s hands the Markdown over and the footer says where it went', async (columns, rows) => {
		const fake = fakePlatform();
		const ui = await start(fake.platform, columns, rows);
		await ui.waitFor(frame => frame.includes('The port of Valmora'), 'the article');
		await ui.press('s', frame => frame.includes('Saved to ~/news/valmora.md'));
		expect(fake.saved).toHaveLength(1);
		expect(fake.saved[0]?.title).toBe('Valmora harbour reopens six months after the storm surge');
		expect(fake.saved[0]?.markdown.startsWith('# Valmora harbour reopens six months after the storm surge\n')).toBe(true);
		await ui.unmount();
	});

	test('| asks for a command, runs it with the plain text, says how it ended, and offers it again', async () => {
		const fake = fakePlatform();
		const ui = await start(fake.platform);
		await ui.waitFor(frame => frame.includes('The port of Valmora'), 'the article');
		const prompt = await ui.press('|', frame => frame.includes("Pipe the article's text to:"));
		expect(prompt).toContain('newsterm › Pipe to a command');
		// q, s and j are letters of the command here, not the reader's keys.
		await ui.press('qsj wc', frame => frame.includes('| qsj wc'));
		const done = await ui.press(KEYS.enter, frame => frame.includes('Piped to `qsj wc`: exit 0'));
		expect(done).toContain('The port of Valmora');
		expect(fake.piped).toHaveLength(1);
		expect(fake.piped[0]?.command).toBe('qsj wc');
		expect(fake.piped[0]?.text.startsWith('Valmora harbour reopens six months after the storm surge\n\n')).toBe(true);

		const again = await ui.press('|', frame => frame.includes("Pipe the article's text to:"));
		expect(again).toContain('| qsj wc');
		const back = await ui.press(KEYS.escape, frame => !frame.includes('Pipe the article'));
		expect(back).toContain('The port of Valmora');
		expect(fake.piped).toHaveLength(1);
		await ui.unmount();
	});

	test('an empty command runs nothing: Enter on the empty prompt goes back to the article', async () => {
		const fake = fakePlatform();
		const ui = await start(fake.platform);
		await ui.waitFor(frame => frame.includes('The port of Valmora'), 'the article');
		await ui.press('|', frame => frame.includes("Pipe the article's text to:"));
		const back = await ui.press(KEYS.enter, frame => !frame.includes('Pipe the article'));
		expect(back).not.toContain('Piped to');
		expect(fake.piped).toEqual([]);
		await ui.unmount();
	});
});
