import { apiRoute } from "@/lib/api/apiRoute.ts";
import { nodeIdSchema, updateNodeInputSchema } from "@/lib/api/schemas/nodes.ts";
import { readJsonBody, validate } from "@/lib/api/validate.ts";
import { deleteNode } from "@/lib/db/queries/nodes/deleteNode.ts";
import { getNode } from "@/lib/db/queries/nodes/getNode.ts";
import { updateNode } from "@/lib/db/queries/nodes/updateNode.ts";

type Params = { nodeId: string };

export const GET = apiRoute<Params>("read", async ({ params, db }) =>
  getNode(db, validate(nodeIdSchema, params.nodeId, "path")),
);

export const PATCH = apiRoute<Params>(
  "admin",
  async ({ request, params, db }) => {
    const id = validate(nodeIdSchema, params.nodeId, "path");
    const input = validate(updateNodeInputSchema, await readJsonBody(request), "body");
    return updateNode(db, id, input);
  },
  { body: true },
);

export const DELETE = apiRoute<Params>("admin", async ({ params, db }) => {
  await deleteNode(db, validate(nodeIdSchema, params.nodeId, "path"));
  return new Response(null, { status: 204 });
});
