import type { MigrationInterface, QueryRunner } from 'typeorm';

export class EventsAndStories1796052433907 implements MigrationInterface {
  name = 'EventsAndStories1796052433907';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "stories" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" text NOT NULL, "kind" text NOT NULL, "title" text NOT NULL, "url" text NOT NULL, "published_on" date NOT NULL, "summary" text NOT NULL DEFAULT '', "language" text NOT NULL DEFAULT 'zh-CN', "media_url" text, "media_type" text, "duration_seconds" integer, "created_by_user_id" uuid, "is_demo" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_stories_slug" UNIQUE ("slug"), CONSTRAINT "ck_stories_duration" CHECK ("duration_seconds" IS NULL OR "duration_seconds" > 0), CONSTRAINT "ck_stories_media" CHECK (("media_url" IS NULL) = ("media_type" IS NULL)), CONSTRAINT "ck_stories_kind" CHECK ("kind" IN ('PODCAST', 'ARTICLE', 'VIDEO', 'CASE_STUDY')), CONSTRAINT "PK_bb6f880b260ed96c452b32a39f0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_stories_published_on_id" ON "stories"  ("published_on", "id") `);
    await queryRunner.query(`CREATE INDEX "ix_stories_kind" ON "stories"  ("kind") `);
    await queryRunner.query(
      `CREATE TABLE "story_projects" ("story_id" uuid NOT NULL, "project_id" uuid NOT NULL, "position" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_4bb7d59a943e56c277cbfb132f7" PRIMARY KEY ("story_id", "project_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_story_projects_project_id" ON "story_projects"  ("project_id") `);
    await queryRunner.query(
      `ALTER TABLE "stories" ADD CONSTRAINT "fk_stories_created_by_user" FOREIGN KEY ("created_by_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "story_projects" ADD CONSTRAINT "fk_story_projects_story" FOREIGN KEY ("story_id") REFERENCES "stories"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "story_projects" ADD CONSTRAINT "fk_story_projects_project" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "story_projects" DROP CONSTRAINT "fk_story_projects_project"`);
    await queryRunner.query(`ALTER TABLE "story_projects" DROP CONSTRAINT "fk_story_projects_story"`);
    await queryRunner.query(`ALTER TABLE "stories" DROP CONSTRAINT "fk_stories_created_by_user"`);
    await queryRunner.query(`DROP INDEX "public"."ix_story_projects_project_id"`);
    await queryRunner.query(`DROP TABLE "story_projects"`);
    await queryRunner.query(`DROP INDEX "public"."ix_stories_kind"`);
    await queryRunner.query(`DROP INDEX "public"."ix_stories_published_on_id"`);
    await queryRunner.query(`DROP TABLE "stories"`);
  }
}
