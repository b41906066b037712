-- CreateEnum
CREATE TYPE "Severity" AS ENUM ('info', 'warning', 'critical');

-- CreateEnum
CREATE TYPE "AlertState" AS ENUM ('pending', 'firing', 'resolved');

-- CreateEnum
CREATE TYPE "Comparison" AS ENUM ('lt', 'lte', 'gt', 'gte');

-- CreateEnum
CREATE TYPE "ChannelKind" AS ENUM ('generic', 'slack', 'discord');

-- CreateEnum
CREATE TYPE "DeliveryStatus" AS ENUM ('pending', 'sent', 'failed');

-- AlterTable
ALTER TABLE "metric_samples" ADD COLUMN "memory_total_mb" DOUBLE PRECISION,
ADD COLUMN "disk_total_mb" DOUBLE PRECISION;

-- AlterTable
ALTER TABLE "chains" ADD COLUMN "head_height" BIGINT,
ADD COLUMN "head_advanced_at" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "alert_rules" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" TEXT NOT NULL,
    "metric" TEXT NOT NULL,
    "comparison" "Comparison" NOT NULL,
    "threshold" DOUBLE PRECISION,
    "severity" "Severity" NOT NULL,
    "for_seconds" INTEGER NOT NULL DEFAULT 0,
    "scope_chain_id" TEXT,
    "scope_node_id" UUID,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "description" TEXT NOT NULL DEFAULT '',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "alert_rules_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "alerts" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "rule_id" UUID NOT NULL,
    "chain_id" TEXT NOT NULL,
    "node_id" UUID,
    "open_key" TEXT,
    "state" "AlertState" NOT NULL,
    "severity" "Severity" NOT NULL,
    "message" TEXT NOT NULL,
    "value" DOUBLE PRECISION,
    "threshold" DOUBLE PRECISION,
    "started_at" TIMESTAMPTZ(3) NOT NULL,
    "fired_at" TIMESTAMPTZ(3),
    "resolved_at" TIMESTAMPTZ(3),
    "last_evaluated_at" TIMESTAMPTZ(3) NOT NULL,
    "acknowledged_at" TIMESTAMPTZ(3),
    "acknowledged_by" TEXT,
    "silenced_until" TIMESTAMPTZ(3),
    "silence_reason" TEXT,
    "last_notified_at" TIMESTAMPTZ(3),

    CONSTRAINT "alerts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "health_scores" (
    "id" BIGSERIAL NOT NULL,
    "chain_id" TEXT NOT NULL,
    "time" TIMESTAMPTZ(3) NOT NULL,
    "score" DOUBLE PRECISION,
    "health_class" TEXT,
    "breakdown" JSONB NOT NULL,

    CONSTRAINT "health_scores_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "predictions" (
    "id" BIGSERIAL NOT NULL,
    "chain_id" TEXT NOT NULL,
    "node_id" UUID NOT NULL,
    "metric" TEXT NOT NULL,
    "method" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL,
    "target_time" TIMESTAMPTZ(3) NOT NULL,
    "horizon_seconds" INTEGER NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "lower" DOUBLE PRECISION NOT NULL,
    "upper" DOUBLE PRECISION NOT NULL,
    "confidence" DOUBLE PRECISION NOT NULL,
    "backtest_mape" DOUBLE PRECISION,
    "backtest_coverage" DOUBLE PRECISION,
    "actual" DOUBLE PRECISION,
    "scored_at" TIMESTAMPTZ(3),
    "abs_error" DOUBLE PRECISION,
    "pct_error" DOUBLE PRECISION,
    "inside_interval" BOOLEAN,

    CONSTRAINT "predictions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "notification_channels" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" TEXT NOT NULL,
    "kind" "ChannelKind" NOT NULL,
    "url" TEXT NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "repeat_interval_seconds" INTEGER NOT NULL DEFAULT 14400,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "notification_channels_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "notification_deliveries" (
    "id" BIGSERIAL NOT NULL,
    "channel_id" UUID NOT NULL,
    "alert_id" UUID,
    "event" TEXT NOT NULL,
    "status" "DeliveryStatus" NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "next_attempt_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_error" TEXT,
    "response_status" INTEGER,
    "payload" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sent_at" TIMESTAMPTZ(3),

    CONSTRAINT "notification_deliveries_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "alerts_open_key_key" ON "alerts"("open_key");

-- CreateIndex
CREATE INDEX "alerts_state_started_at_idx" ON "alerts"("state", "started_at");

-- CreateIndex
CREATE INDEX "alerts_chain_id_started_at_idx" ON "alerts"("chain_id", "started_at");

-- CreateIndex
CREATE INDEX "health_scores_chain_id_time_idx" ON "health_scores"("chain_id", "time");

-- CreateIndex
CREATE INDEX "predictions_chain_id_metric_created_at_idx" ON "predictions"("chain_id", "metric", "created_at");

-- CreateIndex
CREATE INDEX "predictions_scored_at_target_time_idx" ON "predictions"("scored_at", "target_time");

-- CreateIndex
CREATE UNIQUE INDEX "notification_channels_name_key" ON "notification_channels"("name");

-- CreateIndex
CREATE INDEX "notification_deliveries_status_next_attempt_at_idx" ON "notification_deliveries"("status", "next_attempt_at");

-- CreateIndex
CREATE INDEX "notification_deliveries_channel_id_created_at_idx" ON "notification_deliveries"("channel_id", "created_at");

-- AddForeignKey
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_rule_id_fkey" FOREIGN KEY ("rule_id") REFERENCES "alert_rules"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notification_deliveries" ADD CONSTRAINT "notification_deliveries_channel_id_fkey" FOREIGN KEY ("channel_id") REFERENCES "notification_channels"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notification_deliveries" ADD CONSTRAINT "notification_deliveries_alert_id_fkey" FOREIGN KEY ("alert_id") REFERENCES "alerts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Default alert rules: the reference system's four, its four unused thresholds made live, and
-- node_down, node_lagging and chain_stalled. Operators edit or disable them; they are not special.
INSERT INTO "alert_rules" ("name", "metric", "comparison", "threshold", "severity", "for_seconds", "description") VALUES
  ('tps_low', 'tps', 'lt', 1.0, 'warning', 60, 'Transactions per second below 1'),
  ('block_time_high', 'avg_block_time', 'gt', 10.0, 'warning', 60, 'Average block time above 10 s'),
  ('memory_high', 'memory_usage_mb', 'gt', 2000, 'critical', 60, 'Node memory above 2000 MB'),
  ('node_count_low', 'active_nodes', 'lt', 1, 'critical', 0, 'No active nodes reported for the chain'),
  ('tps_high', 'tps', 'gt', 100, 'info', 60, 'Transactions per second above 100'),
  ('memory_usage_high', 'memory_usage_pct', 'gt', 80, 'warning', 60, 'Node memory above 80 % of its total (where the total is known)'),
  ('disk_usage_high', 'disk_usage_pct', 'gt', 85, 'warning', 60, 'Node disk above 85 % of its total (where the total is known)'),
  ('client_count_low', 'client_count', 'lt', 5, 'warning', 60, 'Fewer than 5 clients'),
  ('node_down', 'consecutive_failures', 'gte', 3, 'critical', 0, 'A node failed 3 collections in a row'),
  ('node_lagging', 'lag_blocks', 'gt', 10, 'warning', 60, 'A node is more than 10 blocks behind the chain head'),
  ('chain_stalled', 'head_stall_seconds', 'gt', NULL, 'critical', 0, 'The chain head has not advanced for 3 x the expected block time (at least 60 s)');
