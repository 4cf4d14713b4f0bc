/**
 * Whether the first page has finished hydrating. Components created before that are adopting
 * prerendered HTML; components created after it are rendered in the browser.
 */
let hydrated = false;

export const isHydrated = () => hydrated;

/** Called once, when the root layout has mounted. */
export function markHydrated() {
	hydrated = true;
}

/**
 * What an {@html} block holds in the browser when it is to adopt prerendered HTML. Svelte keeps
 * the server's nodes as they are for any non-empty value while hydrating; a space stays invisible
 * should the block ever be rendered afresh instead (a client-side mismatch repair).
 */
export const ADOPT_PRERENDERED = ' ';
