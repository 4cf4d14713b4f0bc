/**
 * Where the reader was on the home page when they opened an event — how far down the page, and
 * which title in the list they followed — so that closing the event takes them back there, even
 * though the list is not on event pages. Back and Forward restore their own places.
 */
import { afterNavigate, beforeNavigate } from '$app/navigation';
import type { NavigationTarget } from '@sveltejs/kit';

const isEventPage = (target: NavigationTarget | null) => !!target?.params?.id;
const isHomePage = (target: NavigationTarget | null) =>
	!!target?.route.id?.endsWith('(timeline)') && !isEventPage(target);

/** Call while the layout shared by the home and event pages is created. */
export function keepReadingPlace(): void {
	let place: { y: number; listed: string | null } | null = null;

	beforeNavigate(({ from, to }) => {
		if (!isHomePage(from) || !isEventPage(to)) return;
		// A title followed from the list has focus (a keyboard press, or a click, does that).
		const link = document.activeElement?.closest('#events a');
		place = { y: window.scrollY, listed: link ? to!.params!.id! : null };
	});

	afterNavigate(({ from, to, type }) => {
		if (!place || !isEventPage(from) || !isHomePage(to)) return;
		const { y, listed } = place;
		place = null;
		if (type === 'popstate') return;
		window.scrollTo({ top: y, behavior: 'instant' });
		if (listed) {
			const link = document.querySelector<HTMLElement>(
				`#events a[href*="/event/${CSS.escape(listed)}/"]`
			);
			link?.focus({ preventScroll: true });
		}
	});
}
