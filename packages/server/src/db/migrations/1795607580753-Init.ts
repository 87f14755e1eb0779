import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Init1795607580753 implements MigrationInterface {
  name = 'Init1795607580753';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Trigram search over names and summaries: works for Chinese as well as English.
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(
      `CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" text NOT NULL, "display_name" text NOT NULL, "locale" text NOT NULL DEFAULT 'zh-CN', "password_hash" text, "role" text NOT NULL DEFAULT 'USER', "is_demo" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_users_email" UNIQUE ("email"), CONSTRAINT "ck_users_email_lowercase" CHECK ("email" = lower("email")), CONSTRAINT "ck_users_locale" CHECK ("locale" IN ('zh-CN', 'en')), CONSTRAINT "ck_users_role" CHECK ("role" IN ('USER', 'ADMIN')), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "activities" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "actor_user_id" uuid, "verb" text NOT NULL, "subject_type" text NOT NULL, "subject_id" uuid NOT NULL, "data" jsonb NOT NULL DEFAULT '{}', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7f4004429f731ffb9c88eb486a8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_activities_created_at" ON "activities"  ("created_at") `);
    await queryRunner.query(`CREATE INDEX "ix_activities_actor_user_id" ON "activities"  ("actor_user_id") `);
    await queryRunner.query(
      `CREATE INDEX "ix_activities_subject" ON "activities"  ("subject_type", "subject_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "organizations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" text NOT NULL, "name" text NOT NULL, "kind" text NOT NULL, "website_url" text, "logo_url" text, "description" text NOT NULL DEFAULT '', "verified" boolean NOT NULL DEFAULT false, "verified_at" TIMESTAMP(3) WITH TIME ZONE, "is_demo" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_organizations_slug" UNIQUE ("slug"), CONSTRAINT "ck_organizations_kind" CHECK ("kind" IN ('COMPANY', 'FOUNDATION', 'COMMUNITY', 'NONPROFIT', 'ACADEMIC', 'GOVERNMENT')), CONSTRAINT "PK_6b031fcd0863e3f6b44230163f9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_organizations_created_at_id" ON "organizations"  ("created_at", "id") `);
    await queryRunner.query(`CREATE INDEX "ix_organizations_name_id" ON "organizations"  ("name", "id") `);
    await queryRunner.query(`CREATE INDEX "ix_organizations_verified" ON "organizations"  ("verified") `);
    await queryRunner.query(`CREATE INDEX "ix_organizations_kind" ON "organizations"  ("kind") `);
    await queryRunner.query(
      `CREATE TABLE "events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" text NOT NULL, "kind" text NOT NULL, "name" text NOT NULL, "description" text NOT NULL DEFAULT '', "starts_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP(3) WITH TIME ZONE, "location" text, "online_url" text, "website_url" text, "is_demo" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_events_slug" UNIQUE ("slug"), CONSTRAINT "ck_events_dates" CHECK ("ends_at" IS NULL OR "ends_at" >= "starts_at"), CONSTRAINT "ck_events_kind" CHECK ("kind" IN ('MEETUP', 'HACKATHON', 'WORKSHOP', 'CONFERENCE_TRACK', 'PROGRAM')), CONSTRAINT "PK_40731c7151fe4be3116e45ddf73" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_events_starts_at_id" ON "events"  ("starts_at", "id") `);
    await queryRunner.query(`CREATE INDEX "ix_events_kind" ON "events"  ("kind") `);
    await queryRunner.query(
      `CREATE TABLE "event_organizers" ("event_id" uuid NOT NULL, "organization_id" uuid NOT NULL, CONSTRAINT "PK_79ee753981d4f21310612b81e28" PRIMARY KEY ("event_id", "organization_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_event_organizers_organization_id" ON "event_organizers"  ("organization_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "projects" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" text NOT NULL, "name" text NOT NULL, "summary" text NOT NULL, "description" text NOT NULL DEFAULT '', "stage" text NOT NULL, "cause_areas" text array NOT NULL DEFAULT '{}', "repository_url" text, "website_url" text, "license" text, "beneficiaries" text NOT NULL DEFAULT '', "visibility" text NOT NULL DEFAULT 'DRAFT', "organization_id" uuid, "published_at" TIMESTAMP(3) WITH TIME ZONE, "is_demo" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_projects_slug" UNIQUE ("slug"), CONSTRAINT "ck_projects_cause_areas" CHECK ("cause_areas" <@ ARRAY['ACCESSIBILITY', 'GENDER_EQUALITY', 'MENTAL_HEALTH', 'ELDERLY_CARE', 'CHILDREN_AND_EDUCATION', 'ENVIRONMENT', 'DISASTER_RELIEF', 'PUBLIC_HEALTH', 'RURAL_DEVELOPMENT', 'OTHER']::text[]), CONSTRAINT "ck_projects_visibility" CHECK ("visibility" IN ('DRAFT', 'PUBLISHED')), CONSTRAINT "ck_projects_stage" CHECK ("stage" IN ('IDEA', 'PROTOTYPE', 'INCUBATING', 'ACTIVE', 'MAINTAINED', 'ARCHIVED')), CONSTRAINT "PK_6271df0a7aed1d6c0691ce6ac50" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_projects_updated_at_id" ON "projects"  ("updated_at", "id") `);
    await queryRunner.query(`CREATE INDEX "ix_projects_created_at_id" ON "projects"  ("created_at", "id") `);
    await queryRunner.query(`CREATE INDEX "ix_projects_name_id" ON "projects"  ("name", "id") `);
    await queryRunner.query(`CREATE INDEX "ix_projects_license" ON "projects"  ("license") `);
    await queryRunner.query(`CREATE INDEX "ix_projects_organization_id" ON "projects"  ("organization_id") `);
    await queryRunner.query(`CREATE INDEX "ix_projects_visibility" ON "projects"  ("visibility") `);
    await queryRunner.query(`CREATE INDEX "ix_projects_stage" ON "projects"  ("stage") `);
    await queryRunner.query(
      `CREATE TABLE "event_projects" ("event_id" uuid NOT NULL, "project_id" uuid NOT NULL, "outcome" text NOT NULL DEFAULT '', CONSTRAINT "PK_e72c7bdb8b242b2ba1762af7da8" PRIMARY KEY ("event_id", "project_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_event_projects_project_id" ON "event_projects"  ("project_id") `);
    await queryRunner.query(
      `CREATE TABLE "organization_members" ("organization_id" uuid NOT NULL, "user_id" uuid NOT NULL, "role" text NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_organization_members_role" CHECK ("role" IN ('OWNER', 'MEMBER')), CONSTRAINT "PK_f4812f00736e35131a65d6032da" PRIMARY KEY ("organization_id", "user_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_organization_members_user_id" ON "organization_members"  ("user_id") `);
    await queryRunner.query(
      `CREATE TABLE "project_maintainers" ("project_id" uuid NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_dd55881284e319a110fdaf845d3" PRIMARY KEY ("project_id", "user_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_project_maintainers_user_id" ON "project_maintainers"  ("user_id") `);
    await queryRunner.query(
      `CREATE TABLE "sponsor_links" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "project_id" uuid NOT NULL, "role" text NOT NULL, "status" text NOT NULL DEFAULT 'PROPOSED', "proposed_by" text NOT NULL, "attribution" text NOT NULL DEFAULT '', "url" text, "starts_on" date, "ends_on" date, "is_demo" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_sponsor_links_dates" CHECK ("ends_on" IS NULL OR "starts_on" IS NULL OR "ends_on" >= "starts_on"), CONSTRAINT "ck_sponsor_links_proposed_by" CHECK ("proposed_by" IN ('ORGANIZATION', 'PROJECT')), CONSTRAINT "ck_sponsor_links_status" CHECK ("status" IN ('PROPOSED', 'CONFIRMED', 'DECLINED', 'ENDED')), CONSTRAINT "ck_sponsor_links_role" CHECK ("role" IN ('FINANCIAL', 'IN_KIND', 'FOUNDATION_PARTNER', 'TECHNOLOGY_PARTNER', 'MEDIA_PARTNER', 'COMMUNITY_PARTNER')), CONSTRAINT "PK_fe34a4ea400f3127b5230605d39" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_sponsor_links_organization_status" ON "sponsor_links"  ("organization_id", "status") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_sponsor_links_project_status" ON "sponsor_links"  ("project_id", "status") `,
    );
    await queryRunner.query(
      `CREATE TABLE "sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "token_hash" text NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "uq_sessions_token_hash" UNIQUE ("token_hash"), CONSTRAINT "PK_3238ef96f18b355b671619111bc" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_sessions_expires_at" ON "sessions"  ("expires_at") `);
    await queryRunner.query(`CREATE INDEX "ix_sessions_user_id" ON "sessions"  ("user_id") `);
    await queryRunner.query(
      `ALTER TABLE "activities" ADD CONSTRAINT "fk_activities_actor_user" FOREIGN KEY ("actor_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_organizers" ADD CONSTRAINT "fk_event_organizers_event" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_organizers" ADD CONSTRAINT "fk_event_organizers_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "projects" ADD CONSTRAINT "fk_projects_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_projects" ADD CONSTRAINT "fk_event_projects_event" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_projects" ADD CONSTRAINT "fk_event_projects_project" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "organization_members" ADD CONSTRAINT "fk_organization_members_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "organization_members" ADD CONSTRAINT "fk_organization_members_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "project_maintainers" ADD CONSTRAINT "fk_project_maintainers_project" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "project_maintainers" ADD CONSTRAINT "fk_project_maintainers_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "sponsor_links" ADD CONSTRAINT "fk_sponsor_links_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "sponsor_links" ADD CONSTRAINT "fk_sponsor_links_project" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "sessions" ADD CONSTRAINT "fk_sessions_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // Written by hand: TypeORM cannot express GIN operator classes or expression indexes.
    await queryRunner.query(`CREATE INDEX "ix_projects_cause_areas" ON "projects" USING gin ("cause_areas")`);
    await queryRunner.query(
      `CREATE INDEX "ix_projects_search_trgm" ON "projects" USING gin (("name" || ' ' || "summary") gin_trgm_ops)`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_organizations_search_trgm" ON "organizations" USING gin ("name" gin_trgm_ops)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_organizations_search_trgm"`);
    await queryRunner.query(`DROP INDEX "public"."ix_projects_search_trgm"`);
    await queryRunner.query(`DROP INDEX "public"."ix_projects_cause_areas"`);
    await queryRunner.query(`ALTER TABLE "sessions" DROP CONSTRAINT "fk_sessions_user"`);
    await queryRunner.query(`ALTER TABLE "sponsor_links" DROP CONSTRAINT "fk_sponsor_links_project"`);
    await queryRunner.query(`ALTER TABLE "sponsor_links" DROP CONSTRAINT "fk_sponsor_links_organization"`);
    await queryRunner.query(`ALTER TABLE "project_maintainers" DROP CONSTRAINT "fk_project_maintainers_user"`);
    await queryRunner.query(`ALTER TABLE "project_maintainers" DROP CONSTRAINT "fk_project_maintainers_project"`);
    await queryRunner.query(`ALTER TABLE "organization_members" DROP CONSTRAINT "fk_organization_members_user"`);
    await queryRunner.query(
      `ALTER TABLE "organization_members" DROP CONSTRAINT "fk_organization_members_organization"`,
    );
    await queryRunner.query(`ALTER TABLE "event_projects" DROP CONSTRAINT "fk_event_projects_project"`);
    await queryRunner.query(`ALTER TABLE "event_projects" DROP CONSTRAINT "fk_event_projects_event"`);
    await queryRunner.query(`ALTER TABLE "projects" DROP CONSTRAINT "fk_projects_organization"`);
    await queryRunner.query(`ALTER TABLE "event_organizers" DROP CONSTRAINT "fk_event_organizers_organization"`);
    await queryRunner.query(`ALTER TABLE "event_organizers" DROP CONSTRAINT "fk_event_organizers_event"`);
    await queryRunner.query(`ALTER TABLE "activities" DROP CONSTRAINT "fk_activities_actor_user"`);
    await queryRunner.query(`DROP INDEX "public"."ix_sessions_user_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_sessions_expires_at"`);
    await queryRunner.query(`DROP TABLE "sessions"`);
    await queryRunner.query(`DROP INDEX "public"."ix_sponsor_links_project_status"`);
    await queryRunner.query(`DROP INDEX "public"."ix_sponsor_links_organization_status"`);
    await queryRunner.query(`DROP TABLE "sponsor_links"`);
    await queryRunner.query(`DROP INDEX "public"."ix_project_maintainers_user_id"`);
    await queryRunner.query(`DROP TABLE "project_maintainers"`);
    await queryRunner.query(`DROP INDEX "public"."ix_organization_members_user_id"`);
    await queryRunner.query(`DROP TABLE "organization_members"`);
    await queryRunner.query(`DROP INDEX "public"."ix_event_projects_project_id"`);
    await queryRunner.query(`DROP TABLE "event_projects"`);
    await queryRunner.query(`DROP INDEX "public"."ix_projects_stage"`);
    await queryRunner.query(`DROP INDEX "public"."ix_projects_visibility"`);
    await queryRunner.query(`DROP INDEX "public"."ix_projects_organization_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_projects_license"`);
    await queryRunner.query(`DROP INDEX "public"."ix_projects_name_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_projects_created_at_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_projects_updated_at_id"`);
    await queryRunner.query(`DROP TABLE "projects"`);
    await queryRunner.query(`DROP INDEX "public"."ix_event_organizers_organization_id"`);
    await queryRunner.query(`DROP TABLE "event_organizers"`);
    await queryRunner.query(`DROP INDEX "public"."ix_events_kind"`);
    await queryRunner.query(`DROP INDEX "public"."ix_events_starts_at_id"`);
    await queryRunner.query(`DROP TABLE "events"`);
    await queryRunner.query(`DROP INDEX "public"."ix_organizations_kind"`);
    await queryRunner.query(`DROP INDEX "public"."ix_organizations_verified"`);
    await queryRunner.query(`DROP INDEX "public"."ix_organizations_name_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_organizations_created_at_id"`);
    await queryRunner.query(`DROP TABLE "organizations"`);
    await queryRunner.query(`DROP INDEX "public"."ix_activities_subject"`);
    await queryRunner.query(`DROP INDEX "public"."ix_activities_actor_user_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_activities_created_at"`);
    await queryRunner.query(`DROP TABLE "activities"`);
    await queryRunner.query(`DROP TABLE "users"`);
  }
}
