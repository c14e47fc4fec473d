/**
 * Where a saved article goes: a file name from its title that any file system takes, the next free
 * name when it is taken (never overwriting, as `wget` and browsers number theirs), and a path as
 * the footer shows it.
 */

/** Code points a slug keeps: enough to tell titles apart, short enough for every file system. */
const SLUG_LENGTH = 60;

/**
 * A title as a file name's stem: letters and digits of any script, lower-cased, every run of
 * anything else one `-`; accents dropped. `article` when nothing is left (a title of symbols).
 */
export function slugOf(title: string): string {
	const words = title
		.normalize('NFKD')
		.replace(/\p{M}+/gu, '')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, '-')
		.replace(/^-+|-+$/g, '');
	const cut = [...words].slice(0, SLUG_LENGTH).join('');
	// A cut mid-word is kept, but not a hyphen left dangling at the end.
	const slug = cut.replace(/-+$/, '');
	return slug === '' ? 'article' : slug;
}

/** The `n`th name tried for a slug: `slug.md`, then `slug-2.md`, `slug-3.md`, … */
export function savedName(slug: string, n: number): string {
	return n <= 1 ? `${slug}.md` : `${slug}-${n}.md`;
}

/** A path with the home folder written `~`, as a shell prompt shows it. */
export function homePath(path: string, home: string): string {
	if (home === '' || home === '/') return path;
	const base = home.replace(/[/\\]+$/, '');
	if (path === base) return '~';
	return path.startsWith(`${base}/`) || path.startsWith(`${base}\\`) ? `~${path.slice(base.length)}` : path;
}
