/** Fills share cards from the dataset: what one event's card, or the site's, says in a language. */
import type { TimelineEra, TimelineEvent } from '$lib/data/localize';
import type { Messages } from '$lib/i18n/catalogue';
import type { Language } from '$lib/i18n/languages';
import { eventCardSvg, siteCardSvg, type CardFrame } from './card';

export interface CardContext {
	lang: Language;
	m: Messages;
	eras: TimelineEra[];
	/** The site's host name for the footer ("timeline.example.com"). */
	host: string;
}

function cardFrame({ lang, m, eras, host }: CardContext): CardFrame {
	return { lang, siteName: m.siteTitle, eras, source: m.sourceLine, host };
}

export function eventCard(event: TimelineEvent, context: CardContext): string {
	const { m, eras } = context;
	return eventCardSvg({
		...cardFrame(context),
		title: event.title,
		date: event.when,
		stance: event.stance,
		stanceLabel: m.stances[event.stance],
		hollow: event.date.precision !== 'day',
		eraTitle: eras.find((era) => era.id === event.era)?.title ?? '',
		at: { start: event.start, end: event.end },
		...(event.context ? { badge: m.contextBadge } : {})
	});
}

export function siteCard(events: TimelineEvent[], context: CardContext): string {
	const { m } = context;
	return siteCardSvg({
		...cardFrame(context),
		kicker: m.siteKicker,
		description: m.siteDescription,
		stanceLabels: m.stances,
		countLabel: m.eventCount(events.length),
		events: events.map((event) => ({ start: event.start, stance: event.stance }))
	});
}
