import { z } from "zod";
import { apiRoute } from "@/lib/api/apiRoute.ts";
import { validate } from "@/lib/api/validate.ts";
import { deleteChannel } from "@/lib/db/queries/channels/deleteChannel.ts";

export const DELETE = apiRoute<{ channelId: string }>("admin", async ({ params, db }) => {
  await deleteChannel(db, validate(z.uuid("must be a channel id"), params.channelId, "path"));
  return new Response(null, { status: 204 });
});
