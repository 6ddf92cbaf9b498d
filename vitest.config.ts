import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // LibreOffice conversions are CPU-heavy; two cores on CI.
    maxWorkers: 2,
  },
});
