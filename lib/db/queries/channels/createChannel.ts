import type { z } from "zod";
import { conflict } from "../../../api/problems.ts";
import type { ChannelDto, createChannelInputSchema } from "../../../api/schemas/channels.ts";
import type { Db } from "../../createPrismaClient.ts";
import { Prisma } from "../../generated/client.ts";

export async function createChannel(db: Db, input: z.infer<typeof createChannelInputSchema>): Promise<ChannelDto> {
  try {
    const row = await db.notificationChannel.create({
      data: input,
      select: { id: true, name: true, kind: true, enabled: true, repeatIntervalSeconds: true, createdAt: true },
    });
    return { ...row, createdAt: row.createdAt.toISOString() };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw conflict(`a channel named "${input.name}" already exists`, "body.name");
    }
    throw error;
  }
}
