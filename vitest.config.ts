import { defineConfig } from 'vitest/config';

// Unit tests sit beside the pure cores; end-to-end tests in test/ talk to real Redis and Postgres
// and run one file at a time (infra/test.sh passes --no-file-parallelism) so their workers do
// not compete for the machine's two cores.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['packages/*/src/**/*.test.ts', 'services/*/src/**/*.test.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000, // opening the embedded database takes seconds, more on a loaded machine
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/**/*.test.ts'],
          testTimeout: 240_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
