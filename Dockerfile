# The gonogo GitHub App as a long-running server: `probot run` over the bundle committed in dist/.
# No build step here: dist/ is generated and checked fresh in CI, so the image ships exactly what was reviewed.
#   docker build -t gonogo-app .
#   docker run -p 3000:3000 -e APP_ID=... -e PRIVATE_KEY="$(cat key.pem)" -e WEBHOOK_SECRET=... gonogo-app
FROM node:24-slim

# HOST: Probot listens on localhost unless told otherwise, which a container's port mapping cannot reach.
# NODE_ENV=production also makes Probot log JSON and refuse to start (rather than enter setup mode) without
# APP_ID and PRIVATE_KEY.
ENV NODE_ENV=production \
    PORT=3000 \
    HOST=0.0.0.0

WORKDIR /app

# Runtime dependencies only (probot is one of them). No runtime package has an install script, so none runs.
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts && npm cache clean --force

COPY dist/ ./dist/
COPY rules/ ./rules/
COPY app.yml ./

# The files stay root-owned: the App can read its code and presets but not change them.
USER node

EXPOSE 3000

# Probot's server answers GET /ping with PONG; the slim image has no curl, node's fetch does the probe.
HEALTHCHECK --interval=30s --timeout=5s --start-period=15s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/ping').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]

# npx forwards SIGTERM to Probot, so `docker stop` does not wait for the kill timeout; --no: never download.
CMD ["npx", "--no", "probot", "run", "./dist/app.js"]
