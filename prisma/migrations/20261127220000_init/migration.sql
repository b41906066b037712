-- CreateEnum
CREATE TYPE "NodeProtocol" AS ENUM ('aitbc', 'evm', 'bitcoin');

-- CreateEnum
CREATE TYPE "NodeStatus" AS ENUM ('unknown', 'up', 'degraded', 'down');

-- CreateEnum
CREATE TYPE "CollectionOutcome" AS ENUM ('ok', 'partial', 'failed');

-- CreateTable
CREATE TABLE "nodes" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "protocol" "NodeProtocol" NOT NULL,
    "credentials" TEXT,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "interval_seconds" INTEGER NOT NULL DEFAULT 15,
    "timeout_ms" INTEGER NOT NULL DEFAULT 5000,
    "status" "NodeStatus" NOT NULL DEFAULT 'unknown',
    "consecutive_failures" INTEGER NOT NULL DEFAULT 0,
    "last_scrape_at" TIMESTAMPTZ(3),
    "last_scrape_ms" INTEGER,
    "last_error" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "nodes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "chains" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "type" TEXT,
    "status" TEXT NOT NULL DEFAULT 'active',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "chains_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "node_chains" (
    "node_id" UUID NOT NULL,
    "chain_id" TEXT NOT NULL,
    "first_seen_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_seen_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "head_height" BIGINT,
    "head_timestamp" TIMESTAMPTZ(3),
    "head_tx_count" INTEGER,
    "lag_blocks" BIGINT,

    CONSTRAINT "node_chains_pkey" PRIMARY KEY ("node_id","chain_id")
);

-- CreateTable
CREATE TABLE "metric_samples" (
    "id" BIGSERIAL NOT NULL,
    "chain_id" TEXT NOT NULL,
    "node_id" UUID NOT NULL,
    "time" TIMESTAMPTZ(3) NOT NULL,
    "block_height" BIGINT,
    "tps" DOUBLE PRECISION,
    "avg_block_time" DOUBLE PRECISION,
    "gas_price" DECIMAL(78,0),
    "memory_usage_mb" DOUBLE PRECISION,
    "disk_usage_mb" DOUBLE PRECISION,
    "active_nodes" INTEGER,
    "client_count" INTEGER,
    "miner_count" INTEGER,
    "agent_count" INTEGER,
    "network_in_mb" DOUBLE PRECISION,
    "network_out_mb" DOUBLE PRECISION,

    CONSTRAINT "metric_samples_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "collection_runs" (
    "id" BIGSERIAL NOT NULL,
    "node_id" UUID NOT NULL,
    "started_at" TIMESTAMPTZ(3) NOT NULL,
    "duration_ms" INTEGER NOT NULL,
    "outcome" "CollectionOutcome" NOT NULL,
    "error" TEXT,
    "samples_written" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "collection_runs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "settings" (
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "settings_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "nodes_name_key" ON "nodes"("name");

-- CreateIndex
CREATE INDEX "node_chains_chain_id_idx" ON "node_chains"("chain_id");

-- CreateIndex
CREATE INDEX "metric_samples_chain_id_time_idx" ON "metric_samples"("chain_id", "time");

-- CreateIndex
CREATE INDEX "metric_samples_node_id_time_idx" ON "metric_samples"("node_id", "time");

-- CreateIndex
CREATE INDEX "collection_runs_node_id_started_at_idx" ON "collection_runs"("node_id", "started_at");

-- AddForeignKey
ALTER TABLE "node_chains" ADD CONSTRAINT "node_chains_node_id_fkey" FOREIGN KEY ("node_id") REFERENCES "nodes"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "node_chains" ADD CONSTRAINT "node_chains_chain_id_fkey" FOREIGN KEY ("chain_id") REFERENCES "chains"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "metric_samples" ADD CONSTRAINT "metric_samples_chain_id_fkey" FOREIGN KEY ("chain_id") REFERENCES "chains"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "metric_samples" ADD CONSTRAINT "metric_samples_node_id_fkey" FOREIGN KEY ("node_id") REFERENCES "nodes"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "collection_runs" ADD CONSTRAINT "collection_runs_node_id_fkey" FOREIGN KEY ("node_id") REFERENCES "nodes"("id") ON DELETE CASCADE ON UPDATE CASCADE;
