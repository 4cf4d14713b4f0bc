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
