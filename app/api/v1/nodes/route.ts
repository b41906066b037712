import { apiRoute } from "@/lib/api/apiRoute.ts";
import { createNodeInputSchema } from "@/lib/api/schemas/nodes.ts";
import { readJsonBody, validate } from "@/lib/api/validate.ts";
import { createNode } from "@/lib/db/queries/nodes/createNode.ts";
import { listNodes } from "@/lib/db/queries/nodes/listNodes.ts";

export const GET = apiRoute("read", async ({ db }) => ({ nodes: await listNodes(db) }));

export const POST = apiRoute(
  "admin",
  async ({ request, db }) => {
    const input = validate(createNodeInputSchema, await readJsonBody(request), "body");
    const node = await createNode(db, input);
    return Response.json(node, { status: 201, headers: { location: `/api/v1/nodes/${node.id}` } });
  },
  { body: true },
);
