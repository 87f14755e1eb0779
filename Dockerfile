# syntax=docker/dockerfile:1
# Goodlink server image: the API, and the built dashboard it serves at / (from /app/web-dist). Build context: the repository root.
#   docker build -t goodlink .
#   docker compose up            (with Postgres; see docker-compose.yml)

ARG NODE_IMAGE=node:24-bookworm-slim

# ---- build: install every workspace dependency, compile, and collect the server's production dependencies
FROM ${NODE_IMAGE} AS build
ENV CI=true
RUN npm install --global pnpm@10.34.9
WORKDIR /repo

# Manifests first: the install layer is rebuilt only when dependencies change, not on every source edit.
COPY package.json pnpm-lock.yaml pnpm-workspace.yaml tsconfig.base.json .npmrc ./
COPY packages/server/package.json packages/server/
COPY packages/web/package.json packages/web/
COPY packages/client/package.json packages/client/
RUN --mount=type=cache,id=goodlink-pnpm-store,target=/pnpm/store \
    pnpm install --frozen-lockfile --store-dir /pnpm/store

COPY packages/ packages/
RUN pnpm --filter @goodlink/server build \
 && pnpm --filter @goodlink/web build

# A self-contained copy of the server with production dependencies only. `--legacy`: pnpm 10's default deploy
# needs inject-workspace-packages, which this workspace does not use (the server has no workspace dependencies).
RUN --mount=type=cache,id=goodlink-pnpm-store,target=/pnpm/store \
    pnpm --filter @goodlink/server deploy --prod --legacy --store-dir /pnpm/store /out

# ---- runtime: compiled server, production node_modules, the dashboard's static files; no compilers, no pnpm
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    PORT=4000 \
    GOODLINK_WEB_DIR=/app/web-dist
WORKDIR /app

# Code stays owned by root, so the server cannot rewrite itself; only the data folder (the embedded PostgreSQL,
# used when DATABASE_URL is not set) belongs to the `node` user the server runs as.
COPY --from=build /out/package.json ./package.json
COPY --from=build /out/node_modules ./node_modules
COPY --from=build /repo/packages/server/dist ./dist
COPY --from=build /repo/packages/web/dist ./web-dist
RUN mkdir -p /app/.data && chown node:node /app/.data

USER node
EXPOSE 4000

# Slim images have no curl: ask Node itself. /readyz answers 200 only when the database answers and is migrated
# (/healthz, alive, does not look at the database).
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/readyz', { signal: AbortSignal.timeout(4000) }).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]

CMD ["node", "dist/main.js"]
