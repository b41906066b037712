import { z } from "zod";
import {
  acknowledgeInputSchema,
  alertSchema,
  createRuleInputSchema,
  listAlertsQuerySchema,
  ruleSchema,
  silenceInputSchema,
  updateRuleInputSchema,
} from "../schemas/alerts.ts";
import { updateChainInputSchema } from "../schemas/chainUpdate.ts";
import { chainSchema } from "../schemas/chains.ts";
import { channelSchema, createChannelInputSchema } from "../schemas/channels.ts";
import { chainIdSchema } from "../schemas/common.ts";
import { metricQuerySchema, metricSeriesSchema } from "../schemas/metrics.ts";
import {
  createNodeInputSchema,
  nodeIdSchema,
  nodeSchema,
  testNodeInputSchema,
  updateNodeInputSchema,
} from "../schemas/nodes.ts";
import { rangeQuerySchema } from "../schemas/summary.ts";
import { collectResultSchema, connectionTestSchema } from "../schemas/responses/collector.ts";
import { crossChainAnalysisSchema } from "../schemas/responses/crossChain.ts";
import { dashboardSchema } from "../schemas/responses/dashboard.ts";
import { chainHealthSchema, serviceHealthSchema } from "../schemas/responses/health.ts";
import {
  alertPageSchema,
  chainListSchema,
  channelListSchema,
  deliveryListSchema,
  nodeListSchema,
  queuedDeliverySchema,
  ruleListSchema,
} from "../schemas/responses/lists.ts";
import { openApiDocumentSchema } from "../schemas/responses/openApiDocument.ts";
import { chainPredictionsSchema } from "../schemas/responses/predictions.ts";
import { chainRecommendationsSchema } from "../schemas/responses/recommendations.ts";
import { chainSummarySchema } from "../schemas/responses/summary.ts";

export type Method = "GET" | "POST" | "PATCH" | "DELETE";
export type Access = "public" | "read" | "admin";

/** One operation of /api/v1, as its route.ts file implements it. */
export interface RouteSpec {
  method: Method;
  /** OpenAPI style: `/api/v1/chains/{chainId}`. */
  path: string;
  operationId: string;
  summary: string;
  tag: string;
  access: Access;
  /** Path parameters, each validated as the handler does (a bad one is a 422, not a 404). */
  params?: z.ZodObject;
  /** The handler's query schema; each property becomes a query parameter. Set iff apiRoute's `{ query: true }`. */
  query?: z.ZodType;
  /** Notes for query parameters whose JSON Schema says less than the zod schema (comma lists). */
  queryNotes?: Record<string, string>;
  /** The request body's schema. Set iff apiRoute's `{ body: true }`. */
  body?: z.ZodType;
  /** The success status and its JSON body; null only for 204. */
  status: 200 | 201 | 202 | 204;
  response: z.ZodType | null;
  /** Response headers of the success response: name -> description. */
  headers?: Record<string, string>;
  /** Problems particular to the route; 400/401/403/413/422/500 follow from the rest (responses.ts). */
  errors?: (404 | 409)[];
}

const chain = z.object({ chainId: chainIdSchema });
const node = z.object({ nodeId: nodeIdSchema });
const rule = z.object({ ruleId: z.uuid("must be a rule id") });
const alert = z.object({ alertId: z.uuid("must be an alert id") });
const channel = z.object({ channelId: z.uuid("must be a channel id") });

const comma = (values: string[]) => `Comma-separated, any of: ${values.join(", ")}.`;

export const ROUTES: RouteSpec[] = [
  // System
  {
    method: "GET",
    path: "/api/v1/health",
    operationId: "getServiceHealth",
    summary: "Service health: database and collector",
    tag: "system",
    access: "public",
    status: 200,
    response: serviceHealthSchema,
  },
  {
    method: "GET",
    path: "/api/v1/openapi.json",
    operationId: "getOpenApiDocument",
    summary: "This OpenAPI 3.1 document",
    tag: "system",
    access: "read",
    status: 200,
    response: openApiDocumentSchema,
  },
  {
    method: "POST",
    path: "/api/v1/collect",
    operationId: "collectNow",
    summary: "Collect every enabled node now",
    tag: "system",
    access: "admin",
    status: 200,
    response: collectResultSchema,
  },
  // Nodes
  {
    method: "GET",
    path: "/api/v1/nodes",
    operationId: "listNodes",
    summary: "List nodes (credentials never included)",
    tag: "nodes",
    access: "read",
    status: 200,
    response: nodeListSchema,
  },
  {
    method: "POST",
    path: "/api/v1/nodes",
    operationId: "createNode",
    summary: "Add a node",
    tag: "nodes",
    access: "admin",
    body: createNodeInputSchema,
    status: 201,
    response: nodeSchema,
    headers: { location: "The new node's URL, /api/v1/nodes/{nodeId}." },
    errors: [409],
  },
  {
    method: "POST",
    path: "/api/v1/nodes/test",
    operationId: "testNodeConnection",
    summary: "Test a connection to a node without saving it",
    tag: "nodes",
    access: "admin",
    body: testNodeInputSchema,
    status: 200,
    response: connectionTestSchema,
  },
  {
    method: "GET",
    path: "/api/v1/nodes/{nodeId}",
    operationId: "getNode",
    summary: "Get a node",
    tag: "nodes",
    access: "read",
    params: node,
    status: 200,
    response: nodeSchema,
    errors: [404],
  },
  {
    method: "PATCH",
    path: "/api/v1/nodes/{nodeId}",
    operationId: "updateNode",
    summary: "Change a node; credentials: null removes stored credentials",
    tag: "nodes",
    access: "admin",
    params: node,
    body: updateNodeInputSchema,
    status: 200,
    response: nodeSchema,
    errors: [404, 409],
  },
  {
    method: "DELETE",
    path: "/api/v1/nodes/{nodeId}",
    operationId: "deleteNode",
    summary: "Delete a node and its samples",
    tag: "nodes",
    access: "admin",
    params: node,
    status: 204,
    response: null,
    errors: [404],
  },
  // Chains
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
    params: chain,
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
    params: chain,
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
    params: chain,
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
    params: chain,
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
    params: chain,
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
    params: chain,
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
    params: chain,
    status: 200,
    response: chainPredictionsSchema,
    errors: [404],
  },
  // Analysis
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
  // Alerts
  {
    method: "GET",
    path: "/api/v1/alerts",
    operationId: "listAlerts",
    summary: "Alerts, newest first, filtered and paged by cursor",
    tag: "alerts",
    access: "read",
    query: listAlertsQuerySchema,
    queryNotes: {
      state: comma(alertSchema.shape.state.options),
      severity: comma(alertSchema.shape.severity.options),
      cursor: "The nextCursor of the previous page.",
    },
    status: 200,
    response: alertPageSchema,
  },
  {
    method: "POST",
    path: "/api/v1/alerts/{alertId}/ack",
    operationId: "acknowledgeAlert",
    summary: "Acknowledge an alert (no re-notification while firing)",
    tag: "alerts",
    access: "admin",
    params: alert,
    body: acknowledgeInputSchema,
    status: 200,
    response: alertSchema,
    errors: [404, 409],
  },
  {
    method: "POST",
    path: "/api/v1/alerts/{alertId}/silence",
    operationId: "silenceAlert",
    summary: "Silence an alert's notifications until a time",
    tag: "alerts",
    access: "admin",
    params: alert,
    body: silenceInputSchema,
    status: 200,
    response: alertSchema,
    errors: [404, 409],
  },
  {
    method: "GET",
    path: "/api/v1/alert-rules",
    operationId: "listAlertRules",
    summary: "List alert rules",
    tag: "alerts",
    access: "read",
    status: 200,
    response: ruleListSchema,
  },
  {
    method: "POST",
    path: "/api/v1/alert-rules",
    operationId: "createAlertRule",
    summary: "Add an alert rule",
    tag: "alerts",
    access: "admin",
    body: createRuleInputSchema,
    status: 201,
    response: ruleSchema,
  },
  {
    method: "PATCH",
    path: "/api/v1/alert-rules/{ruleId}",
    operationId: "updateAlertRule",
    summary: "Change an alert rule",
    tag: "alerts",
    access: "admin",
    params: rule,
    body: updateRuleInputSchema,
    status: 200,
    response: ruleSchema,
    errors: [404],
  },
  {
    method: "DELETE",
    path: "/api/v1/alert-rules/{ruleId}",
    operationId: "deleteAlertRule",
    summary: "Delete an alert rule and its alert history",
    tag: "alerts",
    access: "admin",
    params: rule,
    status: 204,
    response: null,
    errors: [404],
  },
  // Notification channels (admin only, reads included: channel names reveal where alerts go)
  {
    method: "GET",
    path: "/api/v1/notification-channels",
    operationId: "listNotificationChannels",
    summary: "List notification channels (webhook URLs never included)",
    tag: "notifications",
    access: "admin",
    status: 200,
    response: channelListSchema,
  },
  {
    method: "POST",
    path: "/api/v1/notification-channels",
    operationId: "createNotificationChannel",
    summary: "Add a webhook channel",
    tag: "notifications",
    access: "admin",
    body: createChannelInputSchema,
    status: 201,
    response: channelSchema,
    errors: [409],
  },
  {
    method: "DELETE",
    path: "/api/v1/notification-channels/{channelId}",
    operationId: "deleteNotificationChannel",
    summary: "Delete a channel",
    tag: "notifications",
    access: "admin",
    params: channel,
    status: 204,
    response: null,
    errors: [404],
  },
  {
    method: "POST",
    path: "/api/v1/notification-channels/{channelId}/test",
    operationId: "testNotificationChannel",
    summary: "Queue a test delivery",
    tag: "notifications",
    access: "admin",
    params: channel,
    status: 202,
    response: queuedDeliverySchema,
    errors: [404],
  },
  {
    method: "GET",
    path: "/api/v1/notification-channels/{channelId}/deliveries",
    operationId: "listChannelDeliveries",
    summary: "A channel's delivery log, newest first (at most 100)",
    tag: "notifications",
    access: "admin",
    params: channel,
    status: 200,
    response: deliveryListSchema,
  },
];
