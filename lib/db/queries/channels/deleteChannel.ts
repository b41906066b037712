import { notFound } from "../../../api/problems.ts";
import type { Db } from "../../createPrismaClient.ts";

export async function deleteChannel(db: Db, id: string): Promise<void> {
  const { count } = await db.notificationChannel.deleteMany({ where: { id } });
  if (count === 0) throw notFound(`notification channel ${id}`);
}
