import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // a property test runs hundreds of documents: on a slow or loaded machine that is
    // seconds, and no test may fail for the machine's speed (timing checks compare growth)
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
