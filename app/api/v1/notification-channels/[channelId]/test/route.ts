import { z } from "zod";
import { apiRoute } from "@/lib/api/apiRoute.ts";
import { validate } from "@/lib/api/validate.ts";
import { queueTestDelivery } from "@/lib/db/queries/channels/queueTestDelivery.ts";

export const POST = apiRoute<{ channelId: string }>("admin", async ({ params, db }) => {
  const queued = await queueTestDelivery(db, validate(z.uuid("must be a channel id"), params.channelId, "path"));
  return Response.json(queued, { status: 202 });
});
