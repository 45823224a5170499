/**
 * Memory of a whole process tree from /proc: Astro's build runs Vite in-process but
 * Pagefind as a child binary, so the peak of one process under-reports what the machine needs.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** Linux page size on x86-64 and arm64 distributions that this project targets. */
const PAGE_BYTES = 4096;

interface ProcInfo {
  ppid: number;
  rssBytes: number;
}

function readProc(pid: number): ProcInfo | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name is in parentheses and may contain spaces: fields start after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { ppid: Number(fields[1]), rssBytes: Number(fields[21]) * PAGE_BYTES };
  } catch {
    return undefined; // the process ended between listing and reading
  }
}

/** Sum of the resident set sizes of `rootPid` and all its descendants, now. */
export function treeRssBytes(rootPid: number): number {
  const procs = new Map<number, ProcInfo>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const info = readProc(Number(name));
    if (info) procs.set(Number(name), info);
  }
  const children = new Map<number, number[]>();
  for (const [pid, info] of procs) children.set(info.ppid, [...(children.get(info.ppid) ?? []), pid]);
  let total = 0;
  const stack = [rootPid];
  while (stack.length > 0) {
    const pid = stack.pop() as number;
    total += procs.get(pid)?.rssBytes ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Polls the tree every `intervalMs` and keeps the peak; stop() returns it. */
export function watchTreeRss(rootPid: number, intervalMs = 200): { stop(): number } {
  let peak = 0;
  const sample = () => {
    peak = Math.max(peak, treeRssBytes(rootPid));
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      return peak;
    },
  };
}
