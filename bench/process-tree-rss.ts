import fs from 'node:fs';

/** Resident memory (bytes) of a process and all its descendants, from /proc. Linux only; null elsewhere. */
export function treeRssBytes(rootPid: number): number | null {
  if (!fs.existsSync('/proc/self/status')) return null;
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readOrNull(`/proc/${entry}/stat`);
    if (!stat) continue;
    // Field 4 (ppid) follows the parenthesised command name, which may itself contain spaces.
    const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
  }
  let total = 0;
  const pending = [rootPid];
  while (pending.length > 0) {
    const pid = pending.pop() as number;
    const status = readOrNull(`/proc/${pid}/status`);
    const match = status ? /VmRSS:\s+(\d+) kB/.exec(status) : null;
    if (match) total += Number(match[1]) * 1024;
    pending.push(...(children.get(pid) ?? []));
  }
  return total;
}

function readOrNull(file: string): string | null {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

/** Samples the tree's RSS every `intervalMs` until stopped; returns the peak seen. */
export function samplePeakRss(rootPid: number, intervalMs = 50): { stop(): number | null } {
  let peak: number | null = null;
  const timer = setInterval(() => {
    const rss = treeRssBytes(rootPid);
    if (rss !== null) peak = Math.max(peak ?? 0, rss);
  }, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      return peak;
    },
  };
}
