import { conflict } from "../../../api/problems.ts";
import type { CreateNodeInput, NodeDto } from "../../../api/schemas/nodes.ts";
import type { Db } from "../../createPrismaClient.ts";
import { Prisma } from "../../generated/client.ts";
import { toNodeDto } from "./toNodeDto.ts";

export async function createNode(db: Db, input: CreateNodeInput): Promise<NodeDto> {
  try {
    const node = await db.node.create({ data: input, include: { chains: true } });
    return toNodeDto(node);
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw conflict(`a node named "${input.name}" already exists`, "body.name");
    }
    throw error;
  }
}
