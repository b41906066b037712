import { apiRoute } from "@/lib/api/apiRoute.ts";
import { listChains } from "@/lib/db/queries/chains/listChains.ts";

export const GET = apiRoute("read", async ({ db }) => ({ chains: await listChains(db) }));
