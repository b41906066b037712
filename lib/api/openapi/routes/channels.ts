import { channelSchema, createChannelInputSchema } from "../../schemas/channels.ts";
import { channelListSchema, deliveryListSchema, queuedDeliverySchema } from "../../schemas/responses/lists.ts";
import { channelParams, type RouteSpec } from "../routeSpec.ts";

// Notification channels (admin only, reads included: channel names reveal where alerts go)
export const channelsRoutes: RouteSpec[] = [
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
    params: channelParams,
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
    params: channelParams,
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
    params: channelParams,
    status: 200,
    response: deliveryListSchema,
  },
];
