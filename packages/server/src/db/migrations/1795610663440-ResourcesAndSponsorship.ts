import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ResourcesAndSponsorship1795610663440 implements MigrationInterface {
  name = 'ResourcesAndSponsorship1795610663440';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "resource_offers" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_by_user_id" uuid, "category" text NOT NULL, "title" text NOT NULL, "description" text NOT NULL DEFAULT '', "details" jsonb NOT NULL, "unit" text NOT NULL, "total" integer NOT NULL, "granted" integer NOT NULL DEFAULT '0', "max_per_project" integer, "opens_at" TIMESTAMP(3) WITH TIME ZONE, "closes_at" TIMESTAMP(3) WITH TIME ZONE, "eligible_cause_areas" text array NOT NULL DEFAULT '{}', "eligible_stages" text array NOT NULL DEFAULT '{}', "osi_license_required" boolean NOT NULL DEFAULT false, "attribution" text NOT NULL DEFAULT '', "status" text NOT NULL DEFAULT 'DRAFT', "is_demo" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_resource_offers_eligible_stages" CHECK ("eligible_stages" <@ ARRAY['IDEA', 'PROTOTYPE', 'INCUBATING', 'ACTIVE', 'MAINTAINED', 'ARCHIVED']::text[]), CONSTRAINT "ck_resource_offers_eligible_cause_areas" CHECK ("eligible_cause_areas" <@ ARRAY['ACCESSIBILITY', 'GENDER_EQUALITY', 'MENTAL_HEALTH', 'ELDERLY_CARE', 'CHILDREN_AND_EDUCATION', 'ENVIRONMENT', 'DISASTER_RELIEF', 'PUBLIC_HEALTH', 'RURAL_DEVELOPMENT', 'OTHER']::text[]), CONSTRAINT "ck_resource_offers_details" CHECK (jsonb_typeof("details") = 'object' AND "details"->>'category' = "category"), CONSTRAINT "ck_resource_offers_window" CHECK ("closes_at" IS NULL OR "opens_at" IS NULL OR "closes_at" > "opens_at"), CONSTRAINT "ck_resource_offers_max_per_project" CHECK ("max_per_project" IS NULL OR "max_per_project" > 0), CONSTRAINT "ck_resource_offers_granted" CHECK ("granted" >= 0 AND "granted" <= "total"), CONSTRAINT "ck_resource_offers_total" CHECK ("total" > 0), CONSTRAINT "ck_resource_offers_status" CHECK ("status" IN ('DRAFT', 'OPEN', 'PAUSED', 'CLOSED')), CONSTRAINT "ck_resource_offers_category" CHECK ("category" IN ('COMPUTE', 'SERVER', 'DATA', 'PROMOTION')), CONSTRAINT "PK_523f4de222e946edd66487335fe" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_resource_offers_category" ON "resource_offers"  ("category") `);
    await queryRunner.query(
      `CREATE INDEX "ix_resource_offers_status_created_at_id" ON "resource_offers"  ("status", "created_at", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_resource_offers_organization_id" ON "resource_offers"  ("organization_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "resource_requests" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "offer_id" uuid NOT NULL, "project_id" uuid NOT NULL, "requested_by_user_id" uuid, "quantity" integer NOT NULL, "approved_quantity" integer, "status" text NOT NULL DEFAULT 'PENDING', "justification" text NOT NULL, "decision_note" text, "fulfillment_note" text, "decided_by_user_id" uuid, "decided_at" TIMESTAMP(3) WITH TIME ZONE, "fulfilled_at" TIMESTAMP(3) WITH TIME ZONE, "closed_at" TIMESTAMP(3) WITH TIME ZONE, "sponsor_link_id" uuid, "is_demo" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_resource_requests_granted_has_quantity" CHECK ("status" NOT IN ('APPROVED', 'FULFILLED') OR "approved_quantity" IS NOT NULL), CONSTRAINT "ck_resource_requests_approved_quantity" CHECK ("approved_quantity" IS NULL OR ("approved_quantity" > 0 AND "approved_quantity" <= "quantity")), CONSTRAINT "ck_resource_requests_quantity" CHECK ("quantity" > 0), CONSTRAINT "ck_resource_requests_status" CHECK ("status" IN ('PENDING', 'APPROVED', 'FULFILLED', 'DECLINED', 'WITHDRAWN', 'REVOKED')), CONSTRAINT "PK_6a6bd0748bed5f2ee77983c1530" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_resource_requests_pending" ON "resource_requests"  ("offer_id", "project_id") WHERE "status" = 'PENDING'`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_resource_requests_sponsor_link_id" ON "resource_requests"  ("sponsor_link_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_resource_requests_created_at_id" ON "resource_requests"  ("created_at", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_resource_requests_project_status" ON "resource_requests"  ("project_id", "status") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_resource_requests_offer_status" ON "resource_requests"  ("offer_id", "status") `,
    );
    await queryRunner.query(`ALTER TABLE "sponsor_links" ADD "proposed_by_user_id" uuid`);
    await queryRunner.query(`ALTER TABLE "sponsor_links" ADD "responded_at" TIMESTAMP(3) WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "sponsor_links" ADD "ended_at" TIMESTAMP(3) WITH TIME ZONE`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_sponsor_links_live" ON "sponsor_links"  ("organization_id", "project_id", "role") WHERE "status" IN ('PROPOSED', 'CONFIRMED')`,
    );
    await queryRunner.query(`CREATE INDEX "ix_sponsor_links_created_at_id" ON "sponsor_links"  ("created_at", "id") `);
    await queryRunner.query(
      `ALTER TABLE "resource_offers" ADD CONSTRAINT "fk_resource_offers_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "resource_offers" ADD CONSTRAINT "fk_resource_offers_created_by_user" FOREIGN KEY ("created_by_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "sponsor_links" ADD CONSTRAINT "fk_sponsor_links_proposed_by_user" FOREIGN KEY ("proposed_by_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "resource_requests" ADD CONSTRAINT "fk_resource_requests_offer" FOREIGN KEY ("offer_id") REFERENCES "resource_offers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "resource_requests" ADD CONSTRAINT "fk_resource_requests_project" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "resource_requests" ADD CONSTRAINT "fk_resource_requests_requested_by_user" FOREIGN KEY ("requested_by_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "resource_requests" ADD CONSTRAINT "fk_resource_requests_decided_by_user" FOREIGN KEY ("decided_by_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "resource_requests" ADD CONSTRAINT "fk_resource_requests_sponsor_link" FOREIGN KEY ("sponsor_link_id") REFERENCES "sponsor_links"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    // Written by hand: TypeORM cannot express GIN indexes or operator classes.
    await queryRunner.query(
      `CREATE INDEX "ix_resource_offers_eligible_cause_areas" ON "resource_offers" USING gin ("eligible_cause_areas")`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_resource_offers_search_trgm" ON "resource_offers" USING gin (("title" || ' ' || "description") gin_trgm_ops)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_resource_offers_search_trgm"`);
    await queryRunner.query(`DROP INDEX "public"."ix_resource_offers_eligible_cause_areas"`);
    await queryRunner.query(`ALTER TABLE "resource_requests" DROP CONSTRAINT "fk_resource_requests_sponsor_link"`);
    await queryRunner.query(`ALTER TABLE "resource_requests" DROP CONSTRAINT "fk_resource_requests_decided_by_user"`);
    await queryRunner.query(`ALTER TABLE "resource_requests" DROP CONSTRAINT "fk_resource_requests_requested_by_user"`);
    await queryRunner.query(`ALTER TABLE "resource_requests" DROP CONSTRAINT "fk_resource_requests_project"`);
    await queryRunner.query(`ALTER TABLE "resource_requests" DROP CONSTRAINT "fk_resource_requests_offer"`);
    await queryRunner.query(`ALTER TABLE "sponsor_links" DROP CONSTRAINT "fk_sponsor_links_proposed_by_user"`);
    await queryRunner.query(`ALTER TABLE "resource_offers" DROP CONSTRAINT "fk_resource_offers_created_by_user"`);
    await queryRunner.query(`ALTER TABLE "resource_offers" DROP CONSTRAINT "fk_resource_offers_organization"`);
    await queryRunner.query(`DROP INDEX "public"."ix_sponsor_links_created_at_id"`);
    await queryRunner.query(`DROP INDEX "public"."uq_sponsor_links_live"`);
    await queryRunner.query(`ALTER TABLE "sponsor_links" DROP COLUMN "ended_at"`);
    await queryRunner.query(`ALTER TABLE "sponsor_links" DROP COLUMN "responded_at"`);
    await queryRunner.query(`ALTER TABLE "sponsor_links" DROP COLUMN "proposed_by_user_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_resource_requests_offer_status"`);
    await queryRunner.query(`DROP INDEX "public"."ix_resource_requests_project_status"`);
    await queryRunner.query(`DROP INDEX "public"."ix_resource_requests_created_at_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_resource_requests_sponsor_link_id"`);
    await queryRunner.query(`DROP INDEX "public"."uq_resource_requests_pending"`);
    await queryRunner.query(`DROP TABLE "resource_requests"`);
    await queryRunner.query(`DROP INDEX "public"."ix_resource_offers_organization_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_resource_offers_status_created_at_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_resource_offers_category"`);
    await queryRunner.query(`DROP TABLE "resource_offers"`);
  }
}
