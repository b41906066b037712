import type { ChannelDto } from "../../../api/schemas/channels.ts";
import type { Db } from "../../createPrismaClient.ts";

export async function listChannels(db: Db): Promise<ChannelDto[]> {
  const rows = await db.notificationChannel.findMany({
    select: { id: true, name: true, kind: true, enabled: true, repeatIntervalSeconds: true, createdAt: true },
    orderBy: { name: "asc" },
  });
  return rows.map((row) => ({ ...row, createdAt: row.createdAt.toISOString() }));
}
