import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import {ReadSet} from '../../../src/core/store/read-set.js';
import {splitId} from '../../../src/core/article/id.js';

/** Ids of every shape `splitId` handles: in folders, nested, without a folder, with a leading or trailing slash. */
const ID_SHAPES = [
	(n: number) => `w/${n}`,
	(n: number) => `x/${n}`,
	(n: number) => `a/b/${n}`,
	(n: number) => `plain${n}`,
	(n: number) => `/lead${n}`,
	(n: number) => `trail${n}/`,
];
const idOf = (shape: number, n: number): string => ID_SHAPES[shape % ID_SHAPES.length]!(n);
const put = (set: ReadSet, id: string, on: boolean): void => set.set(...splitId(id), on);

describe('ReadSet', () => {
	it('gives views that match the set at the time and never change afterwards', () => {
		const step = fc.oneof(
			fc.record({kind: fc.constant('set' as const), shape: fc.nat(5), n: fc.integer({min: 0, max: 40}), on: fc.boolean()}),
			fc.record({kind: fc.constant('view' as const)}),
		);
		fc.assert(
			fc.property(fc.array(step, {maxLength: 300, size: 'max'}), steps => {
				const set = new ReadSet();
				const model = new Set<string>();
				const touched = new Set<string>();
				const views: [ReadonlySet<string>, Set<string>][] = [];
				for (const s of steps) {
					if (s.kind === 'set') {
						const id = idOf(s.shape, s.n);
						touched.add(id);
						put(set, id, s.on);
						if (s.on) model.add(id);
						else model.delete(id);
					} else views.push([set.view(), new Set(model)]);
				}
				views.push([set.view(), new Set(model)]);
				for (const [view, expected] of views) {
					expect([...view].sort()).toEqual([...expected].sort());
					expect(view.size).toBe(expected.size);
					for (const id of touched) expect(view.has(id)).toBe(expected.has(id));
				}
			}),
			{numRuns: 25},
		);
	});

	it('offers every ReadonlySet method on a view', () => {
		const set = new ReadSet();
		for (let i = 0; i < 600; i++) put(set, `w/${i}`, true);
		set.view();
		put(set, 'w/0', false);
		put(set, 'x/new', true);
		const view = set.view();
		expect(view).not.toBeInstanceOf(Set);
		expect(view.size).toBe(600);
		expect([...view.keys()]).toEqual([...view.values()]);
		expect([...view.entries()][0]).toEqual(['w/1', 'w/1']);
		const seen: string[] = [];
		view.forEach(id => {
			seen.push(id);
		});
		expect(seen).toHaveLength(600);
		expect(seen.at(-1)).toBe('x/new');
		expect(view.has('w/0')).toBe(false);
		expect(view.has('w/599')).toBe(true);
		expect(view.has('x/new')).toBe(true);
	});

	it('folds a large overlay into a new base, leaving earlier views as they were', () => {
		const set = new ReadSet();
		for (let i = 0; i < 100; i++) put(set, `w/${i}`, true);
		const before = set.view();
		for (let i = 100; i < 500; i++) put(set, `w/${i}`, true);
		for (let i = 0; i < 50; i++) put(set, `w/${i}`, false);
		const after = set.view();
		expect(after.size).toBe(450);
		expect(before.size).toBe(100);
		expect(before.has('w/0')).toBe(true);
		expect(before.has('w/100')).toBe(false);
		put(set, 'w/499', false);
		expect(after.has('w/499')).toBe(true);
		expect(set.view().has('w/499')).toBe(false);
	});
});
