-- AlterTable
ALTER TABLE "metric_samples" ADD COLUMN "peer_count" INTEGER,
ADD COLUMN "base_fee" DECIMAL(78,0),
ADD COLUMN "gas_used_ratio" DOUBLE PRECISION,
ADD COLUMN "mempool_size" INTEGER,
ADD COLUMN "mempool_bytes" BIGINT,
ADD COLUMN "syncing" BOOLEAN,
ADD COLUMN "sync_progress" DOUBLE PRECISION;

-- AlterTable
ALTER TABLE "nodes" ADD COLUMN "client_version" TEXT,
ADD COLUMN "next_due_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN "claimed_by" TEXT;

-- CreateIndex
CREATE INDEX "nodes_enabled_next_due_at_idx" ON "nodes"("enabled", "next_due_at");
