// A Redis Cluster of the test's own: three masters from Debian's redis-server, no replicas,
// joined with `redis-cli --cluster create`, each node on a free port of one address.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { startPrivateRedis, type PrivateRedis, type ServerPlace } from './servers.ts';

const run = promisify(execFile);

/** The cluster's nodes, and a REDIS_URL that lists them all as seeds. */
export interface PrivateRedisCluster {
  url: string;
  nodes: PrivateRedis[];
  remove(): Promise<void>;
}

/** Starts `masters` cluster-enabled servers, assigns the 16384 slots, and waits for cluster_state:ok. */
export async function startPrivateRedisCluster(place: ServerPlace, masters = 3): Promise<PrivateRedisCluster> {
  const nodes: PrivateRedis[] = [];
  const cluster: PrivateRedisCluster = {
    url: '',
    nodes,
    async remove() {
      await Promise.all(nodes.map((node) => node.remove()));
    },
  };
  try {
    // nodes.conf is written in each node's own --dir.
    const redisArgs = ['--cluster-enabled', 'yes', '--cluster-config-file', 'nodes.conf', '--cluster-node-timeout', '5000'];
    for (let i = 0; i < masters; i++) nodes.push(await startPrivateRedis({ ...place, redisArgs }));
    const cli = [...(place.prefix ?? []), 'redis-cli'];
    await run(cli[0]!, [...cli.slice(1), '--cluster', 'create', ...nodes.map((node) => `${node.host}:${node.port}`), '--cluster-replicas', '0', '--cluster-yes'], { timeout: 60_000 });
    const deadline = Date.now() + 30_000;
    for (const node of nodes) {
      for (;;) {
        const { stdout } = await run(cli[0]!, [...cli.slice(1), '-h', node.host, '-p', String(node.port), 'cluster', 'info']);
        if (stdout.includes('cluster_state:ok')) break;
        if (Date.now() > deadline) throw new Error(`Redis Cluster node ${node.host}:${node.port} not ok after 30 s:\n${stdout}`);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
    cluster.url = nodes.map((node) => node.url).join(',');
    return cluster;
  } catch (error) {
    await cluster.remove();
    throw error;
  }
}
