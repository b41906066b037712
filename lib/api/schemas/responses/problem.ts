import { z } from "zod";

/** Every error of the API (lib/api/problems.ts). */
export const problemSchema = z
  .strictObject({
    type: z.string().describe('Always "about:blank": the status and title say what happened.'),
    title: z.string(),
    status: z.int().min(400).max(599),
    detail: z.string(),
    errors: z
      .array(z.strictObject({ field: z.string(), message: z.string() }))
      .min(1)
      .optional()
      .describe('The fields at fault, e.g. "body.name" or "query.from".'),
  })
  .describe("An error, as application/problem+json (RFC 9457).");
export type ProblemDto = z.infer<typeof problemSchema>;
