import { Logger } from '@nestjs/common';

/**
 * A repeating background job of one API instance: never keeps the process alive, logs (never throws) a failed run,
 * and does nothing when the interval is 0 (tests run the job by hand).
 */
export class BackgroundTimer {
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly logger: Logger,
    private readonly job: string,
  ) {}

  start(intervalMs: number, run: () => Promise<unknown>): void {
    if (intervalMs <= 0) return;
    this.timer = setInterval(() => {
      run().catch((error: unknown) => this.logger.error(`${this.job} failed: ${(error as Error).message}`));
    }, intervalMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}
