import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Rate-limit counters shared by every Goodlink process on this database (see src/http/rate-limit.ts). */
export class RateLimits1795700000000 implements MigrationInterface {
  name = 'RateLimits1795700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE UNLOGGED TABLE "rate_limit_buckets" ("key" text NOT NULL, "hits" integer NOT NULL, "resets_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "pk_rate_limit_buckets" PRIMARY KEY ("key"))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "rate_limit_buckets"`);
  }
}
