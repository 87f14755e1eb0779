import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Ideas1796052353514 implements MigrationInterface {
  name = 'Ideas1796052353514';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "idea_interests" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "project_id" uuid NOT NULL, "user_id" uuid NOT NULL, "role" text NOT NULL, "note" text NOT NULL DEFAULT '', "is_demo" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_idea_interests_role" CHECK ("role" IN ('VOLUNTEER', 'MAINTAINER', 'BENEFICIARY')), CONSTRAINT "PK_f74513442acb81177e5d9d063a8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_idea_interests_user_id" ON "idea_interests"  ("user_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_idea_interests_person_role" ON "idea_interests"  ("project_id", "user_id", "role") `,
    );
    await queryRunner.query(`ALTER TABLE "projects" ADD "proposed_by_id" uuid`);
    await queryRunner.query(`ALTER TABLE "projects" ADD "interest_count" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`CREATE INDEX "ix_projects_interest_count_id" ON "projects"  ("interest_count", "id") `);
    await queryRunner.query(`CREATE INDEX "ix_projects_proposed_by_id" ON "projects"  ("proposed_by_id") `);
    await queryRunner.query(
      `ALTER TABLE "projects" ADD CONSTRAINT "ck_projects_interest_count" CHECK ("interest_count" >= 0)`,
    );
    await queryRunner.query(
      `ALTER TABLE "projects" ADD CONSTRAINT "fk_projects_proposed_by" FOREIGN KEY ("proposed_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "idea_interests" ADD CONSTRAINT "fk_idea_interests_project" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "idea_interests" ADD CONSTRAINT "fk_idea_interests_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "idea_interests" DROP CONSTRAINT "fk_idea_interests_user"`);
    await queryRunner.query(`ALTER TABLE "idea_interests" DROP CONSTRAINT "fk_idea_interests_project"`);
    await queryRunner.query(`ALTER TABLE "projects" DROP CONSTRAINT "fk_projects_proposed_by"`);
    await queryRunner.query(`ALTER TABLE "projects" DROP CONSTRAINT "ck_projects_interest_count"`);
    await queryRunner.query(`DROP INDEX "public"."ix_projects_proposed_by_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_projects_interest_count_id"`);
    await queryRunner.query(`ALTER TABLE "projects" DROP COLUMN "interest_count"`);
    await queryRunner.query(`ALTER TABLE "projects" DROP COLUMN "proposed_by_id"`);
    await queryRunner.query(`DROP INDEX "public"."uq_idea_interests_person_role"`);
    await queryRunner.query(`DROP INDEX "public"."ix_idea_interests_user_id"`);
    await queryRunner.query(`DROP TABLE "idea_interests"`);
  }
}
