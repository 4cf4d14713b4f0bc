// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		// interface Error {}
		// interface Locals {}
		// interface PageData {}
		// interface PageState {}
		// interface Platform {}
	}
}

export {};

// `blocking="render"` (HTML's render-blocking attribute) is not yet in Svelte's element types.
declare module 'svelte/elements' {
	interface HTMLLinkAttributes {
		blocking?: 'render' | null;
	}
}
