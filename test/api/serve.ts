// Runs `palermo serve` as a process on a free port, for the API's end-to-end tests.
import { eventually, exited, startPalermo, type Sandbox } from '../support/harness.ts';

export const API_TOKEN = 'test-token-0123456789abcdef';
export const ADMIN = { user: 'admin', password: 'admin-password-1' };

/** A running `palermo serve` and how to reach and stop it. */
export interface Server {
  url: string;
  output(): string;
  get(path: string, headers?: Record<string, string>): Promise<Response>;
  stop(): Promise<number | null>;
}

/** Starts `palermo serve [args]` with credentials configured, on a port the OS picks. */
export async function startServer(sandbox: Sandbox, args: string[] = []): Promise<Server> {
  Object.assign(sandbox.env, { API_PORT: '0', API_TOKEN, ADMIN_USER: ADMIN.user, ADMIN_PASSWORD: ADMIN.password });
  const child = startPalermo(sandbox, ['serve', ...args]);
  const url = await eventually(async () => {
    if (child.exitCode !== null) throw new Error(`palermo serve exited with ${child.exitCode}:\n${child.output()}`);
    return /palermo api on (http:\/\/\S+?)[,\s]/.exec(child.output())?.[1];
  }, 'palermo serve to listen', 60_000);
  return {
    url,
    output: () => child.output(),
    get: (path, headers = {}) => fetch(`${url}${path}`, { headers }),
    async stop() {
      child.kill('SIGTERM');
      return exited(child);
    },
  };
}

/** `Authorization` headers: the bearer token, or basic auth. */
export const bearer = { authorization: `Bearer ${API_TOKEN}` };
export const basicAuth = { authorization: `Basic ${Buffer.from(`${ADMIN.user}:${ADMIN.password}`).toString('base64')}` };
