import {spawnNode, timeTo} from './bench-startup.mjs';
import {median, load1, screens} from './bench-util.mjs';
const cases = {floor: [['-e', "console.log('ready')"], 'ready'], cold: [['/tmp/m/cold.cjs', '/tmp/newsterm-bench-corpus-100000/articles'], screens.sections]};
const res = Object.fromEntries(Object.keys(cases).map(k => [k, []]));
for (let i = 0; i < 9; i++)
	for (const [k, [args, ready]] of Object.entries(cases)) {
		const child = spawnNode(args);
		try {
			res[k].push(await timeTo(child, ready, {label: k}));
			await child.exited;
		} finally {
			await child.kill();
		}
	}
for (const [k, v] of Object.entries(res)) console.log(k, median(v.slice(1)).toFixed(1), v.map(Math.round).join(' '));
console.log('load', load1());
