import { collectResultSchema } from "../../schemas/responses/collector.ts";
import { serviceHealthSchema } from "../../schemas/responses/health.ts";
import { openApiDocumentSchema } from "../../schemas/responses/openApiDocument.ts";
import type { RouteSpec } from "../routeSpec.ts";

// System
export const systemRoutes: RouteSpec[] = [
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
];
