/** The progress line of `claimex extract --jsonl`: on stderr, only on a terminal. */

export interface ProgressStream {
  isTTY?: boolean;
  write(text: string): unknown;
}

/** No progress line before this many records: a short run finishes before anyone looks. */
export const PROGRESS_AFTER = 100;
const INTERVAL_MS = 500;

/**
 * Shows "claimex: N records (E errors), R records/s" on one redrawn line of `stream`,
 * when the stream is a terminal and more than PROGRESS_AFTER records have gone by; at most
 * every 500 ms. `done()` leaves the final count on its own line. Never writes to stdout.
 */
export class Progress {
  private readonly started: number;
  private last = -Infinity;
  private shown = false;

  constructor(
    private readonly stream: ProgressStream,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.started = now();
  }

  get enabled(): boolean {
    return this.stream.isTTY === true;
  }

  /** Called after each record written. */
  update(records: number, errors: number): void {
    if (!this.enabled || records <= PROGRESS_AFTER) return;
    const t = this.now();
    if (t - this.last < INTERVAL_MS) return;
    this.last = t;
    this.draw(records, errors, t);
  }

  /** Ends the line, with the final numbers, if a progress line was shown. */
  done(records: number, errors: number): void {
    if (!this.shown) return;
    this.draw(records, errors, this.now());
    this.stream.write('\n');
  }

  private draw(records: number, errors: number, t: number): void {
    const seconds = Math.max((t - this.started) / 1000, 1e-3);
    const rate = records / seconds;
    const failed = errors > 0 ? ` (${errors} error${errors === 1 ? '' : 's'})` : '';
    this.stream.write(`\r\x1b[Kclaimex: ${records} records${failed}, ${rate.toFixed(1)} records/s`);
    this.shown = true;
  }
}
