import { PrismaClient } from "./generated/client.ts";

type DriverAdapter = NonNullable<ConstructorParameters<typeof PrismaClient>[0]["adapter"]>;

// Node credentials are left out of every default select; the collector asks for them by name.
export function createPrismaClient(adapter: DriverAdapter) {
  return new PrismaClient({ adapter, omit: { node: { credentials: true } } });
}

export type Db = ReturnType<typeof createPrismaClient>;
