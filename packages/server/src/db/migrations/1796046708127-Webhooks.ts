import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Webhooks1796046708127 implements MigrationInterface {
  name = 'Webhooks1796046708127';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "webhooks" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "url" text NOT NULL, "events" text array NOT NULL, "secret" text NOT NULL, "enabled" boolean NOT NULL DEFAULT true, "disabled_reason" text, "consecutive_failures" integer NOT NULL DEFAULT '0', "created_by_user_id" uuid, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_webhooks_events" CHECK ("events" <@ ARRAY['RESOURCE_REQUEST_CREATED', 'RESOURCE_REQUEST_APPROVED', 'RESOURCE_REQUEST_DECLINED', 'RESOURCE_REQUEST_WITHDRAWN', 'RESOURCE_REQUEST_FULFILLED', 'RESOURCE_REQUEST_REVOKED', 'SPONSOR_LINK_PROPOSED', 'SPONSOR_LINK_CONFIRMED', 'SPONSOR_LINK_DECLINED', 'SPONSOR_LINK_ENDED', 'PROJECT_PUBLISHED']::text[] AND cardinality("events") > 0), CONSTRAINT "PK_9e8795cfc899ab7bdaa831e8527" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_webhooks_organization_id" ON "webhooks"  ("organization_id") `);
    await queryRunner.query(
      `CREATE TABLE "webhook_deliveries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "webhook_id" uuid NOT NULL, "event" text NOT NULL, "payload" jsonb NOT NULL, "status" text NOT NULL DEFAULT 'PENDING', "attempts" integer NOT NULL DEFAULT '0', "last_status_code" integer, "last_error" text, "job_id" uuid, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "last_attempt_at" TIMESTAMP(3) WITH TIME ZONE, "delivered_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "ck_webhook_deliveries_status" CHECK ("status" IN ('PENDING', 'DELIVERED', 'FAILED')), CONSTRAINT "PK_535dd409947fb6d8fc6dfc0112a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_webhook_deliveries_unqueued" ON "webhook_deliveries"  ("created_at") WHERE "job_id" IS NULL AND "status" = 'PENDING'`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_webhook_deliveries_webhook_created_at" ON "webhook_deliveries"  ("webhook_id", "created_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "webhooks" ADD CONSTRAINT "fk_webhooks_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "fk_webhook_deliveries_webhook" FOREIGN KEY ("webhook_id") REFERENCES "webhooks"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "webhook_deliveries" DROP CONSTRAINT "fk_webhook_deliveries_webhook"`);
    await queryRunner.query(`ALTER TABLE "webhooks" DROP CONSTRAINT "fk_webhooks_organization"`);
    await queryRunner.query(`DROP INDEX "public"."ix_webhook_deliveries_webhook_created_at"`);
    await queryRunner.query(`DROP INDEX "public"."ix_webhook_deliveries_unqueued"`);
    await queryRunner.query(`DROP TABLE "webhook_deliveries"`);
    await queryRunner.query(`DROP INDEX "public"."ix_webhooks_organization_id"`);
    await queryRunner.query(`DROP TABLE "webhooks"`);
  }
}
