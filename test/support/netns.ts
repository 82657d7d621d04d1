// Hosts on one machine: a network namespace each, joined by veth pairs to a bridge that lives in
// a namespace of its own, on one private /24 (10.213.<subnet>.0) that never leaves the namespaces
// but for one leg into the test process's namespace, so the test can read storage and Redis.
// Nothing is routed off the machine: no default route, no forwarding, no NAT.
import { execFile, execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Why host tests cannot run here, or null when they can (root, and `ip netns` works). */
export function hostsUnavailable(): string | null {
  if (process.getuid?.() !== 0) return 'these tests create network namespaces and need root; run them as root (CI does)';
  const probe = `plmprobe${randomBytes(3).toString('hex')}`;
  try {
    execFileSync('ip', ['netns', 'add', probe], { stdio: 'pipe' });
    execFileSync('ip', ['netns', 'del', probe], { stdio: 'pipe' });
    return null;
  } catch (error) {
    return `\`ip netns\` does not work here (${(error as Error).message.split('\n')[0]}); these tests need iproute2 and network namespaces`;
  }
}

/** One simulated host: its namespace, its address, and the prefix that runs a command on it. */
export interface Host {
  name: string;
  namespace: string;
  address: string;
  prefix: readonly string[];
  /** Takes its link down (the cable pulled) or brings it back up. */
  link(state: 'up' | 'down'): Promise<void>;
}

/** The hosts of a run, and how to remove every namespace and link it made. */
export interface HostNetwork {
  hosts: Host[];
  /** The test process's own address on the bridge. */
  testAddress: string;
  remove(): Promise<void>;
}

async function ip(args: string[]): Promise<void> {
  try {
    await run('ip', args);
  } catch (error) {
    throw new Error(`ip ${args.join(' ')} failed: ${(error as { stderr?: string }).stderr ?? (error as Error).message}`);
  }
}

/**
 * Creates `count` hosts named host1..hostN on 10.213.<subnet>.0/24 (host i at .i, the test at
 * .254). Namespace and link names carry a random run id, so parallel runs never meet; the subnet
 * is drawn per run too, because the test's leg puts the /24 in its own routing table.
 */
export async function createHosts(count: number): Promise<HostNetwork> {
  const id = randomBytes(3).toString('hex');
  const subnet = 1 + (randomBytes(1)[0]! % 250);
  const bridgeNs = `plm-${id}-net`;
  const leg = `plm${id}`; // the test's veth, ≤ 15 characters
  const created: string[] = [];
  const network: HostNetwork = {
    hosts: [],
    testAddress: `10.213.${subnet}.254`,
    async remove() {
      // Deleting a namespace deletes the veth ends inside it, and with them their peers.
      await run('ip', ['link', 'del', leg]).catch(() => undefined);
      for (const namespace of created.reverse()) await run('ip', ['netns', 'del', namespace]).catch(() => undefined);
    },
  };
  try {
    await ip(['netns', 'add', bridgeNs]);
    created.push(bridgeNs);
    await ip(['-n', bridgeNs, 'link', 'add', 'br0', 'type', 'bridge']);
    await ip(['-n', bridgeNs, 'link', 'set', 'br0', 'up']);
    await ip(['-n', bridgeNs, 'link', 'set', 'lo', 'up']);
    for (let i = 1; i <= count; i++) {
      const namespace = `plm-${id}-h${i}`;
      await ip(['netns', 'add', namespace]);
      created.push(namespace);
      // Both ends are born in their namespaces: no name is ever taken in the machine's own.
      await ip(['link', 'add', 'eth0', 'netns', namespace, 'type', 'veth', 'peer', 'name', `port${i}`, 'netns', bridgeNs]);
      await ip(['-n', bridgeNs, 'link', 'set', `port${i}`, 'master', 'br0', 'up']);
      const address = `10.213.${subnet}.${i}`;
      await ip(['-n', namespace, 'addr', 'add', `${address}/24`, 'dev', 'eth0']);
      await ip(['-n', namespace, 'link', 'set', 'eth0', 'up']);
      await ip(['-n', namespace, 'link', 'set', 'lo', 'up']);
      network.hosts.push({
        name: `host${i}`,
        namespace,
        address,
        prefix: ['ip', 'netns', 'exec', namespace],
        link: (state) => ip(['-n', namespace, 'link', 'set', 'eth0', state]),
      });
    }
    await ip(['link', 'add', leg, 'type', 'veth', 'peer', 'name', 'port0', 'netns', bridgeNs]);
    await ip(['-n', bridgeNs, 'link', 'set', 'port0', 'master', 'br0', 'up']);
    await ip(['addr', 'add', `${network.testAddress}/24`, 'dev', leg]);
    await ip(['link', 'set', leg, 'up']);
    return network;
  } catch (error) {
    await network.remove();
    throw error;
  }
}
