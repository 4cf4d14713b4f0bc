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
	/** The page's scroll, and the followed title with how far down the window it stood. */
	let place: { y: number; listed: { id: string; top: number } | null } | null = null;

	beforeNavigate(({ from, to }) => {
		// Back to the list while the page still glides to the event: the glide stops here, so
		// that it does not carry on past the place restored below.
		if (place && isEventPage(from) && isHomePage(to)) {
			window.scrollTo({ top: window.scrollY, behavior: 'instant' });
		}
		if (!isHomePage(from) || !isEventPage(to)) return;
		// A title followed from the list has focus (a keyboard press, or a click, does that).
		const link = document.activeElement?.closest('#events a');
		const listed = link ? { id: to!.params!.id!, top: link.getBoundingClientRect().top } : null;
		place = { y: window.scrollY, listed };
	});

	afterNavigate(({ from, to, type }) => {
		if (!place || !isEventPage(from) || !isHomePage(to)) return;
		const { y, listed } = place;
		place = null;
		if (type === 'popstate') return;
		const link =
			listed &&
			document.querySelector<HTMLElement>(`#events a[href*="/event/${CSS.escape(listed.id)}/"]`);
		// What is above the list may have changed height meanwhile: the title goes back to its spot
		// on screen. One instant scroll, which also ends any smooth scroll still under way.
		const top = link ? link.getBoundingClientRect().top + window.scrollY - listed.top : y;
		window.scrollTo({ top, behavior: 'instant' });
		link?.focus({ preventScroll: true });
	});
}
