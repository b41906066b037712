import { z } from "zod";
import { apiRoute } from "@/lib/api/apiRoute.ts";
import { validate } from "@/lib/api/validate.ts";
import { listDeliveries } from "@/lib/db/queries/channels/listDeliveries.ts";

export const GET = apiRoute<{ channelId: string }>("admin", async ({ params, db }) => ({
  deliveries: await listDeliveries(db, validate(z.uuid("must be a channel id"), params.channelId, "path")),
}));
