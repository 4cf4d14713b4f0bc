/**
 * Prerendered HTML that the browser adopts as it is: {@html} keeps the server's nodes without
 * comparing them while the first page hydrates, so content placed that way costs nothing then and
 * can be brought to life later (Deferred) or replaced (the timeline's chart).
 */
import { render } from 'svelte/server';
import type { Snippet } from 'svelte';
import { dev } from '$app/environment';
import AdoptedRoot from '$lib/components/AdoptedRoot.svelte';

/**
 * Whether the first page has finished hydrating. Components created before that are adopting
 * prerendered HTML; components created after it are rendered in the browser.
 */
let hydrated = false;

/** Called once, when the root layout has mounted. */
export function markHydrated() {
	hydrated = true;
}

/** How many deferred hydrations are running (they can nest). */
let deferredHydrations = 0;

/** Runs a deferred block's hydration, during which its components adopt prerendered HTML too. */
export function hydratingLater<T>(hydrate: () => T): T {
	deferredHydrations++;
	try {
		return hydrate();
	} finally {
		deferredHydrations--;
	}
}

/**
 * Whether content created now is prerendered HTML to adopt: while the first page hydrates, or a
 * deferred block of it, in a production build. (In development Svelte checks {@html} against the server's HTML and warns.)
 */
export const adopting = () => !dev && (!hydrated || deferredHydrations > 0);

/**
 * The {@html} value for adopted content. On the server: the snippet's HTML with its hydration
 * markers, inside one element. In the browser: any non-empty value keeps the server's nodes while
 * hydrating; a space stays invisible should the block ever be rendered afresh instead (a
 * client-side mismatch repair).
 */
export function adoptedHtml(children: Snippet, context?: Map<unknown, unknown>): string {
	return import.meta.env.SSR ? render(AdoptedRoot, { props: { children }, context }).body : ' ';
}
