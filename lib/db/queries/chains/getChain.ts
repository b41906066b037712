import { notFound } from "../../../api/problems.ts";
import type { ChainDto } from "../../../api/schemas/chains.ts";
import type { Db } from "../../createPrismaClient.ts";
import { listChains } from "./listChains.ts";

export async function getChain(db: Db, chainId: string): Promise<ChainDto> {
  const [chain] = await listChains(db, chainId);
  if (!chain) throw notFound(`chain "${chainId}"`);
  return chain;
}
