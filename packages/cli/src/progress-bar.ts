const WIDTH = 28;

/**
 * A one-line progress bar on stderr. On a terminal it redraws in place; in a log or a pipe it prints a
 * line every 10 % so CI logs stay short.
 */
export class ProgressBar {
  private lastDecile = -1;
  private lastLine = '';
  private readonly isTty: boolean;

  constructor(
    private readonly label: string,
    private readonly stream: NodeJS.WriteStream = process.stderr,
  ) {
    this.isTty = Boolean(stream.isTTY);
  }

  update(fraction: number | null, detail = ''): void {
    if (fraction === null) {
      this.render(`${this.label} … ${detail}`);
      return;
    }
    const clamped = Math.min(1, Math.max(0, fraction));
    const filled = Math.round(clamped * WIDTH);
    const percent = `${Math.floor(clamped * 100)}`.padStart(3);
    const line = `${this.label} [${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${percent}% ${detail}`;
    if (this.isTty) this.render(line);
    else {
      const decile = Math.floor(clamped * 10);
      if (decile !== this.lastDecile) {
        this.lastDecile = decile;
        this.stream.write(`${line}\n`);
      }
    }
  }

  done(summary: string): void {
    if (this.isTty) this.stream.write(`\r${' '.repeat(this.lastLine.length)}\r`);
    this.stream.write(`${this.label}: ${summary}\n`);
  }

  private render(line: string): void {
    if (!this.isTty || line === this.lastLine) return;
    const padding = ' '.repeat(Math.max(0, this.lastLine.length - line.length));
    this.stream.write(`\r${line}${padding}`);
    this.lastLine = line;
  }
}
