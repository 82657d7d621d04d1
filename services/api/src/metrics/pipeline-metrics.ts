import { collectDefaultMetrics, Gauge, Registry, type Metric } from 'prom-client';
import { QUEUES, STAGES } from '@palermo/contracts';
import type { QueueSet } from '@palermo/pipeline';
import type { Storage } from '@palermo/storage';
import { MetricsRepository } from '../repositories/metrics.repository.ts';

const QUEUE_STATES = ['waiting', 'active', 'delayed', 'failed', 'completed', 'paused'] as const;
// Paces are read over the last 5 minutes: long enough to smooth single documents, short enough to follow a run.
const PACE_WINDOW_S = 300;
const DURATION_BOUNDS_S = [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300];

interface MetricValue {
  metricName?: string;
  labels: Record<string, string | number>;
  value: number;
}

/**
 * A metric whose values are computed at scrape time from the store of record rather than
 * counted in this process: every process's workers write stage_runs, so the API reports all of
 * them, and a restart loses nothing.
 */
function storedMetric(name: string, help: string, type: 'histogram' | 'counter', values: () => Promise<MetricValue[]>): Metric {
  return { name, help, type, get: async () => ({ name, help, type, values: await values(), aggregator: 'sum' }) } as unknown as Metric;
}

/** The registry /metrics serves: queue counts from Redis, everything else from PostgreSQL. */
export function createPipelineMetrics(deps: { storage: Storage; queues: QueueSet }): Registry {
  const registry = new Registry();
  const repository = new MetricsRepository(deps.storage.db);
  collectDefaultMetrics({ register: registry, prefix: 'palermo_api_' });

  new Gauge({
    name: 'palermo_queue_jobs',
    help: 'Jobs in each stage queue, by state',
    labelNames: ['queue', 'state'],
    registers: [registry],
    async collect() {
      this.reset();
      await Promise.all(STAGES.map(async (stage) => {
        const counts = await deps.queues.queues[stage].getJobCounts(...QUEUE_STATES);
        for (const state of QUEUE_STATES) this.set({ queue: stage, state }, counts[state] ?? 0);
      }));
    },
  });

  new Gauge({
    name: 'palermo_documents',
    help: 'Documents by the stage they are at and their status',
    labelNames: ['stage', 'status'],
    registers: [registry],
    async collect() {
      this.reset();
      for (const row of await repository.documents()) this.set({ stage: row.stage, status: row.status }, row.n);
    },
  });

  new Gauge({
    name: 'palermo_facts',
    help: 'Stored facts by kind',
    labelNames: ['kind'],
    registers: [registry],
    async collect() {
      this.reset();
      for (const [kind, n] of Object.entries(await deps.storage.facts.countByKind())) this.set({ kind }, n);
    },
  });

  new Gauge({
    name: 'palermo_stage_documents_per_second',
    help: `Stage attempts done per second over the last ${PACE_WINDOW_S / 60} minutes, by stage (from stage_runs)`,
    labelNames: ['stage'],
    registers: [registry],
    async collect() {
      this.reset();
      const done = new Map((await repository.doneSince(PACE_WINDOW_S)).map((row) => [row.stage, row.n]));
      for (const stage of STAGES) this.set({ stage }, (done.get(stage) ?? 0) / PACE_WINDOW_S);
    },
  });

  new Gauge({
    name: 'palermo_pages_per_second',
    help: `PDF pages read by fetch attempts done over the last ${PACE_WINDOW_S / 60} minutes, per second (from stage_runs and the fetch output's pageCount)`,
    registers: [registry],
    async collect() {
      this.set((await repository.pagesSince(PACE_WINDOW_S)) / PACE_WINDOW_S);
    },
  });

  registry.registerMetric(storedMetric('palermo_stage_duration_seconds', 'Time each stage attempt took, by stage and outcome (from stage_runs)', 'histogram', async () => {
    const rows = await repository.durations(DURATION_BOUNDS_S.map((s) => s * 1000));
    return rows.flatMap((row) => {
      const labels = { stage: row.stage, outcome: row.outcome };
      return [
        ...DURATION_BOUNDS_S.map((le, i) => ({ metricName: 'palermo_stage_duration_seconds_bucket', labels: { ...labels, le }, value: row.buckets[i] ?? 0 })),
        { metricName: 'palermo_stage_duration_seconds_bucket', labels: { ...labels, le: '+Inf' }, value: row.count },
        { metricName: 'palermo_stage_duration_seconds_sum', labels, value: row.sum_ms / 1000 },
        { metricName: 'palermo_stage_duration_seconds_count', labels, value: row.count },
      ];
    });
  }));

  registry.registerMetric(storedMetric('palermo_stage_failures_total', 'Failed stage attempts; final="true" when no retry is left (from stage_runs)', 'counter', async () => {
    const rows = await repository.durations([]);
    return rows
      .filter((row) => row.outcome === 'failed' || row.outcome === 'retrying')
      .map((row) => ({ labels: { stage: row.stage, final: String(row.outcome === 'failed') }, value: row.count }));
  }));

  // Every queue of the catalogue is listed, at 0 when it refused nothing, so a rate over it is defined.
  registry.registerMetric(storedMetric('palermo_rejected_jobs_total', 'Jobs refused before they named a document (malformed or oversized payload), by queue (from rejected_jobs)', 'counter', async () => {
    const counts = await deps.storage.rejectedJobs.countByQueue();
    const queues = [...new Set([...Object.keys(QUEUES), ...Object.keys(counts)])];
    return queues.map((queue) => ({ labels: { queue }, value: counts[queue] ?? 0 }));
  }));

  return registry;
}
