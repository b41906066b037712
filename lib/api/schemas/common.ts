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
      // WHATWG URLs allow odd host characters (quotes, %); a node's host is a DNS name or an IP.
      const host = /^([A-Za-z0-9-]+\.)*[A-Za-z0-9-]+\.?$|^\[[0-9A-Fa-f:.]+\]$/.test(url.hostname);
      return (url.protocol === "http:" || url.protocol === "https:") && host && !url.username && !url.password;
    } catch {
      return false;
    }
  }, "must be an http:// or https:// URL with a valid host and no user or password in it");

export const isoDateSchema = z.iso.datetime({ offset: true }).transform((value) => new Date(value));
