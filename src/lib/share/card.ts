/**
 * Share cards: the 1200×630 images that link previews (Open Graph, Twitter) show, drawn as SVG
 * strings from plain, already-translated values. Pure: no fonts, files or rasteriser here.
 */
import type { Stance } from '$lib/data/schema';
import { languageRecord, type Language } from '$lib/i18n/languages';
import { fitText } from '$lib/timeline/text-width';
import {
	CARD_HEIGHT,
	CARD_WIDTH,
	INK,
	INNER,
	labelWidth,
	MARGIN,
	MUTED,
	PAPER,
	r,
	RULE,
	STANCE_COLOURS,
	stanceSymbol,
	text,
	type TextStyle
} from './draw';
import { marker, strip, STRIP_TOP, stripX, type Span } from './strip';
import { clampLines, wrapText } from './wrap';

/** The footer: a hairline, then the source and the site's host. */
const FOOTER_RULE = 540;
const FOOTER_BASELINE = 584;

/**
 * estimateTextWidth is within about 7% of Noto Sans's real widths, mostly over; wrapping a little
 * inside the column keeps the rare narrow estimate out of the right margin.
 */
const WRAP_WIDTH = Math.floor(INNER * 0.96);

/** What every card carries: the frame around its content. */
export interface CardFrame {
	lang: Language;
	/** The site's name, set as the kicker in the top left. */
	siteName: string;
	/** Eras in date order; the strip along the bottom shows them as alternating tints. */
	eras: Span[];
	/** The source line in the footer. */
	source: string;
	/** The site's host name, bottom right. */
	host: string;
}

export interface EventCardContent extends CardFrame {
	title: string;
	/** The date as readers see it, at its precision ("March 2014"). */
	date: string;
	stance: Stance;
	/** The stance's name in the card's language. */
	stanceLabel: string;
	/** Hollow symbol when the date is known only to the month or year, as on the timeline. */
	hollow: boolean;
	eraTitle: string;
	/** When the event happened (its whole span when it has an end date). */
	at: Span;
	/** A tag after the date, such as "Context" for background events. */
	badge?: string;
}

/** The site's card; its name is the headline. */
export interface SiteCardContent extends CardFrame {
	/** What the site is ("An interactive timeline"), set as the kicker. */
	kicker: string;
	description: string;
	/** The stances' names, for the key. */
	stanceLabels: Record<Stance, string>;
	/** "53 events", after the kicker. */
	countLabel: string;
	/** Every event, drawn as a tick on the strip. */
	events: { start: number; stance: Stance }[];
}

/** Kickers are set in capitals in English; CJK scripts have no case and are left as they are. */
function kickerCase(content: string, lang: Language): string {
	return lang === 'en' ? content.toUpperCase() : content;
}

interface FrameParts {
	/** Top left, in capitals where the script has them. */
	kicker: string;
	/** Set lighter after the kicker. */
	note?: string;
	/** Colour of the bar along the top edge. */
	topBar: string;
	/** Markup for the top right, given the room the kicker leaves. */
	right: (room: number) => string;
}

/** Paper, the bar along the top, the kicker row and its rule, and the footer. */
function frame(content: CardFrame, parts: FrameParts): string[] {
	const kicker = kickerCase(parts.kicker, content.lang);
	const noteX = MARGIN + labelWidth(kicker, 22, 1.5) + 14;
	const kickerEnd = parts.note ? noteX + labelWidth(parts.note, 22) : noteX;
	const hostWidth = labelWidth(content.host, 18);
	return [
		`<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="${PAPER}"/>`,
		`<rect width="${CARD_WIDTH}" height="10" fill="${parts.topBar}"/>`,
		text(MARGIN, 62, kicker, { size: 22, weight: 700, spacing: 1.5 }),
		parts.note ? text(noteX, 62, parts.note, { size: 22, fill: MUTED }) : '',
		parts.right(MARGIN + INNER - kickerEnd - 40),
		`<line x1="${MARGIN}" x2="${MARGIN + INNER}" y1="84" y2="84" stroke="${INK}" stroke-width="2"/>`,
		`<line x1="${MARGIN}" x2="${MARGIN + INNER}" y1="${FOOTER_RULE}" y2="${FOOTER_RULE}" stroke="${RULE}" stroke-width="1.5"/>`,
		text(MARGIN, FOOTER_BASELINE, fitText(content.source, 18, INNER - hostWidth - 56), {
			size: 18,
			fill: MUTED
		}),
		text(MARGIN + INNER, FOOTER_BASELINE, content.host, { size: 18, weight: 700, anchor: 'end' })
	];
}

/**
 * Headline lines at the first [size, most lines] step that sets the whole title without breaking
 * inside a CJK word; else at the first step that sets it at all; else cut to fit the last step.
 * CJK titles thus shrink onto one line rather than split a word, as a headline desk would.
 */
function headline(title: string, steps: [size: number, maxLines: number][]) {
	const options = steps.map(([size, maxLines]) => ({
		size,
		wrapped: wrapText(title, size, WRAP_WIDTH, maxLines)
	}));
	const chosen = options.find((o) => o.wrapped?.awkward === 0) ?? options.find((o) => o.wrapped);
	if (chosen?.wrapped) return { size: chosen.size, lines: chosen.wrapped.lines };
	const [size, maxLines] = steps.at(-1)!;
	return { size, lines: clampLines(title, size, WRAP_WIDTH, maxLines).lines };
}

/** Full-width opening brackets, whose ink sits in the right half of their em. */
const OPENING_BRACKETS = /^[「『《（〈【〔]/;

/**
 * Lines of text down from `top`. A line opening with a full-width bracket starts half an em to
 * the left, as CJK typesetters set it, so its ink aligns with the lines around it.
 */
function lines(content: string[], top: number, size: number, leading: number, style: TextStyle) {
	return content.map((line, i) =>
		text(
			MARGIN - (OPENING_BRACKETS.test(line) ? size / 2 : 0),
			top + size * 0.88 + i * size * leading,
			line,
			style
		)
	);
}

function svg(lang: Language, body: string[]): string {
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" ` +
		`viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}" font-family="${languageRecord(lang).cardFont.family}" ` +
		`xml:lang="${lang}">${body.join('')}</svg>`
	);
}

/** One event's card: stance and date, the title, and where it sits in 1803–2019. */
export function eventCardSvg(content: EventCardContent): string {
	const colour = STANCE_COLOURS[content.stance];
	const stance = kickerCase(content.stanceLabel, content.lang);
	const stanceX = MARGIN + 34;
	const dateX = stanceX + labelWidth(stance, 26, 1) + 40;
	const badgeX = dateX + labelWidth(content.date, 26) + 22;
	const badge = content.badge ? kickerCase(content.badge, content.lang) : '';
	const title = headline(content.title, [
		[72, 2],
		[64, 3],
		[58, 3],
		[52, 3]
	]);
	return svg(content.lang, [
		...frame(content, {
			kicker: content.siteName,
			topBar: colour,
			right: (room) =>
				text(MARGIN + INNER, 62, fitText(content.eraTitle, 22, room), {
					size: 22,
					fill: MUTED,
					anchor: 'end'
				})
		}),
		`<g class="stance">`,
		stanceSymbol(content.stance, MARGIN + 13, 130, 12, content.hollow),
		text(stanceX, 139, stance, { size: 26, weight: 700, fill: colour, spacing: 1 }),
		`</g>`,
		`<line x1="${r(dateX - 20)}" x2="${r(dateX - 20)}" y1="114" y2="144" stroke="${RULE}" stroke-width="2"/>`,
		text(dateX, 139, content.date, { size: 26 }),
		badge
			? `<rect x="${r(badgeX)}" y="115" width="${r(labelWidth(badge, 17, 1) + 18)}" height="30" rx="3" fill="none" stroke="${MUTED}" stroke-width="1.5"/>` +
				text(badgeX + 9, 136, badge, { size: 17, weight: 700, fill: MUTED, spacing: 1 })
			: '',
		`<g class="title">`,
		...lines(title.lines, 176, title.size, 1.16, { size: title.size, weight: 700 }),
		`</g>`,
		strip(content.eras, content.at),
		marker(content.eras, content.at, content.stance, content.hollow)
	]);
}

/** The site's own card: its name, what it is, and every event along the strip, with a key. */
export function siteCardSvg(content: SiteCardContent): string {
	const title = headline(content.siteName, [
		[84, 1],
		[76, 2],
		[68, 2]
	]);
	const titleTop = 116;
	const descriptionTop = titleTop + title.size * (1.12 * title.lines.length - 0.12) + 30;
	const description = clampLines(content.description, 24, WRAP_WIDTH, 3).lines;
	// The key to the strip's ticks, top right.
	const entries = (['cooperation', 'conflict', 'mixed'] as const).map((stance) => ({
		stance,
		label: content.stanceLabels[stance],
		width: 22 + labelWidth(content.stanceLabels[stance], 20)
	}));
	let keyX = MARGIN + INNER - entries.reduce((sum, e) => sum + e.width + 24, -24);
	const key = entries.map(({ stance, label, width }) => {
		const out =
			stanceSymbol(stance, keyX + 8, 55, 8, false) +
			text(keyX + 22, 62, label, { size: 20, fill: STANCE_COLOURS[stance], weight: 700 });
		keyX += width + 24;
		return out;
	});
	const ticks = content.events.map((event) => {
		const x = stripX(event.start, content.eras);
		return `<line x1="${r(x)}" x2="${r(x)}" y1="${STRIP_TOP - 16}" y2="${STRIP_TOP}" stroke="${STANCE_COLOURS[event.stance]}" stroke-width="2"/>`;
	});
	return svg(content.lang, [
		...frame(content, {
			kicker: content.kicker,
			note: content.countLabel,
			topBar: INK,
			right: () => `<g class="key">${key.join('')}</g>`
		}),
		`<g class="title">`,
		...lines(title.lines, titleTop, title.size, 1.12, { size: title.size, weight: 700 }),
		`</g>`,
		...lines(description, descriptionTop, 24, 1.42, { size: 24, fill: MUTED }),
		strip(content.eras),
		`<g class="events">`,
		...ticks,
		`</g>`
	]);
}
