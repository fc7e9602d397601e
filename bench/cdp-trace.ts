/** One event of a Chrome trace (CDP Tracing.dataCollected), as the page-load and typing benches read them. */
export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string; fileName?: string; scriptName?: string; stackTrace?: { url?: string }[] } };
}
