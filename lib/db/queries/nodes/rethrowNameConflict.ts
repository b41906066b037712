import { conflict } from "../../../api/problems.ts";
import { Prisma } from "../../generated/client.ts";

/** Node names are unique: a clash is a 409 naming the field, anything else goes on up. */
export function rethrowNameConflict(name: string | undefined) {
  return (error: unknown): never => {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw conflict(`a node named "${name}" already exists`, "body.name");
    }
    throw error;
  };
}
