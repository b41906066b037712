import { z } from "zod";

/** What an operator may change on a chain found from its nodes: the name shown everywhere. */
export const updateChainInputSchema = z.strictObject({
  name: z.string().trim().min(1, "is required").max(100),
});
export type UpdateChainInput = z.infer<typeof updateChainInputSchema>;
