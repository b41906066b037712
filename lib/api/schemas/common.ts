import { z } from "zod";

export const chainIdSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/, "must be a chain id");

/** Node and webhook URLs: http(s) only, and no credentials inside the URL (they go in their own field). */
export const httpUrlSchema = z
  .string()
  .trim()
  .max(2048)
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === "http:" || url.protocol === "https:") && !url.username && !url.password;
    } catch {
      return false;
    }
  }, "must be an http:// or https:// URL without a user or password in it");

export const isoDateSchema = z.iso.datetime({ offset: true }).transform((value) => new Date(value));
