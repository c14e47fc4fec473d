// Seeded pseudo-random news prose for the benchmark corpus: titles and paragraphs of varied length,
// some with quotations (straight and curly, as the seed mixes them) and non-breaking spaces.
// Every function takes the generator, so the same draws always give the same text.

const PLACES = ['Valmora', 'Portsalt', 'Hollin', 'Tiller Bay', 'the Kestrel Valley', 'Essland', 'Norvik', 'Corvane', 'Harrow Woods', 'Marrow Street'];
const PEOPLE = [
	'the minister',
	'the mayor',
	'a spokeswoman',
	'the council leader',
	'a union official',
	'the harbour master',
	'a local farmer',
	'the chief economist',
	'the coach',
	'a museum curator',
	'the head teacher',
	'an engineer',
];
const NOUNS = [
	'harbour',
	'budget',
	'ferry service',
	'rail line',
	'festival',
	'election',
	'trade accord',
	'weather model',
	'bakery cooperative',
	'textile mill',
	'football club',
	'research station',
	'water supply',
	'bridge',
	'school',
	'library',
	'hospital',
	'marathon',
	'fishing fleet',
	'power grid',
];
const VERBS = ['reopens', 'delays', 'approves', 'rejects', 'expands', 'closes', 'celebrates', 'reviews', 'funds', 'questions', 'welcomes', 'postpones'];
const ADJECTIVES = ['new', 'long-awaited', 'disputed', 'record', 'modest', 'ambitious', 'local', 'regional', 'temporary', 'historic'];
const CLAUSES = [
	'after months of talks between the two sides',
	'despite warnings from residents and traders',
	'as officials prepared for a busy season',
	'in a vote that surprised several observers',
	'while repairs continued along the waterfront',
	'following a review published earlier in the year',
	'with support from neighbouring towns',
	'before the end of the financial year',
	'amid questions about the cost',
	'as the first results came in on Sunday',
];
const QUOTES = [
	'We have waited a long time for this',
	'It is a very complicated piece of business',
	'Nobody expected the numbers to be this good',
	'We are not there yet, but we are close',
	'This is what the town asked for',
	'The work is only beginning',
	'It was the right decision at the right time',
	'We will keep listening to people',
];

const pick = (random, list) => list[Math.floor(random() * list.length)];
const capital = text => text.charAt(0).toUpperCase() + text.slice(1);

/** A headline of five to twelve words, without the final number the corpus adds. */
export function title(random) {
	const shape = Math.floor(random() * 3);
	if (shape === 0) return `${capital(pick(random, PLACES))} ${pick(random, VERBS)} ${pick(random, ADJECTIVES)} ${pick(random, NOUNS)} plan`;
	if (shape === 1)
		return `${capital(pick(random, PEOPLE))} says ${pick(random, NOUNS)} in ${pick(random, PLACES)} "${pick(random, ['not ready', 'on track', 'worth trying', 'a success'])}"`;
	return `${capital(pick(random, ADJECTIVES))} ${pick(random, NOUNS)} for ${pick(random, PLACES)} ${pick(random, CLAUSES)}`;
}

/** One sentence: a report, a quotation with its speaker, or a short quoted phrase. */
export function sentence(random) {
	const roll = random();
	if (roll < 0.15) {
		const [open, close] = random() < 0.5 ? ['"', '"'] : ['“', '”'];
		return `${open}${pick(random, QUOTES)},${close} ${pick(random, PEOPLE)} said.`;
	}
	if (roll < 0.2) return `${capital(pick(random, PEOPLE))} called it "${pick(random, ['a good day', 'a fair deal', 'overdue', 'a start'])}" and left.`;
	const count = 12 + Math.floor(random() * 40);
	// Numbers with a non-breaking space, as the seed writes some measures.
	const figure = random() < 0.2 ? ` by ${count}\u00a0per cent` : '';
	return `${capital(pick(random, PEOPLE))} in ${pick(random, PLACES)} said the ${pick(random, ADJECTIVES)} ${pick(random, NOUNS)} ${pick(random, VERBS)}${figure} ${pick(random, CLAUSES)}.`;
}

/** A paragraph of one to four sentences. */
export function paragraph(random) {
	const count = 1 + Math.floor(random() * 4);
	const sentences = [];
	for (let i = 0; i < count; i++) sentences.push(sentence(random));
	return sentences.join(' ');
}
