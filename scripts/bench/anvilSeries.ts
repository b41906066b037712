// Series recorded from a real Ethereum dev node (Anvil) under a changing transaction load: block
// height, cumulative transactions, transactions per block and the EIP-1559 base fee.
import { setTimeout as sleep } from "node:timers/promises";
import { rpcBatch, sendTransactionStream, startAnvil } from "../../tests/helpers/anvil.ts";
import type { BenchSeries } from "./benchSeries.ts";
import type { Point } from "../../lib/analytics/types.ts";

interface Block {
  number: string;
  baseFeePerGas?: string;
  transactions: string[];
}

/** Room for 20 transfers a block, so a burst fills blocks and the base fee climbs 12.5 % a block. */
const GAS_LIMIT = 20 * 21_000;

/**
 * Records for `seconds` (sampling once a second) while sending a quiet, then a heavy, then a
 * moderate load. Throws when Anvil cannot start; the caller reports that and goes on without.
 */
export async function recordAnvilSeries(seconds: number): Promise<BenchSeries[]> {
  const anvil = await startAnvil(["--gas-limit", String(GAS_LIMIT)]);
  try {
    const phase = seconds / 3;
    const load = (async () => {
      for (const perSecond of [4, 30, 12]) {
        await sendTransactionStream(anvil.url, { durationMs: phase * 1000, perSecond });
      }
    })();
    const recorded = await sample(anvil.url, seconds * 1000);
    await load;
    const series = (name: string, points: Point[], horizonSeconds: number): BenchSeries => ({
      name: `anvil: ${name}`,
      points,
      horizonSeconds,
      nonNegative: true,
    });
    return [
      series("block height", recorded.height, 5),
      series("cumulative transactions", recorded.transactions, 5),
      series("transactions per block", recorded.perBlock, 3),
      series("base fee (gwei)", recorded.baseFee, 3),
    ];
  } finally {
    await anvil.stop();
  }
}

/** Once a second: the newest block, plus any blocks skipped since, so no transaction goes uncounted. */
async function sample(url: string, durationMs: number) {
  const recorded = {
    height: [] as Point[],
    transactions: [] as Point[],
    perBlock: [] as Point[],
    baseFee: [] as Point[],
  };
  const [first] = await rpcBatch<Block>(url, [{ method: "eth_getBlockByNumber", params: ["latest", false] }]);
  let seen = Number(first!.number);
  let total = 0;
  const end = Date.now() + durationMs;
  while (Date.now() < end) {
    await sleep(1000);
    const [latest] = await rpcBatch<Block>(url, [{ method: "eth_getBlockByNumber", params: ["latest", false] }]);
    const height = Number(latest!.number);
    const skipped = Array.from({ length: Math.max(0, height - seen - 1) }, (_, index) => seen + 1 + index);
    const between = await rpcBatch<Block>(
      url,
      skipped.map((number) => ({ method: "eth_getBlockByNumber", params: [`0x${number.toString(16)}`, false] })),
    );
    if (height > seen) total += [...between, latest!].reduce((sum, block) => sum + block.transactions.length, 0);
    seen = Math.max(seen, height);
    const time = new Date();
    recorded.height.push({ time, value: height });
    recorded.transactions.push({ time, value: total });
    recorded.perBlock.push({ time, value: latest!.transactions.length });
    recorded.baseFee.push({ time, value: Number(BigInt(latest!.baseFeePerGas ?? "0x0")) / 1e9 });
  }
  return recorded;
}
