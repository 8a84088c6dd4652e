// Record-to-panel timing (issue 5: under 16 ms): a mark at the keypress or click that records a
// test, measured when the assessment panel commits the new result. The last measures are exposed on
// `window.__hipspinePerf` for the end-to-end run to print.
declare global {
  interface Window {
    __hipspinePerf?: { recordToPanelMs: number[]; last: number | null };
  }
}

const MARK = 'hipspine:record';
let pending = false;

export function markRecord(): void {
  performance.clearMarks(MARK);
  performance.mark(MARK);
  pending = true;
}

/** Called from the panel's layout effect: closes the measure opened by the last record. */
export function measureRecordToPanel(): void {
  if (!pending) return;
  pending = false;
  const measure = performance.measure('hipspine:record-to-panel', MARK);
  const perf = (window.__hipspinePerf ??= { recordToPanelMs: [], last: null });
  perf.recordToPanelMs.push(measure.duration);
  if (perf.recordToPanelMs.length > 500) perf.recordToPanelMs.shift();
  perf.last = measure.duration;
  performance.clearMeasures('hipspine:record-to-panel');
}
