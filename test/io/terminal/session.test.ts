import {existsSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {bodyHeight, move, type Position} from '../../fixtures/scroll-model.js';
import {expectScreen, MARKER, useScrollFixture} from '../../helpers/scroll-fixture.js';
import {expectRestored, expectTakenOver} from '../../helpers/terminal-checks.js';

const {start} = useScrollFixture();

describe('full-screen session in a real terminal', () => {
	it('draws on the alternate screen with the cursor hidden, and q brings back the screen, cursor and exit hook', async () => {
		const {p, flushFile} = await start('list');
		expectTakenOver(p, MARKER);
		p.press('q');
		expect((await p.exited).exitCode).toBe(0);
		await expectRestored(p, MARKER);
		expect(existsSync(flushFile)).toBe(true);
	});

	it('restores after Ctrl+C (Ink exits on it in raw mode)', async () => {
		const {p, flushFile} = await start('list');
		p.press('\x03');
		expect((await p.exited).exitCode).toBe(0);
		await expectRestored(p, MARKER);
		expect(existsSync(flushFile)).toBe(true);
	});

	it.each([
		['SIGTERM', 143],
		['SIGHUP', 129],
		['SIGINT', 130],
	])('restores after %s, runs the exit hook and exits with 128 + signal', async (signal, code) => {
		const {p, flushFile} = await start('article');
		p.kill(signal);
		expect((await p.exited).exitCode).toBe(code);
		await expectRestored(p, MARKER);
		expect(existsSync(flushFile)).toBe(true);
	});

	it.each([
		['x', 'an error thrown in a component', 'boom from the fixture'],
		['u', 'an uncaught exception', 'uncaught from the fixture'],
		['r', 'an unhandled rejection', 'rejected in the fixture'],
	])('after %s (%s): restores first, then prints only the message, exit code 1', async (key, _what, message) => {
		const {p, flushFile} = await start('list');
		p.press(key);
		expect((await p.exited).exitCode).toBe(1);
		await expectRestored(p, MARKER);
		const screen = p.screen();
		expect(screen[1]).toBe(`scroll-app: ${message}`);
		expect(screen.slice(2).join('').trim()).toBe('');
		expect(existsSync(flushFile)).toBe(true);
	});

	it('repaints cleanly after a resize from 100x30 to 60x20', async () => {
		const {p} = await start('list');
		let pos: Position = {top: 0, cursor: 0};
		for (const key of 'jjj') {
			p.press(key);
			pos = move('list', pos, key, bodyHeight(30));
			await expectScreen(p, 'list', pos, 100, 30);
		}
		p.resize(60, 20);
		await expectScreen(p, 'list', pos, 60, 20);
		p.press('j');
		await expectScreen(p, 'list', move('list', pos, 'j', bodyHeight(20)), 60, 20);
	});

	it.each(['list', 'article'] as const)('after j/k/space/g/G in a %s the screen equals a fresh render of the same position', async mode => {
		const {p} = await start(mode);
		let pos: Position = {top: 0, cursor: 0};
		for (const key of 'jjj kk jGkkkg j') {
			p.press(key);
			pos = move(mode, pos, key, bodyHeight(30));
			await expectScreen(p, mode, pos, 100, 30);
		}
	});
});
