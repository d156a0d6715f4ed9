# The API and the seed loader in one image (docker-compose.yml runs it as both `seed` and `api`).
# Two stages: TypeScript and the other dev tools stay in the build stage, and the runtime image
# holds only production dependencies, the compiled output and the seed data.

FROM node:20-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json ./
COPY src ./src
COPY seed ./seed
COPY web ./web
# The server (tsc) and the explorer page (web/build.mjs: type-check, then esbuild into dist/web).
RUN npm run build

FROM node:20-slim
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4000
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force
COPY --from=build /app/dist ./dist
# The dataset is read from <project root>/seed/data, the root being the folder with package.json.
COPY seed/data ./seed/data
USER node
EXPOSE 4000
# node itself, not npm: a signal sent to the container reaches the server, which drains and exits
# (npm would stand in between and leave node running). node is PID 1 here and handles SIGTERM and
# SIGINT itself; docker-compose.yml adds an init process all the same (init: true).
CMD ["node", "dist/src/main.js"]
