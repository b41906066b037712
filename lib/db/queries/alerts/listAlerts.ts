import { validationProblem } from "../../../api/problems.ts";
import type { AlertDto, ListAlertsQuery } from "../../../api/schemas/alerts.ts";
import type { Db } from "../../createPrismaClient.ts";
import type { Prisma } from "../../generated/client.ts";
import { toAlertDto } from "./toAlertDto.ts";

/** The cursor is the last row's (startedAt, id), so pages stay stable while new alerts arrive. */
function decodeCursor(cursor: string): { startedAt: Date; id: string } {
  const [time, id] = Buffer.from(cursor, "base64url").toString("utf8").split("|");
  const startedAt = new Date(time ?? "");
  if (Number.isNaN(startedAt.getTime()) || !/^[0-9a-f-]{36}$/.test(id ?? "")) {
    throw validationProblem([{ field: "query.cursor", message: "is not a cursor this API returned" }]);
  }
  return { startedAt, id: id! };
}

const encodeCursor = (alert: AlertDto) => Buffer.from(`${alert.startedAt}|${alert.id}`).toString("base64url");

export async function listAlerts(
  db: Db,
  query: ListAlertsQuery,
): Promise<{ alerts: AlertDto[]; nextCursor: string | null }> {
  const where: Prisma.AlertWhereInput = {
    ...(query.state ? { state: { in: query.state } } : {}),
    ...(query.severity ? { severity: { in: query.severity } } : {}),
    ...(query.chainId ? { chainId: query.chainId } : {}),
    ...(query.nodeId ? { nodeId: query.nodeId } : {}),
    ...(query.rule ? { rule: { name: query.rule } } : {}),
    ...(query.q ? { message: { contains: query.q, mode: "insensitive" } } : {}),
    startedAt: { ...(query.from ? { gte: query.from } : {}), ...(query.to ? { lt: query.to } : {}) },
  };
  if (query.cursor) {
    const { startedAt, id } = decodeCursor(query.cursor);
    where.OR = [{ startedAt: { lt: startedAt } }, { startedAt, id: { lt: id } }];
  }
  const rows = await db.alert.findMany({
    where,
    include: { rule: { select: { id: true, name: true } } },
    orderBy: [{ startedAt: "desc" }, { id: "desc" }],
    take: query.limit + 1,
  });
  const alerts = rows.slice(0, query.limit).map(toAlertDto);
  return { alerts, nextCursor: rows.length > query.limit ? encodeCursor(alerts[alerts.length - 1]!) : null };
}
