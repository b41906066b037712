import { crossChainAnalysisSchema } from "../../schemas/responses/crossChain.ts";
import { dashboardSchema } from "../../schemas/responses/dashboard.ts";
import { overviewSchema } from "../../schemas/responses/overview.ts";
import type { RouteSpec } from "../routeSpec.ts";

// Analysis
export const analysisRoutes: RouteSpec[] = [
  {
    method: "GET",
    path: "/api/v1/analysis/cross-chain",
    operationId: "getCrossChainAnalysis",
    summary: "Every chain side by side",
    tag: "analysis",
    access: "read",
    status: 200,
    response: crossChainAnalysisSchema,
  },
  {
    method: "GET",
    path: "/api/v1/dashboard",
    operationId: "getDashboard",
    summary: "Overview, summaries, recent alerts, predictions and recommendations",
    tag: "analysis",
    access: "read",
    status: 200,
    response: dashboardSchema,
  },
  {
    method: "GET",
    path: "/api/v1/overview",
    operationId: "getOverview",
    summary: "A card per chain (health, TPS sparkline, open alerts) and the cross-chain analysis",
    tag: "analysis",
    access: "read",
    status: 200,
    response: overviewSchema,
  },
];
