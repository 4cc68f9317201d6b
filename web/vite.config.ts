import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The dashboard is served by `nasij serve` from web/dist; in development `vite` proxies the API.
const API = ['/health', '/events', '/articles', '/dyads', '/actors', '/groupings', '/search', '/analysis', '/openapi.json'];

export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  server: { proxy: Object.fromEntries(API.map((path) => [path, 'http://127.0.0.1:8080'])) },
});
