import { readdirSync, statSync } from "node:fs";
import path from "node:path";

export type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

export const SAMPLE_UUID = "00000000-0000-4000-8000-000000000000";

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? routeFiles(full) : name === "route.ts" ? [full] : [];
  });
}

/**
 * Every route handler file of the app with its URL path and sample path parameters (chain "c",
 * any other id a fixed UUID), so tests can call each route without a list that drifts.
 */
export function allRoutes(): { file: string; urlPath: string; params: Record<string, string> }[] {
  return [...routeFiles("app/api"), ...routeFiles("app/metrics")].map((file) => {
    const urlPath = `/${path.dirname(path.relative("app", file)).split(path.sep).join("/")}`;
    const params = Object.fromEntries(
      [...urlPath.matchAll(/\[(\w+)\]/g)].map(([, name]) => [name!, name === "chainId" ? "c" : SAMPLE_UUID]),
    );
    return { file, urlPath, params };
  });
}
