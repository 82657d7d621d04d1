// A fleet of `palermo work` processes for fault runs: kill one with SIGKILL and start its
// replacement, and keep account of any worker that died on its own (a defect the run reports).
import { spawn, type ChildProcess } from 'node:child_process';
import { PALERMO_BIN, ROOT } from './harness.ts';

const OUTPUT_TAIL_CHARS = 4_000;

/** A worker that exited without being told to, with the end of what it printed. */
export interface UnexpectedExit {
  pid: number;
  code: number | null;
  signal: NodeJS.Signals | null;
  output: string;
}

interface Member {
  child: ChildProcess;
  output: string;
  killedByUs: boolean;
  startedAt: number;
}

/** Which stages a fleet's workers run (all when empty), and a command prefix that places them (`ip netns exec <ns>`). */
export interface FleetPlace {
  stages?: readonly string[];
  prefix?: readonly string[];
}

// A worker needs several seconds to start (longer on a loaded machine): killing one that has not
// started yet would test nothing, and kills every few seconds would then stop all progress.
const MIN_UPTIME_MS = 20_000;

/** Runs `size` worker processes with `env`, replacing every one that goes away until stop(). */
export class WorkerFleet {
  readonly unexpectedExits: UnexpectedExit[] = [];
  private members: Member[] = [];
  private stopping = false;
  kills = 0;

  constructor(private readonly env: NodeJS.ProcessEnv, private readonly size: number, private readonly place: FleetPlace = {}) {}

  /** Starts the fleet. */
  start(): void {
    for (let i = 0; i < this.size; i++) this.spawnOne();
  }

  /** SIGKILLs a worker up for 20 s or more (the `index`th, modulo), waits for it to die, starts another. */
  async killOne(index: number): Promise<number> {
    let candidates = this.members.filter((m) => Date.now() - m.startedAt >= MIN_UPTIME_MS);
    while (candidates.length === 0 && !this.stopping) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      candidates = this.members.filter((m) => Date.now() - m.startedAt >= MIN_UPTIME_MS);
    }
    const member = candidates[index % candidates.length];
    if (!member) return -1;
    const gone = new Promise((resolve) => member.child.once('exit', resolve));
    member.killedByUs = true;
    member.child.kill('SIGKILL');
    await gone;
    this.kills++;
    this.members = this.members.filter((m) => m !== member);
    this.spawnOne();
    return member.child.pid ?? -1;
  }

  /** The last lines each live worker printed, to say why a run stalled. */
  outputTails(lines = 5): string[] {
    return this.members.map((member) => `worker ${member.child.pid ?? -1}: ${member.output.trim().split('\n').slice(-lines).join('\n    ') || 'no output'}`);
  }

  /** Stops every worker with SIGTERM (SIGKILL after `graceMs`) and starts no more. */
  async stop(graceMs = 20_000): Promise<void> {
    this.stopping = true;
    await Promise.all(this.members.map(async (member) => {
      if (member.child.exitCode !== null || member.child.signalCode !== null) return;
      const gone = new Promise((resolve) => member.child.once('exit', resolve));
      member.killedByUs = true;
      member.child.kill('SIGTERM');
      const timer = setTimeout(() => member.child.kill('SIGKILL'), graceMs);
      await gone;
      clearTimeout(timer);
    }));
    this.members = [];
  }

  private spawnOne(): void {
    // `ip netns exec` execs node, so the child's pid is the worker's and SIGKILL reaches it.
    const [command, ...args] = [...(this.place.prefix ?? []), process.execPath, PALERMO_BIN, 'work', ...(this.place.stages ?? [])];
    const child = spawn(command!, args, { cwd: ROOT, env: this.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const member: Member = { child, output: '', killedByUs: false, startedAt: Date.now() };
    const keep = (chunk: Buffer): void => {
      member.output = (member.output + chunk.toString()).slice(-OUTPUT_TAIL_CHARS);
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    child.once('exit', (code, signal) => {
      if (member.killedByUs) return;
      // A worker must ride out Redis and PostgreSQL restarts: dying is recorded, then replaced
      // so that the run can still say what else went wrong.
      this.unexpectedExits.push({ pid: child.pid ?? -1, code, signal, output: member.output });
      this.members = this.members.filter((m) => m !== member);
      if (!this.stopping) setTimeout(() => !this.stopping && this.spawnOne(), 1_000);
    });
    this.members.push(member);
  }
}
