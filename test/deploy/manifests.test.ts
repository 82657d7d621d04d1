// The deployment in infra/ is checked, not only written: every Kubernetes manifest validates
// against the Kubernetes and KEDA schemas, and what the manifests and units say agrees with the
// product (every stage runs somewhere exactly once, each queue's autoscaler watches that queue's
// real wait list, processes start as node itself so the stop signal reaches palermo).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { ConfigMap, Namespace, Secret, Service } from 'kubernetes-models/v1';
import { Deployment } from 'kubernetes-models/apps/v1';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1';
import { ScaledObject, TriggerAuthentication } from '@kubernetes-models/keda/keda.sh/v1alpha1';
import { STAGES } from '@palermo/contracts';
import { ROOT } from '../support/harness.ts';

const K8S = join(ROOT, 'infra', 'k8s');
const SYSTEMD = join(ROOT, 'infra', 'systemd');

type Manifest = { apiVersion: string; kind: string; metadata: { name: string }; [key: string]: unknown };

// One model class per kind the deployment uses; an unknown kind fails the test.
const MODELS: Record<string, new (data: never) => { validate(): void }> = {
  'v1/Namespace': Namespace,
  'v1/ConfigMap': ConfigMap,
  'v1/Secret': Secret,
  'v1/Service': Service,
  'apps/v1/Deployment': Deployment,
  'policy/v1/PodDisruptionBudget': PodDisruptionBudget,
  'keda.sh/v1alpha1/ScaledObject': ScaledObject,
  'keda.sh/v1alpha1/TriggerAuthentication': TriggerAuthentication,
};

function readManifests(file: string): Manifest[] {
  return parseAllDocuments(readFileSync(join(K8S, file), 'utf8')).map((doc) => {
    if (doc.errors.length > 0) throw new Error(`${file}: ${doc.errors[0]!.message}`);
    return doc.toJS() as Manifest;
  });
}

const kustomization = readManifests('kustomization.yaml')[0] as unknown as { resources: string[] };
const manifests = [...kustomization.resources, 'secret.example.yaml'].flatMap((file) => readManifests(file).map((m) => ({ file, m })));
const ofKind = <T,>(kind: string) => manifests.filter(({ m }) => m.kind === kind).map(({ m }) => m as unknown as T);

interface Container { command: string[]; args: string[]; env?: Array<{ name: string; value?: string }>; envFrom?: unknown[]; resources: { requests: Record<string, string>; limits: Record<string, string> }; readinessProbe?: { httpGet: { path: string } }; livenessProbe?: { httpGet: { path: string } } }
interface DeploymentSpec { metadata: { name: string }; spec: { template: { spec: { containers: Container[]; terminationGracePeriodSeconds: number } } } }
interface Trigger { type: string; metadata: Record<string, string>; authenticationRef: { name: string } }
interface ScaledObjectSpec { metadata: { name: string }; spec: { scaleTargetRef: { name: string }; triggers: Trigger[] } }

describe('the Kubernetes deployment (infra/k8s)', () => {
  it('lists every manifest in the kustomization', () => {
    const files = readdirSync(K8S).filter((f) => f.endsWith('.yaml') && f !== 'kustomization.yaml' && f !== 'secret.example.yaml');
    expect([...kustomization.resources].sort()).toEqual(files.sort());
  });

  it.each(manifests.map(({ file, m }) => [`${file}: ${m.kind} ${m.metadata.name}`, m] as const))('%s validates against its schema', (_, manifest) => {
    const Model = MODELS[`${manifest.apiVersion}/${manifest.kind}`];
    expect(Model, `no schema known for ${manifest.apiVersion} ${manifest.kind}`).toBeDefined();
    expect(() => new Model!(manifest as never).validate()).not.toThrow();
  });

  it('runs every stage in exactly one Deployment, as node itself', () => {
    const deployments = ofKind<DeploymentSpec>('Deployment');
    const stagesRun = deployments.flatMap((d) => {
      const [container] = d.spec.template.spec.containers;
      expect(container!.command[0], `${d.metadata.name} must start node directly, so SIGTERM reaches palermo`).toBe('node');
      expect(container!.command.join(' ')).not.toMatch(/pnpm|npm|sh -c/);
      expect(container!.resources.requests.memory, `${d.metadata.name} requests memory`).toBeDefined();
      expect(container!.resources.limits.memory, `${d.metadata.name} caps memory`).toBeDefined();
      return container!.args[0] === 'work' ? container!.args.slice(1) : [];
    });
    expect([...stagesRun].sort()).toEqual([...STAGES].sort());
  });

  it('gives the API readiness on /ready and liveness on /health', () => {
    const api = ofKind<DeploymentSpec>('Deployment').find((d) => d.spec.template.spec.containers[0]!.args[0] === 'serve');
    const container = api!.spec.template.spec.containers[0]!;
    expect(container.args).toContain('--no-workers');
    expect(container.readinessProbe?.httpGet.path).toBe('/ready');
    expect(container.livenessProbe?.httpGet.path).toBe('/health');
  });

  it("scales each worker Deployment on its own queues' BullMQ wait lists", () => {
    const prefix = (ofKind<{ data: Record<string, string> }>('ConfigMap')[0]!).data.QUEUE_PREFIX;
    const authNames = ofKind<{ metadata: { name: string } }>('TriggerAuthentication').map((t) => t.metadata.name);
    const deployments = new Map(ofKind<DeploymentSpec>('Deployment').map((d) => [d.metadata.name, d]));
    for (const scaled of ofKind<ScaledObjectSpec>('ScaledObject')) {
      const target = deployments.get(scaled.spec.scaleTargetRef.name);
      expect(target, `${scaled.metadata.name} targets a Deployment of this folder`).toBeDefined();
      const stages = target!.spec.template.spec.containers[0]!.args.slice(1);
      const watched = scaled.spec.triggers.map((t) => {
        expect(t.type).toBe('redis');
        expect(authNames).toContain(t.authenticationRef.name);
        return t.metadata.listName;
      });
      // BullMQ keeps a queue's waiting jobs in the list <prefix>:<queue>:wait.
      expect(watched.sort()).toEqual(stages.map((stage) => `${prefix}:${stage}:wait`).sort());
    }
  });

  it('reads every secret from the Secret the example describes', () => {
    const secretKeys = Object.keys((ofKind<{ stringData: Record<string, string> }>('Secret')[0]!).stringData);
    const text = manifests.map(({ m }) => JSON.stringify(m)).join('\n');
    const referenced = [...text.matchAll(/"secretKeyRef":\{"name":"palermo-secrets","key":"([A-Z_]+)"\}/g)].map((m) => m[1]);
    expect(referenced.length).toBeGreaterThan(0);
    for (const key of referenced) expect(secretKeys).toContain(key);
  });
});

describe('the systemd units (infra/systemd)', () => {
  const units = readdirSync(SYSTEMD).filter((f) => f.endsWith('.service'));

  it.each(units)('%s starts node directly and stops it gracefully', (unit) => {
    const text = readFileSync(join(SYSTEMD, unit), 'utf8');
    const execStart = /^ExecStart=(.+)$/m.exec(text)?.[1] ?? '';
    expect(execStart).toMatch(/^\/usr\/bin\/node apps\/palermo\/bin\/palermo\.mjs /);
    expect(text).toMatch(/^KillSignal=SIGTERM$/m);
    expect(text).toMatch(/^KillMode=mixed$/m);
    expect(Number(/^TimeoutStopSec=(\d+)$/m.exec(text)?.[1])).toBeGreaterThanOrEqual(30);
  });

  it('has a stage list for every worker group, covering every stage once', () => {
    const stages = readdirSync(join(SYSTEMD, 'stages')).flatMap((file) => {
      const line = /^PALERMO_STAGES="([^"]+)"$/m.exec(readFileSync(join(SYSTEMD, 'stages', file), 'utf8'));
      return line ? line[1]!.split(/\s+/) : [];
    });
    expect([...stages].sort()).toEqual([...STAGES].sort());
  });

  it.runIf(existsSync('/usr/bin/systemd-analyze'))('passes systemd-analyze verify', () => {
    // verify checks the syntax and that ExecStart's binary exists; it needs no running systemd.
    // It reports problems (an unknown setting, a bad value) on stderr and still exits 0.
    const result = spawnSync('systemd-analyze', ['verify', ...units.map((u) => join(SYSTEMD, u.replace('@.service', '@fetch.service')))], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(`${result.stdout}${result.stderr}`).toBe('');
  });
});
