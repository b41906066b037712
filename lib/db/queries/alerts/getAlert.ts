import { notFound } from "../../../api/problems.ts";
import type { AlertDto } from "../../../api/schemas/alerts.ts";
import type { Db } from "../../createPrismaClient.ts";
import { toAlertDto } from "./toAlertDto.ts";

export async function getAlert(db: Db, id: string): Promise<AlertDto> {
  const alert = await db.alert.findUnique({ where: { id }, include: { rule: { select: { id: true, name: true } } } });
  if (!alert) throw notFound(`alert ${id}`);
  return toAlertDto(alert);
}
