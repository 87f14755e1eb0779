import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// In development the API runs separately (`pnpm --filter @goodlink/server start`, port 4000);
// proxying keeps the browser on one origin, as it will be in production.
const server = 'http://localhost:4000';
const api = {
  '/graphql': server,
  // The calendar and story feeds the API serves (a regular expression for one event's calendar).
  '/events.ics': server,
  '^/events/[^/]+\\.ics$': server,
  '/stories.rss': server,
  '/stories.atom': server,
};

export default defineConfig({
  plugins: [react()],
  // The manifest lets scripts/bundle-size.mjs follow what the home page loads.
  build: { manifest: true },
  server: { proxy: api },
  preview: { proxy: api },
});
