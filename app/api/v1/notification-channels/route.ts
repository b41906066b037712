import { apiRoute } from "@/lib/api/apiRoute.ts";
import { createChannelInputSchema } from "@/lib/api/schemas/channels.ts";
import { readJsonBody, validate } from "@/lib/api/validate.ts";
import { createChannel } from "@/lib/db/queries/channels/createChannel.ts";
import { listChannels } from "@/lib/db/queries/channels/listChannels.ts";

// Admin only, reads included: channel names reveal where an operator's alerts go.
export const GET = apiRoute("admin", async ({ db }) => ({ channels: await listChannels(db) }));

export const POST = apiRoute(
  "admin",
  async ({ request, db }) => {
    const channel = await createChannel(db, validate(createChannelInputSchema, await readJsonBody(request), "body"));
    return Response.json(channel, { status: 201 });
  },
  { body: true },
);
