import {describe, expect, it} from 'vitest';
import {cursorTo, follow, maxScroll, moveCursor, positionLabel, scrollBy} from '../../../src/core/reader/viewport.js';

describe('scrolling text', () => {
	it('stops at the last full window', () => {
		expect(maxScroll(100, 20)).toBe(80);
		expect(maxScroll(5, 20)).toBe(0);
		expect(maxScroll(10, 0)).toBe(9);
	});

	it.each([
		['a line down', 0, {by: 1}, 1],
		['a line up at the top', 0, {by: -1}, 0],
		['a page down', 0, {page: 1}, 20],
		['a page down near the end', 70, {page: 1}, 80],
		['a page up', 30, {page: -1}, 10],
		['a page up near the top', 10, {page: -1}, 0],
		['to the top', 55, {to: 'top'}, 0],
		['to the bottom', 5, {to: 'bottom'}, 80],
	] as const)('%s', (_name, from, motion, to) => {
		expect(scrollBy(from, motion, 100, 20)).toBe(to);
	});

	it('labels the position as less does', () => {
		expect(positionLabel(0, 10, 20)).toBe('All');
		expect(positionLabel(0, 100, 20)).toBe('20%');
		expect(positionLabel(80, 100, 20)).toBe('100%');
	});
});

describe('list cursor and window', () => {
	it.each([
		['cursor inside the window: no move', {cursor: 3, offset: 0}, {cursor: 3, offset: 0}],
		['cursor below: the window moves the least', {cursor: 7, offset: 0}, {cursor: 7, offset: 3}],
		['cursor above: the window starts at it', {cursor: 2, offset: 5}, {cursor: 2, offset: 2}],
		['cursor past the end is clamped', {cursor: 40, offset: 0}, {cursor: 19, offset: 15}],
		['window past the end is repaired', {cursor: 18, offset: 30}, {cursor: 18, offset: 15}],
	])('%s', (_name, from, to) => {
		expect(follow(from, 20, 5)).toEqual(to);
	});

	it.each([
		['down inside the window', {cursor: 2, offset: 0}, {by: 1}, {cursor: 3, offset: 0}],
		['down off the bottom scrolls one row', {cursor: 4, offset: 0}, {by: 1}, {cursor: 5, offset: 1}],
		['up off the top scrolls one row', {cursor: 5, offset: 5}, {by: -1}, {cursor: 4, offset: 4}],
		['up at the top stays', {cursor: 0, offset: 0}, {by: -1}, {cursor: 0, offset: 0}],
		['down at the end stays', {cursor: 19, offset: 15}, {by: 1}, {cursor: 19, offset: 15}],
		['page down moves cursor and window together', {cursor: 1, offset: 0}, {page: 1}, {cursor: 6, offset: 5}],
		['page down at the end stops at the last row', {cursor: 17, offset: 15}, {page: 1}, {cursor: 19, offset: 15}],
		['page up', {cursor: 12, offset: 10}, {page: -1}, {cursor: 7, offset: 5}],
		['page up near the top', {cursor: 3, offset: 2}, {page: -1}, {cursor: 0, offset: 0}],
		['to the bottom', {cursor: 0, offset: 0}, {to: 'bottom'}, {cursor: 19, offset: 15}],
		['to the top', {cursor: 19, offset: 15}, {to: 'top'}, {cursor: 0, offset: 0}],
	] as const)('%s', (_name, from, motion, to) => {
		expect(moveCursor(from, motion, 20, 5)).toEqual(to);
	});

	it('an empty list has its cursor at 0', () => {
		expect(moveCursor({cursor: 3, offset: 1}, {by: 1}, 0, 5)).toEqual({cursor: 0, offset: 0});
		expect(follow({cursor: 3, offset: 1}, 0, 5)).toEqual({cursor: 0, offset: 0});
	});
});

describe('cursorTo', () => {
	it.each([
		['inside the window: the window stays', {cursor: 2, offset: 0}, 5, 10, {cursor: 5, offset: 0}],
		['below the window: the window moves just enough', {cursor: 2, offset: 0}, 25, 10, {cursor: 25, offset: 16}],
		['above the window: the window starts at the row', {cursor: 30, offset: 25}, 3, 10, {cursor: 3, offset: 3}],
		['a negative row is the first', {cursor: 0, offset: 0}, -4, 10, {cursor: 0, offset: 0}],
	] as const)('%s', (_name, from, index, height, expected) => {
		expect(cursorTo(from, index, height)).toEqual(expected);
	});
});
