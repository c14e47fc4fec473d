import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import {ReadSet} from '../../src/core/read-set.js';

describe('ReadSet', () => {
	it('gives views that match the set at the time and never change afterwards', () => {
		const step = fc.oneof(
			fc.record({kind: fc.constant('set' as const), id: fc.integer({min: 0, max: 400}), on: fc.boolean()}),
			fc.record({kind: fc.constant('view' as const)}),
		);
		fc.assert(
			fc.property(fc.array(step, {maxLength: 1500}), (steps) => {
				const set = new ReadSet();
				const model = new Set<string>();
				const views: [ReadonlySet<string>, string[]][] = [];
				for (const s of steps) {
					if (s.kind === 'set') {
						set.set(`w/${s.id}`, s.on);
						if (s.on) model.add(`w/${s.id}`);
						else model.delete(`w/${s.id}`);
					} else views.push([set.view(), [...model].sort()]);
				}
				views.push([set.view(), [...model].sort()]);
				for (const [view, expected] of views) {
					expect([...view].sort()).toEqual(expected);
					expect(view.size).toBe(expected.length);
					for (let id = 0; id <= 400; id += 37) expect(view.has(`w/${id}`)).toBe(expected.includes(`w/${id}`));
				}
			}),
			{numRuns: 60},
		);
	});

	it('offers every ReadonlySet method on an overlay view', () => {
		const set = new ReadSet();
		for (let i = 0; i < 600; i++) set.set(`w/${i}`, true);
		set.view();
		set.set('w/0', false);
		set.set('x/new', true);
		const view = set.view();
		expect(view).not.toBeInstanceOf(Set);
		expect(view.size).toBe(600);
		expect([...view.keys()]).toEqual([...view.values()]);
		expect([...view.entries()][0]).toEqual(['w/1', 'w/1']);
		const seen: string[] = [];
		view.forEach((id) => seen.push(id));
		expect(seen).toHaveLength(600);
		expect(seen.at(-1)).toBe('x/new');
	});
});
