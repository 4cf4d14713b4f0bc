/**
 * The chart's zoom behaviour as an attachment. d3-zoom (zoom-binding.ts) is loaded as soon as
 * the chart is mounted, but not with the page: the chart is drawn, and moves at once on the
 * buttons and keys, before it arrives. The view is marked interactive once it is bound.
 */
import { untrack } from 'svelte';
import type { Attachment } from 'svelte/attachments';
import type { TimelineView } from '$lib/timeline/timeline-view.svelte';
import type { ZoomBinding } from './zoom-binding';

export function zoomBehaviour(view: TimelineView): Attachment<SVGSVGElement> {
	return (node) => {
		let binding = $state<ZoomBinding>();
		let destroyed = false;
		void import('./zoom-binding').then(({ bindZoom }) => {
			if (destroyed) return;
			binding = bindZoom(node, view);
			view.interactive = true;
		});
		$effect(() => {
			void view.width;
			void view.domain;
			if (binding) untrack(() => binding!.rebase());
		});
		return () => {
			destroyed = true;
			binding?.destroy();
			view.interactive = false;
		};
	};
}
