// What the benchmark knows of a process it started: the peak and last resident memory of it and
// of every process below it (PDF parsers), and its CPU time, sampled from /proc (Linux).
import { readdirSync, readFileSync } from 'node:fs';

/** One process's memory (bytes) and CPU as last sampled. */
export interface ProcessMemory {
  pid: number;
  name: string;
  script: string; // the file node runs (pdf-text.child.mjs…), or '' for another program
  peakRss: number;
  lastRss: number;
  cpuSeconds: number; // its own, user + system
}

/** Samples a process tree until stopped. */
export interface TreeSampler {
  /** Resident memory of the tree's root, one value per sample (bytes). */
  rootSeries: number[];
  /** Every process seen in the tree, with its peak and last RSS. */
  processes(): ProcessMemory[];
  /** CPU seconds (user + system) used by the processes of the tree while they were sampled. */
  cpuSeconds(): number;
  stop(): void;
}

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

function readStat(pid: number): { ppid: number; cpuTicks: number; reapedTicks: number; name: string } | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const close = stat.lastIndexOf(')');
    const name = stat.slice(stat.indexOf('(') + 1, close);
    const fields = stat.slice(close + 2).split(' ');
    // After "(comm)": state ppid ... utime (14th overall → index 11) stime cutime cstime.
    return { ppid: Number(fields[1]), cpuTicks: Number(fields[11]) + Number(fields[12]), reapedTicks: Number(fields[13]) + Number(fields[14]), name };
  } catch {
    return null;
  }
}

/** CPU seconds (user + system) a process has used so far, its own only; null once it is gone. */
export function processCpuSeconds(pid: number): number | null {
  const stat = readStat(pid);
  return stat ? stat.cpuTicks / TICKS_PER_SECOND : null;
}

/** CPU seconds of this process's children that have exited and been waited for (the kernel adds them up). */
export function reapedChildrenCpuSeconds(): number {
  return (readStat(process.pid)?.reapedTicks ?? 0) / TICKS_PER_SECOND;
}

/** A process's resident memory now and at its peak, in bytes; null once it is gone. */
export function readRss(pid: number): { rss: number; hwm: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) * 1024;
    return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
  } catch {
    return null;
  }
}

const FLAGS_WITH_A_VALUE = new Set(['--import', '--require', '-r', '--loader']);

/** The script a node process runs: the first argument after node's own flags; '' for another program or when unreadable. */
function scriptOf(pid: number, name: string): string {
  if (name !== 'node') return '';
  try {
    const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').slice(1);
    const script = args.find((arg, i) => !arg.startsWith('-') && !FLAGS_WITH_A_VALUE.has(args[i - 1] ?? ''));
    return script?.split('/').at(-1) ?? '';
  } catch {
    return '';
  }
}

function descendants(root: number): number[] {
  const parentOf = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readStat(Number(entry));
    if (stat) parentOf.set(Number(entry), stat.ppid);
  }
  const tree = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, ppid] of parentOf) if (!tree.has(pid) && tree.has(ppid)) { tree.add(pid); grew = true; }
  }
  return [...tree];
}

/**
 * Starts sampling `root` and its descendants every `everyMs`. CPU is the root's own time, plus the
 * time of its children it has reaped (the kernel adds them up as they exit, however short-lived: a
 * pdftotext run lasts less than a sample), plus the time of every descendant still alive at the
 * sample; it is kept from the last sample, since the root is unreadable once it has exited.
 * Memory is sampled, so a child that lives less than `everyMs` is missing from `processes()`.
 */
export function sampleTree(root: number, everyMs = 100): TreeSampler {
  const seen = new Map<number, ProcessMemory>();
  const rootSeries: number[] = [];
  let cpuTicks = 0;
  const sample = () => {
    let ticks = 0;
    let rootAlive = false;
    for (const pid of descendants(root)) {
      const memory = readRss(pid);
      const stat = readStat(pid);
      if (!memory || !stat) continue;
      const known = seen.get(pid) ?? { pid, name: stat.name, script: scriptOf(pid, stat.name), peakRss: 0, lastRss: 0, cpuSeconds: 0 };
      known.peakRss = Math.max(known.peakRss, memory.hwm, memory.rss);
      known.lastRss = memory.rss;
      known.cpuSeconds = stat.cpuTicks / TICKS_PER_SECOND;
      seen.set(pid, known);
      ticks += stat.cpuTicks + (pid === root ? stat.reapedTicks : 0);
      if (pid === root) {
        rootAlive = true;
        rootSeries.push(memory.rss);
      }
    }
    if (rootAlive) cpuTicks = Math.max(cpuTicks, ticks);
  };
  sample();
  const timer = setInterval(sample, everyMs);
  return {
    rootSeries,
    processes: () => [...seen.values()],
    cpuSeconds: () => cpuTicks / TICKS_PER_SECOND,
    stop: () => {
      sample();
      clearInterval(timer);
    },
  };
}
