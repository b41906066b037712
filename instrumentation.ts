export async function register() {
  // Only the Node.js server runs the database and the collector (not the edge runtime).
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startChainPulse } = await import("./lib/startup.ts");
  await startChainPulse();
}
