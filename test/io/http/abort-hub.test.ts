import {getEventListeners} from 'node:events';
import {expect, it} from 'vitest';
import {createAbortHub} from '../../../src/io/http/abort-hub.js';

it('puts one listener on a shared signal and calls each subscriber still listening, once', () => {
	const hub = createAbortHub();
	const controller = new AbortController();
	const heard: number[] = [];
	const offs = Array.from({length: 50}, (_, i) => hub.on(controller.signal, () => heard.push(i)));
	expect(getEventListeners(controller.signal, 'abort')).toHaveLength(1);
	for (const off of offs.slice(0, 48)) off();
	controller.abort();
	controller.abort();
	expect(heard).toEqual([48, 49]);
	expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
});

it('listens to nothing for no signal or one already aborted', () => {
	const hub = createAbortHub();
	const heard: string[] = [];
	hub.on(undefined, () => heard.push('none'))();
	const signal = AbortSignal.abort();
	hub.on(signal, () => heard.push('aborted'));
	expect(getEventListeners(signal, 'abort')).toHaveLength(0);
	expect(heard).toEqual([]);
});
