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
		window.scrollTo({ top: y, behavior: 'instant' });
		const link =
			listed &&
			document.querySelector<HTMLElement>(`#events a[href*="/event/${CSS.escape(listed.id)}/"]`);
		if (!link) return;
		// What is above the list may have changed height meanwhile: the title goes back to its spot.
		const moved = link.getBoundingClientRect().top - listed.top;
		if (Math.abs(moved) >= 1) window.scrollBy({ top: moved, behavior: 'instant' });
		link.focus({ preventScroll: true });
	});
}
