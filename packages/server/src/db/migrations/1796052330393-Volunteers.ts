import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Volunteers1796052330393 implements MigrationInterface {
  name = 'Volunteers1796052330393';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "milestones" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "project_id" uuid NOT NULL, "title" text NOT NULL, "description" text NOT NULL DEFAULT '', "due_on" date, "status" text NOT NULL DEFAULT 'PLANNED', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_milestones_status" CHECK ("status" IN ('PLANNED', 'IN_PROGRESS', 'DONE', 'CANCELLED')), CONSTRAINT "PK_0bdbfe399c777a6a8520ff902d9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_milestones_project_id" ON "milestones"  ("project_id") `);
    await queryRunner.query(
      `CREATE TABLE "volunteer_profiles" ("user_id" uuid NOT NULL, "bio" text NOT NULL DEFAULT '', "skills" text array NOT NULL DEFAULT '{}', "weekly_hours" integer NOT NULL DEFAULT '0', "cause_areas" text array NOT NULL DEFAULT '{}', "languages" text array NOT NULL DEFAULT '{}', "is_public" boolean NOT NULL DEFAULT false, "support_channels" jsonb NOT NULL DEFAULT '[]', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_volunteer_profiles_weekly_hours" CHECK ("weekly_hours" BETWEEN 0 AND 80), CONSTRAINT "ck_volunteer_profiles_cause_areas" CHECK ("cause_areas" <@ ARRAY['ACCESSIBILITY', 'GENDER_EQUALITY', 'MENTAL_HEALTH', 'ELDERLY_CARE', 'CHILDREN_AND_EDUCATION', 'ENVIRONMENT', 'DISASTER_RELIEF', 'PUBLIC_HEALTH', 'RURAL_DEVELOPMENT', 'OTHER']::text[]), CONSTRAINT "ck_volunteer_profiles_skills" CHECK ("skills" <@ ARRAY['ENGINEERING', 'AI_ML', 'DATA', 'DESIGN', 'UX_RESEARCH', 'ACCESSIBILITY_TESTING', 'PRODUCT', 'CONTENT', 'PODCAST_PRODUCTION', 'NEW_MEDIA', 'TRANSLATION', 'EVENT_OPERATIONS', 'COMMUNITY', 'LEGAL', 'FUNDRAISING']::text[]), CONSTRAINT "PK_6b24be7781c877010169534aa31" PRIMARY KEY ("user_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "volunteer_tasks" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "project_id" uuid NOT NULL, "milestone_id" uuid NOT NULL, "title" text NOT NULL, "description" text NOT NULL DEFAULT '', "skills_needed" text array NOT NULL DEFAULT '{}', "estimated_hours" integer NOT NULL, "good_first_task" boolean NOT NULL DEFAULT false, "status" text NOT NULL DEFAULT 'OPEN', "claimant_id" uuid, "claimed_at" TIMESTAMP(3) WITH TIME ZONE, "submitted_at" TIMESTAMP(3) WITH TIME ZONE, "submission_note" text, "completed_at" TIMESTAMP(3) WITH TIME ZONE, "hours_recorded" integer, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_volunteer_tasks_hours" CHECK (("status" = 'DONE') = ("hours_recorded" IS NOT NULL)), CONSTRAINT "ck_volunteer_tasks_estimated_hours" CHECK ("estimated_hours" BETWEEN 1 AND 500), CONSTRAINT "ck_volunteer_tasks_claimant" CHECK (("status" = 'OPEN') = ("claimant_id" IS NULL)), CONSTRAINT "ck_volunteer_tasks_skills" CHECK ("skills_needed" <@ ARRAY['ENGINEERING', 'AI_ML', 'DATA', 'DESIGN', 'UX_RESEARCH', 'ACCESSIBILITY_TESTING', 'PRODUCT', 'CONTENT', 'PODCAST_PRODUCTION', 'NEW_MEDIA', 'TRANSLATION', 'EVENT_OPERATIONS', 'COMMUNITY', 'LEGAL', 'FUNDRAISING']::text[]), CONSTRAINT "ck_volunteer_tasks_status" CHECK ("status" IN ('OPEN', 'CLAIMED', 'SUBMITTED', 'DONE')), CONSTRAINT "PK_e2e630fa21d0dbbf1c22ff09b7b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_volunteer_tasks_estimated_hours_id" ON "volunteer_tasks"  ("estimated_hours", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_volunteer_tasks_created_at_id" ON "volunteer_tasks"  ("created_at", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_volunteer_tasks_claimant_id_status" ON "volunteer_tasks"  ("claimant_id", "status") `,
    );
    await queryRunner.query(`CREATE INDEX "ix_volunteer_tasks_milestone_id" ON "volunteer_tasks"  ("milestone_id") `);
    await queryRunner.query(`CREATE INDEX "ix_volunteer_tasks_project_id" ON "volunteer_tasks"  ("project_id") `);
    await queryRunner.query(
      `ALTER TABLE "milestones" ADD CONSTRAINT "fk_milestones_project" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "volunteer_profiles" ADD CONSTRAINT "fk_volunteer_profiles_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "volunteer_tasks" ADD CONSTRAINT "fk_volunteer_tasks_project" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "volunteer_tasks" ADD CONSTRAINT "fk_volunteer_tasks_milestone" FOREIGN KEY ("milestone_id") REFERENCES "milestones"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "volunteer_tasks" ADD CONSTRAINT "fk_volunteer_tasks_claimant" FOREIGN KEY ("claimant_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "volunteer_tasks" DROP CONSTRAINT "fk_volunteer_tasks_claimant"`);
    await queryRunner.query(`ALTER TABLE "volunteer_tasks" DROP CONSTRAINT "fk_volunteer_tasks_milestone"`);
    await queryRunner.query(`ALTER TABLE "volunteer_tasks" DROP CONSTRAINT "fk_volunteer_tasks_project"`);
    await queryRunner.query(`ALTER TABLE "volunteer_profiles" DROP CONSTRAINT "fk_volunteer_profiles_user"`);
    await queryRunner.query(`ALTER TABLE "milestones" DROP CONSTRAINT "fk_milestones_project"`);
    await queryRunner.query(`DROP INDEX "public"."ix_volunteer_tasks_project_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_volunteer_tasks_milestone_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_volunteer_tasks_claimant_id_status"`);
    await queryRunner.query(`DROP INDEX "public"."ix_volunteer_tasks_created_at_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_volunteer_tasks_estimated_hours_id"`);
    await queryRunner.query(`DROP TABLE "volunteer_tasks"`);
    await queryRunner.query(`DROP TABLE "volunteer_profiles"`);
    await queryRunner.query(`DROP INDEX "public"."ix_milestones_project_id"`);
    await queryRunner.query(`DROP TABLE "milestones"`);
  }
}
