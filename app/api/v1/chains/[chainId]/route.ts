import { apiRoute } from "@/lib/api/apiRoute.ts";
import { updateChainInputSchema } from "@/lib/api/schemas/chainUpdate.ts";
import { chainIdSchema } from "@/lib/api/schemas/common.ts";
import { readJsonBody, validate } from "@/lib/api/validate.ts";
import { getChain } from "@/lib/db/queries/chains/getChain.ts";
import { renameChain } from "@/lib/db/queries/chains/renameChain.ts";

type Params = { chainId: string };

export const GET = apiRoute<Params>("read", async ({ params, db }) =>
  getChain(db, validate(chainIdSchema, params.chainId, "path")),
);

export const PATCH = apiRoute<Params>(
  "admin",
  async ({ request, params, db }) => {
    const chainId = validate(chainIdSchema, params.chainId, "path");
    return renameChain(db, chainId, validate(updateChainInputSchema, await readJsonBody(request), "body"));
  },
  { body: true },
);
