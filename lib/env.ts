import { z } from "zod";

// Every variable ChainPulse reads, validated once with a message per bad value.
const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// URL")
    .optional(),
  CHAINPULSE_DATA_DIR: z.string().min(1).default("./.data"),
  CHAINPULSE_ADMIN_TOKEN: z.string().min(16, "must be at least 16 characters").optional(),
  CHAINPULSE_READ_TOKEN: z.string().min(16, "must be at least 16 characters").optional(),
  CHAINPULSE_PUBLIC_READ: z.enum(["true", "false"]).default("false"),
  CHAINPULSE_SECURE_COOKIES: z.enum(["true", "false"]).default("false"),
  CHAINPULSE_COLLECTOR: z.enum(["on", "off"]).default("on"),
  CHAINPULSE_COLLECT_CONCURRENCY: z.coerce.number().int().min(1).max(256).default(8),
  CHAINPULSE_ALERT_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
});

export type Env = z.infer<typeof envSchema>;

export function parseEnv(source: Record<string, string | undefined>): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value !== ""));
  const result = envSchema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  return result.data;
}

let cached: Env | undefined;

export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
