/**
 * Runs inside each benchmarked page (added as an init script). It is plain JavaScript read from
 * disk so it reaches the browser exactly as written: functions compiled by tsx and passed to
 * page.evaluate carry helper calls the page does not define.
 *
 * window.benchProbe.zoom() sends one wheel event per animation frame, as a wheel or trackpad
 * does, at the point on the chart showing `time`, and records the time between frames until the
 * last step has been drawn. It then goes on recording, separately, for `afterMs`: a timeline that
 * defers work until a gesture ends shows that work there. Each event holds Ctrl, as a reader
 * zooming with the wheel does (or a trackpad pinch), and carries deltaY (read by ours) and
 * wheelDeltaY (read by vis-timeline), chosen by the driver so that both zoom in by the same
 * factor per step.
 */
window.benchProbe = {
	/**
	 * @param {{ steps: number, deltaY: number, wheelDeltaY: number, time: number, settleFrames: number, afterMs: number }} o
	 * @returns {Promise<{ frames: number[], after: number[], span: { from: number, to: number } }>}
	 */
	zoom(o) {
		const page = window.benchPage;
		if (!page) return Promise.reject(new Error('the page exposes no window.benchPage'));
		const frames = [];
		const after = [];
		let last = -1;
		/** When the zoom's own frames ended and the frames after it began. */
		let afterFrom = 0;
		let sent = 0;
		let settled = 0;
		return new Promise((done) => {
			const onFrame = (now) => {
				if (last >= 0) (afterFrom ? after : frames).push(now - last);
				last = now;
				if (sent < o.steps) {
					requestAnimationFrame(onFrame);
					sent += 1;
					// Aim anew each step: the element under the point may have been replaced.
					const { x, y } = page.pointAt(o.time);
					const target = document.elementFromPoint(x, y) ?? document.body;
					target.dispatchEvent(
						new WheelEvent('wheel', {
							bubbles: true,
							cancelable: true,
							composed: true,
							view: window,
							clientX: x,
							clientY: y,
							deltaMode: 0,
							ctrlKey: true,
							deltaY: o.deltaY,
							wheelDeltaY: o.wheelDeltaY
						})
					);
				} else if (settled < o.settleFrames) {
					settled += 1;
					requestAnimationFrame(onFrame);
				} else if (!afterFrom) {
					afterFrom = now;
					requestAnimationFrame(onFrame);
				} else if (now - afterFrom < o.afterMs) {
					requestAnimationFrame(onFrame);
				} else {
					done({ frames, after, span: page.visibleSpan() });
				}
			};
			requestAnimationFrame(onFrame);
		});
	}
};
