// The last hour at a glance: deliveries per minute by outcome, the rejected and failed ones by
// error code, and the time their listeners took. Sixty one-minute slots, each reused when the
// clock comes round to it again, so the app holds as much after a month as after an hour.

/** @typedef {'accepted' | 'duplicate' | 'ignored' | 'rejected' | 'failed'} Outcome */

/** @type {readonly Outcome[]} */
const outcomes = Object.freeze(['accepted', 'duplicate', 'ignored', 'rejected', 'failed']);
const minuteMs = 60_000;
const windowMinutes = 60;

// Listener latency is kept per minute as a histogram, not a sample: its memory is fixed however
// many deliveries come, and the window's sixty minutes add up exactly, which samples of minutes
// of unequal traffic would not. Eight buckets per doubling from 1 µs put a percentile at most
// 2^(1/8) - 1 (9%) above the true one; the window's smallest and largest times bound it too, so
// one delivery's p50 and p99 are its own time. Above 2^28 µs (4.5 min, far past any
// handlerTimeout) everything shares the last bucket.
const bucketsPerDoubling = 8;
const smallestMs = 0.001;
const latencyBuckets = 28 * bucketsPerDoubling + 1;

/**
 * @typedef {object} StatsSnapshot
 * @property {number} from Start of the oldest minute shown, ms since the epoch.
 * @property {number} to The clock's time when the snapshot was taken.
 * @property {({ start: number } & Record<Outcome, number>)[]} buckets The sixty minutes, oldest
 *   first, the last one the minute now under way: each minute's start and its deliveries by outcome.
 * @property {Record<Outcome, number>} totals The window's deliveries by outcome.
 * @property {Record<string, number>} rejectedByReason Rejected deliveries by error code, most first.
 * @property {Record<string, number>} failedByReason Failed deliveries by error code, most first.
 * @property {{ count: number, p50: number | null, p99: number | null }} listenerLatency Deliveries
 *   whose listeners ran, and their times' 50th and 99th percentiles in ms (`null` without any).
 */

/**
 * @typedef {object} Slot
 * @property {number} minute Which minute it holds (ms since the epoch / 60000), -1 for none yet.
 * @property {Record<Outcome, number>} counts
 * @property {Map<string, number>} rejected By code.
 * @property {Map<string, number>} failed By code.
 * @property {Uint32Array | undefined} latency Counts by bucket; made at the minute's first listener time.
 * @property {number} latencyCount
 * @property {number} min Smallest listener time, ms.
 * @property {number} max Largest listener time, ms.
 */

/**
 * The counts of the last hour, fed one finished delivery at a time.
 * @param {{ clock?: () => number }} [settings] `clock`: ms since the epoch, `Date.now` by default;
 *   specs pass their own, so no result depends on where the wall clock's minutes fall.
 */
function createStats({ clock = Date.now } = {}) {
  /** @type {Slot[]} */
  const slots = Array.from({ length: windowMinutes }, () => emptySlot(-1));

  /** The slot of `minute`, emptied first if it still holds an older minute. */
  function slotFor(minute) {
    const index = minute % windowMinutes;
    let slot = /** @type {Slot} */ (slots[index]);
    if (slot.minute !== minute) slots[index] = slot = emptySlot(minute);
    return slot;
  }

  return {
    /**
     * Counts a delivery that is over, at the clock's time now.
     * @param {{ outcome: Outcome | undefined, code: string | undefined, listenerDuration: number | undefined }} delivery
     *   The fields of the delivery channel's context (`DeliveryTrace`); no outcome counts as failed, as in
     *   the package's metrics.
     */
    record({ outcome = 'failed', code, listenerDuration }) {
      const slot = slotFor(Math.floor(clock() / minuteMs));
      slot.counts[outcome]++;
      if (code !== undefined && (outcome === 'rejected' || outcome === 'failed')) {
        const byCode = slot[outcome];
        byCode.set(code, (byCode.get(code) ?? 0) + 1);
      }
      if (listenerDuration !== undefined) {
        slot.latency ??= new Uint32Array(latencyBuckets);
        const bucket = bucketOf(listenerDuration);
        slot.latency[bucket] = (slot.latency[bucket] ?? 0) + 1;
        slot.latencyCount++;
        slot.min = Math.min(slot.min, listenerDuration);
        slot.max = Math.max(slot.max, listenerDuration);
      }
    },

    /**
     * The last sixty minutes as plain data (what `/api/stats` answers and the page draws).
     * @returns {StatsSnapshot}
     */
    snapshot() {
      const to = clock();
      const last = Math.floor(to / minuteMs);
      const first = last - windowMinutes + 1;
      const totals = zeroCounts();
      const rejected = new Map();
      const failed = new Map();
      const latency = new Uint32Array(latencyBuckets);
      let latencyCount = 0;
      let min = Infinity;
      let max = -Infinity;
      const buckets = [];
      for (let minute = first; minute <= last; minute++) {
        const held = slots[minute % windowMinutes];
        const slot = held?.minute === minute ? held : undefined;
        const counts = slot ? slot.counts : zeroCounts();
        buckets.push({ start: minute * minuteMs, ...counts });
        if (!slot) continue;
        for (const outcome of outcomes) totals[outcome] += counts[outcome];
        addCounts(rejected, slot.rejected);
        addCounts(failed, slot.failed);
        if (slot.latency) {
          for (let i = 0; i < latencyBuckets; i++) latency[i] = (latency[i] ?? 0) + (slot.latency[i] ?? 0);
          latencyCount += slot.latencyCount;
          min = Math.min(min, slot.min);
          max = Math.max(max, slot.max);
        }
      }
      const percentile = (q) => (latencyCount === 0 ? null : quantile(latency, latencyCount, q, min, max));
      return {
        from: first * minuteMs,
        to,
        buckets,
        totals,
        rejectedByReason: mostFirst(rejected),
        failedByReason: mostFirst(failed),
        listenerLatency: { count: latencyCount, p50: percentile(0.5), p99: percentile(0.99) },
      };
    },
  };
}

/** @returns {Record<Outcome, number>} */
function zeroCounts() {
  return { accepted: 0, duplicate: 0, ignored: 0, rejected: 0, failed: 0 };
}

/** @returns {Slot} */
function emptySlot(minute) {
  return {
    minute,
    counts: zeroCounts(),
    rejected: new Map(),
    failed: new Map(),
    latency: undefined,
    latencyCount: 0,
    min: Infinity,
    max: -Infinity,
  };
}

/** The histogram bucket of a time in ms: the first whose upper bound is at least the time. */
function bucketOf(ms) {
  if (!(ms > smallestMs)) return 0;
  return Math.min(latencyBuckets - 1, Math.ceil(Math.log2(ms / smallestMs) * bucketsPerDoubling));
}

/** The largest time in ms a bucket holds. */
function upperBound(bucket) {
  return smallestMs * 2 ** (bucket / bucketsPerDoubling);
}

/**
 * The nearest-rank `q` quantile of the histogram: the upper bound of the bucket holding the
 * ⌈q·n⌉-th smallest time, kept within the smallest and largest time seen.
 */
function quantile(histogram, count, q, min, max) {
  const rank = Math.max(1, Math.ceil(q * count));
  let seen = 0;
  for (let bucket = 0; bucket < histogram.length; bucket++) {
    seen += histogram[bucket] ?? 0;
    if (seen >= rank) return Math.min(max, Math.max(min, upperBound(bucket)));
  }
  return max;
}

function addCounts(into, from) {
  for (const [code, count] of from) into.set(code, (into.get(code) ?? 0) + count);
}

/** A code → count object, the most frequent first (then by code, so equal counts keep one order). */
function mostFirst(counts) {
  const sorted = [...counts].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1));
  return Object.fromEntries(sorted);
}

module.exports = { createStats, outcomes };
