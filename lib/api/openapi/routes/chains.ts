import { updateChainInputSchema } from "../../schemas/chainUpdate.ts";
import { chainSchema } from "../../schemas/chains.ts";
import { metricQuerySchema, metricSeriesSchema } from "../../schemas/metrics.ts";
import { chainHealthSchema } from "../../schemas/responses/health.ts";
import { chainListSchema } from "../../schemas/responses/lists.ts";
import { chainPredictionsSchema } from "../../schemas/responses/predictions.ts";
import { chainRecommendationsSchema } from "../../schemas/responses/recommendations.ts";
import { chainSummarySchema } from "../../schemas/responses/summary.ts";
import { rangeQuerySchema } from "../../schemas/summary.ts";
import { chainParams, type RouteSpec } from "../routeSpec.ts";

// Chains
export const chainsRoutes: RouteSpec[] = [
  {
    method: "GET",
    path: "/api/v1/chains",
    operationId: "listChains",
    summary: "List chains with their newest sample",
    tag: "chains",
    access: "read",
    status: 200,
    response: chainListSchema,
  },
  {
    method: "GET",
    path: "/api/v1/chains/{chainId}",
    operationId: "getChain",
    summary: "Get a chain",
    tag: "chains",
    access: "read",
    params: chainParams,
    status: 200,
    response: chainSchema,
    errors: [404],
  },
  {
    method: "PATCH",
    path: "/api/v1/chains/{chainId}",
    operationId: "renameChain",
    summary: "Rename a chain",
    tag: "chains",
    access: "admin",
    params: chainParams,
    body: updateChainInputSchema,
    status: 200,
    response: chainSchema,
    errors: [404],
  },
  {
    method: "GET",
    path: "/api/v1/chains/{chainId}/metrics",
    operationId: "getChainMetrics",
    summary: "A metric over time, one series per node",
    tag: "chains",
    access: "read",
    params: chainParams,
    query: metricQuerySchema,
    status: 200,
    response: metricSeriesSchema,
    errors: [404],
  },
  {
    method: "GET",
    path: "/api/v1/chains/{chainId}/summary",
    operationId: "getChainSummary",
    summary: "Statistics per node, latest sample, health and open alerts over a range",
    tag: "chains",
    access: "read",
    params: chainParams,
    query: rangeQuerySchema,
    status: 200,
    response: chainSummarySchema,
    errors: [404],
  },
  {
    method: "GET",
    path: "/api/v1/chains/{chainId}/health",
    operationId: "getChainHealth",
    summary: "Newest health score and its history",
    tag: "chains",
    access: "read",
    params: chainParams,
    query: rangeQuerySchema,
    status: 200,
    response: chainHealthSchema,
    errors: [404],
  },
  {
    method: "GET",
    path: "/api/v1/chains/{chainId}/recommendations",
    operationId: "getChainRecommendations",
    summary: "Recommendations for a chain",
    tag: "chains",
    access: "read",
    params: chainParams,
    status: 200,
    response: chainRecommendationsSchema,
    errors: [404],
  },
  {
    method: "GET",
    path: "/api/v1/chains/{chainId}/predictions",
    operationId: "getChainPredictions",
    summary: "Newest predictions, their accuracy and days until the disk is full",
    tag: "chains",
    access: "read",
    params: chainParams,
    status: 200,
    response: chainPredictionsSchema,
    errors: [404],
  },
];
