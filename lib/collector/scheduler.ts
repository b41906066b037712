import { errorMessage } from "../errorMessage.ts";
import type { Db } from "../db/createPrismaClient.ts";
import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import { Prisma } from "../db/generated/client.ts";
import { claimDueNodes } from "../db/queries/nodes/claimDueNodes.ts";
import { listCollectableNodes, type CollectableNode } from "../db/queries/nodes/listCollectableNodes.ts";
import { spreadOverdueNodes } from "../db/queries/nodes/spreadOverdueNodes.ts";
import { collectNode, type CollectionResult } from "./collectNode.ts";

/** Prisma's "record not found" and "foreign key violated": the row was deleted meanwhile. */
function isRemovedRecord(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && (error.code === "P2025" || error.code === "P2003");
}

export interface SchedulerOptions {
  concurrency: number;
  tickMs?: number;
  log?: (message: string) => void;
}

/**
 * Collects every enabled node when it is due, at most `concurrency` at once and never
 * the same node twice at once. Due nodes are claimed through Postgres (claimDueNodes), so
 * several processes on one database share the work. `collectNow` shares the in-process
 * guard, so a button press during a scheduled collection waits for it instead of starting a second.
 */
export class Scheduler {
  private readonly inFlight = new Map<string, Promise<CollectionResult>>();
  private timer: NodeJS.Timeout | undefined;
  private ticking = false;
  private active = 0;
  private readonly waiting: (() => void)[] = [];
  lastTickAt: Date | null = null;
  /** Names this process in claims, for operators reading the nodes table. */
  readonly owner = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

  constructor(
    private readonly db: Db,
    private readonly options: SchedulerOptions,
  ) {}

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.tick(), this.options.tickMs ?? 500);
    this.timer.unref();
    void spreadOverdueNodes(this.db)
      .catch((error: unknown) => this.options.log?.(`spreading overdue nodes failed: ${errorMessage(error)}`))
      .then(() => this.tick());
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  get running(): boolean {
    return this.timer !== undefined;
  }

  /** Collects the given nodes (default: all enabled) now and returns their results. */
  async collectNow(ids?: string[]): Promise<CollectionResult[]> {
    const nodes = await listCollectableNodes(this.db, ids);
    return this.runAll(nodes);
  }

  async tick(): Promise<void> {
    if (this.ticking) return;
    this.ticking = true;
    try {
      this.lastTickAt = new Date();
      const free = this.options.concurrency - this.active - this.waiting.length;
      if (free <= 0) return;
      const ids = await claimDueNodes(this.db, this.owner, free);
      if (ids.length > 0) void this.runAll(await listCollectableNodes(this.db, ids));
    } catch (error) {
      this.options.log?.(`collector tick failed: ${errorMessage(error)}`);
    } finally {
      this.ticking = false;
    }
  }

  private runAll(nodes: CollectableNode[]): Promise<CollectionResult[]> {
    return Promise.all(nodes.map((node) => this.collectOnce(node)));
  }

  private collectOnce(node: CollectableNode): Promise<CollectionResult> {
    const existing = this.inFlight.get(node.id);
    if (existing) return existing;
    const run = this.withSlot(() => collectNode(this.db, node))
      .catch((error: unknown): CollectionResult => {
        // Only our own storage can fail here; the node's faults are recorded inside collectNode.
        // A node removed while it was being collected has nothing left to store into: not an error.
        if (!isRemovedRecord(error))
          this.options.log?.(`storing collection of ${node.name} failed: ${errorMessage(error)}`);
        return {
          nodeId: node.id,
          nodeName: node.name,
          outcome: "failed",
          durationMs: 0,
          chains: [],
          error: errorMessage(error),
        };
      })
      .finally(() => this.inFlight.delete(node.id));
    this.inFlight.set(node.id, run);
    return run;
  }

  /** Bounds concurrent collections across ticks and on-demand runs alike. */
  private async withSlot<T>(work: () => Promise<T>): Promise<T> {
    if (this.active >= this.options.concurrency) {
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
    this.active += 1;
    try {
      return await work();
    } finally {
      this.active -= 1;
      this.waiting.shift()?.();
    }
  }
}
