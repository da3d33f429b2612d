import v8 from 'node:v8';

// The core keeps little between calls (a few tens of megabytes once collected), but a register book or a 卷宗 makes
// many short-lived objects at once. V8 lets the heap grow to several times what survived its last full collection
// before the next one when the machine has memory to spare, so a year's book raised the process by 150 MB it never
// needed at once (npm run bench, peakRssMb). The office PCs this runs on are old and share their memory with Word and a
// browser: the core's heap may grow by half of what it holds before it is collected. V8 reads the factor at each
// collection, so setting it after start takes effect; the bench showed no loss of speed (office peak 383 → 291 MB).
const HEAP_GROWING_PERCENT = 50;

/** Called once as the app starts its core (startup.ts). */
export function limitHeapGrowth(): void {
  v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
