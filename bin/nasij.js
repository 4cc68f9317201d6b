#!/usr/bin/env node
// The CLI runs the compiled JavaScript in dist/ (built by `npm install` through `prepare`,
// or `npm run build`); the TypeScript sources are run directly only by the tests.
await import('../dist/src/cli/main.js');
