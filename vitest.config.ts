import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // LibreOffice conversions are CPU-heavy; two cores on CI.
    maxWorkers: 2,
    // The digest's worker pool runs several V8 isolates at once. V8's process-wide JIT-page
    // bookkeeping (ThreadIsolation) can abort the process under that churn ("Check failed:
    // jit_page.has_value()"; nodejs/node#60755, and the --no-memory-protection-keys mitigation in
    // archestra-ai/archestra#6177); it aborted one full run here. The flag turns that bookkeeping off.
    execArgv: ['--no-memory-protection-keys'],
  },
});
