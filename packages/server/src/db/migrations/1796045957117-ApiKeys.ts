import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ApiKeys1796045957117 implements MigrationInterface {
  name = 'ApiKeys1796045957117';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "api_keys" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "name" text NOT NULL, "prefix" text NOT NULL, "secret_hash" text NOT NULL, "scopes" text array NOT NULL, "created_by_user_id" uuid, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP(3) WITH TIME ZONE, "last_used_at" TIMESTAMP(3) WITH TIME ZONE, "revoked_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "uq_api_keys_secret_hash" UNIQUE ("secret_hash"), CONSTRAINT "ck_api_keys_name" CHECK (length("name") BETWEEN 1 AND 80), CONSTRAINT "ck_api_keys_scopes" CHECK ("scopes" <@ ARRAY['READ', 'WRITE']::text[] AND 'READ' = ANY("scopes")), CONSTRAINT "PK_5c8a79801b44bd27b79228e1dad" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_api_keys_organization_id" ON "api_keys"  ("organization_id") `);
    await queryRunner.query(`ALTER TABLE "users" ADD "service_organization_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "users" ADD CONSTRAINT "UQ_18c644744d090e9828046d034d7" UNIQUE ("service_organization_id")`,
    );
    await queryRunner.query(
      `ALTER TABLE "users" ADD CONSTRAINT "fk_users_service_organization" FOREIGN KEY ("service_organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "api_keys" ADD CONSTRAINT "fk_api_keys_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "api_keys" ADD CONSTRAINT "fk_api_keys_created_by" FOREIGN KEY ("created_by_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "api_keys" DROP CONSTRAINT "fk_api_keys_created_by"`);
    await queryRunner.query(`ALTER TABLE "api_keys" DROP CONSTRAINT "fk_api_keys_organization"`);
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "fk_users_service_organization"`);
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "UQ_18c644744d090e9828046d034d7"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "service_organization_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_api_keys_organization_id"`);
    await queryRunner.query(`DROP TABLE "api_keys"`);
  }
}
