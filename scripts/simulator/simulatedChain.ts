import { createHash } from "node:crypto";
import { mulberry32 } from "./seededRandom.ts";

// A chain for the demo and tests: blocks appear as time passes (computed lazily on read),
// with load that drifts over minutes, so charts move the way a real network's do.

export interface SimulatedBlock {
  height: number;
  hash: string;
  timestamp: number; // seconds since the epoch
  txCount: number;
}

export interface SimulatedChainOptions {
  id: string;
  blockTimeSeconds: number;
  baseTps: number;
  seed?: number;
  startHeight?: number;
}

const KEEP_BLOCKS = 200;

export class SimulatedChain {
  readonly id: string;
  readonly blockTimeSeconds: number;
  private readonly baseTps: number;
  private random: () => number;
  private readonly blocks: SimulatedBlock[] = [];
  private stopped = false;

  constructor(options: SimulatedChainOptions, now = Date.now() / 1000) {
    this.id = options.id;
    this.blockTimeSeconds = options.blockTimeSeconds;
    this.baseTps = options.baseTps;
    this.random = mulberry32(options.seed ?? hashSeed(options.id));
    // The chain already has a recent history when a node first serves it.
    const history = 60 * this.blockTimeSeconds;
    this.blocks.push(this.makeBlock(options.startHeight ?? 1000, now - history));
    this.advance(now);
  }

  /** Stops block production (a stalled chain); reads keep answering with the last head. */
  stall(stopped = true): void {
    this.stopped = stopped;
  }

  head(now = Date.now() / 1000): SimulatedBlock {
    this.advance(now);
    return this.blocks[this.blocks.length - 1]!;
  }

  recent(count: number, now = Date.now() / 1000): SimulatedBlock[] {
    this.advance(now);
    return this.blocks.slice(-count);
  }

  /** A slow wave in load, between 0.5x and 1.5x of the base rate over about ten minutes. */
  loadFactor(timestamp: number): number {
    return 1 + 0.5 * Math.sin((timestamp / 600) * 2 * Math.PI + hashSeed(this.id));
  }

  private advance(now: number): void {
    if (this.stopped) return;
    for (;;) {
      const last = this.blocks[this.blocks.length - 1]!;
      const gap = this.blockTimeSeconds * (0.8 + 0.4 * this.random());
      if (last.timestamp + gap > now) break;
      this.blocks.push(this.makeBlock(last.height + 1, last.timestamp + gap));
      if (this.blocks.length > KEEP_BLOCKS) this.blocks.shift();
    }
  }

  private makeBlock(height: number, timestamp: number): SimulatedBlock {
    const expected = this.baseTps * this.blockTimeSeconds * this.loadFactor(timestamp);
    const txCount = Math.max(0, Math.round(expected * (0.7 + 0.6 * this.random())));
    const hash = `0x${createHash("sha256").update(`${this.id}:${height}`).digest("hex")}`;
    return { height, hash, timestamp: Math.round(timestamp * 1000) / 1000, txCount };
  }
}

function hashSeed(text: string): number {
  return createHash("sha256").update(text).digest().readUInt32LE(0);
}
