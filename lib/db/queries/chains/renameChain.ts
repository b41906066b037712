import { notFound } from "../../../api/problems.ts";
import type { ChainDto } from "../../../api/schemas/chains.ts";
import type { UpdateChainInput } from "../../../api/schemas/chainUpdate.ts";
import type { Db } from "../../createPrismaClient.ts";
import { getChain } from "./getChain.ts";

export async function renameChain(db: Db, chainId: string, input: UpdateChainInput): Promise<ChainDto> {
  const { count } = await db.chain.updateMany({ where: { id: chainId }, data: { name: input.name } });
  if (count === 0) throw notFound(`chain "${chainId}"`);
  return getChain(db, chainId);
}
