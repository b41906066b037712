import type { z } from "zod";
import {
  acknowledgeInputSchema,
  alertSchema,
  createRuleInputSchema,
  ruleSchema,
  silenceInputSchema,
  updateRuleInputSchema,
} from "../schemas/alerts.ts";
import { updateChainInputSchema } from "../schemas/chainUpdate.ts";
import { chainSchema, sampleSchema } from "../schemas/chains.ts";
import { channelSchema, createChannelInputSchema, deliverySchema } from "../schemas/channels.ts";
import { metricSeriesSchema } from "../schemas/metrics.ts";
import {
  createNodeInputSchema,
  nodeCredentialsSchema,
  nodeSchema,
  testNodeInputSchema,
  updateNodeInputSchema,
} from "../schemas/nodes.ts";
import { statSchema } from "../schemas/summary.ts";
import { collectionResultSchema, collectResultSchema, connectionTestSchema } from "../schemas/responses/collector.ts";
import { crossChainAnalysisSchema } from "../schemas/responses/crossChain.ts";
import { dashboardSchema } from "../schemas/responses/dashboard.ts";
import { chainHealthSchema, latestHealthSchema, serviceHealthSchema } from "../schemas/responses/health.ts";
import * as lists from "../schemas/responses/lists.ts";
import { openApiDocumentSchema } from "../schemas/responses/openApiDocument.ts";
import { overviewChainSchema, overviewSchema } from "../schemas/responses/overview.ts";
import { problemSchema } from "../schemas/responses/problem.ts";
import * as predictions from "../schemas/responses/predictions.ts";
import { chainRecommendationsSchema, recommendationSchema } from "../schemas/responses/recommendations.ts";
import { chainSummarySchema, nodeStatsSchema } from "../schemas/responses/summary.ts";

/**
 * The named schemas of the document (components/schemas). Every request body and response
 * schema of the route table must be here; a named schema nested in another becomes a $ref.
 */
export const OUTPUT_COMPONENTS: Record<string, z.ZodType> = {
  Problem: problemSchema,
  ServiceHealth: serviceHealthSchema,
  OpenApiDocument: openApiDocumentSchema,
  CollectResult: collectResultSchema,
  CollectionResult: collectionResultSchema,
  ConnectionTest: connectionTestSchema,
  Node: nodeSchema,
  NodeList: lists.nodeListSchema,
  Sample: sampleSchema,
  Chain: chainSchema,
  ChainList: lists.chainListSchema,
  MetricSeries: metricSeriesSchema,
  Stat: statSchema,
  NodeStats: nodeStatsSchema,
  ChainSummary: chainSummarySchema,
  LatestHealth: latestHealthSchema,
  ChainHealth: chainHealthSchema,
  Recommendation: recommendationSchema,
  ChainRecommendations: chainRecommendationsSchema,
  StoredPrediction: predictions.storedPredictionSchema,
  PredictionAccuracy: predictions.predictionAccuracySchema,
  DiskFullForecast: predictions.diskFullSchema,
  ChainPredictions: predictions.chainPredictionsSchema,
  CrossChainAnalysis: crossChainAnalysisSchema,
  Dashboard: dashboardSchema,
  OverviewChain: overviewChainSchema,
  Overview: overviewSchema,
  Alert: alertSchema,
  AlertPage: lists.alertPageSchema,
  AlertRule: ruleSchema,
  AlertRuleList: lists.ruleListSchema,
  NotificationChannel: channelSchema,
  NotificationChannelList: lists.channelListSchema,
  Delivery: deliverySchema,
  DeliveryList: lists.deliveryListSchema,
  QueuedDelivery: lists.queuedDeliverySchema,
};

/** Request bodies, converted as input (defaults optional, dates as strings). */
export const INPUT_COMPONENTS: Record<string, z.ZodType> = {
  NodeCredentials: nodeCredentialsSchema,
  CreateNodeInput: createNodeInputSchema,
  UpdateNodeInput: updateNodeInputSchema,
  TestNodeInput: testNodeInputSchema,
  UpdateChainInput: updateChainInputSchema,
  AcknowledgeInput: acknowledgeInputSchema,
  SilenceInput: silenceInputSchema,
  CreateAlertRuleInput: createRuleInputSchema,
  UpdateAlertRuleInput: updateRuleInputSchema,
  CreateNotificationChannelInput: createChannelInputSchema,
};
