// Keeps the open pages' "last hour at a glance" current through the live stream: a 'stats' event
// soon after deliveries, but at most one per `interval` however fast they come (a burst of a
// thousand deliveries is one redraw, not a thousand), and one a minute while none come, so the
// chart moves on with the clock.

/** How often the chart moves on by itself. */
const minuteMs = 60_000;

/**
 * @param {ReturnType<import('./stats.js').createStats>} stats
 * @param {ReturnType<import('./events.js').createEventStream>} stream
 * @param {{ interval?: number }} [settings] `interval`: least ms between two 'stats' events. Default 1000.
 */
function createStatsFeed(stats, stream, { interval = 1000 } = {}) {
  /** @type {NodeJS.Timeout | undefined} */
  let pending;
  let sentAt = -Infinity;
  let closed = false;
  const send = () => {
    pending = undefined;
    sentAt = performance.now();
    if (stream.size > 0) stream.broadcast('stats', stats.snapshot());
  };
  const everyMinute = setInterval(() => pending ?? send(), minuteMs).unref();

  return {
    /** Says that a delivery was counted: the pages hear of it within `interval` ms. */
    changed() {
      if (pending || closed) return;
      pending = setTimeout(send, Math.max(0, sentAt + interval - performance.now())).unref();
    },
    /** Sends nothing more. */
    close() {
      closed = true;
      clearTimeout(pending);
      clearInterval(everyMinute);
      pending = undefined;
    },
  };
}

module.exports = { createStatsFeed };
