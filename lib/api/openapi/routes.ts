// Every operation of /api/v1, one file per area: the single source of the OpenAPI document and its tests.
import { systemRoutes } from "./routes/system.ts";
import { nodesRoutes } from "./routes/nodes.ts";
import { chainsRoutes } from "./routes/chains.ts";
import { analysisRoutes } from "./routes/analysis.ts";
import { alertsRoutes } from "./routes/alerts.ts";
import { channelsRoutes } from "./routes/channels.ts";
import type { RouteSpec } from "./routeSpec.ts";

export type { Access, Method, RouteSpec } from "./routeSpec.ts";

export const ROUTES: RouteSpec[] = [
  ...systemRoutes,
  ...nodesRoutes,
  ...chainsRoutes,
  ...analysisRoutes,
  ...alertsRoutes,
  ...channelsRoutes,
];
