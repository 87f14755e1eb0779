import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Version 1 of the shared feasibility rubric (开源公益项目可行性评估标准), as the community agreed it: ten criteria,
 * each scored 0 (not yet) to 3 (exemplary). Frozen here: a later version is a later migration.
 */
const RUBRIC_V1: Array<[key: string, titleZh: string, titleEn: string, descriptionZh: string, descriptionEn: string]> =
  [
    [
      'beneficiary_need_validated',
      '受益人需求已验证',
      'Beneficiary need validated',
      '项目要解决的问题来自受益群体的真实处境：已通过访谈、问卷、实地走访或社群反馈确认需求，并记录了证据（如访谈摘要、用户调研结论）。公益项目服务的往往是边缘群体，要从ta们的需求出发，而不是从技术出发。',
      'The problem comes from the real situation of the people served: the need has been confirmed through interviews, surveys, field visits or community feedback, and the evidence is written down (e.g. a summary of interviews, user-research findings). Tech-for-good projects often serve marginal groups: start from their needs, not from the technology.',
    ],
    [
      'beneficiaries_involved',
      '受益人参与',
      'Beneficiaries involved',
      '受益群体中的伙伴深度参与项目：参与定义需求、测试和决策，最好有人成为核心贡献者或维护者。让边缘群体自身成为方案的提出者，而不只是被服务的对象。',
      'People from the community served take part deeply: in defining the need, in testing and in decisions — ideally some become core contributors or maintainers. Let the people served propose the solution themselves, not only receive it.',
    ],
    [
      'open_license',
      '开源许可证',
      'Open licence',
      '代码以 OSI 认可的开源许可证发布（仓库中有 LICENSE 文件，项目填写了 SPDX 标识），数据、文档和设计稿的许可也已写明，任何人都可以使用、修改和再分发。',
      'The code is released under an OSI-approved open-source licence (a LICENSE file in the repository, the SPDX identifier filled in), and the licences of data, documentation and designs are stated too, so that anyone may use, modify and redistribute them.',
    ],
    [
      'documentation',
      '文档',
      'Documentation',
      'README 说明项目为谁解决什么问题、如何安装运行、如何参与；有面向使用者的指南，关键决策有记录。新来的志愿者不用问人，一小时内就能把项目跑起来。',
      'The README says whom the project serves and what problem it solves, how to install and run it, and how to take part; there is a guide for users, and key decisions are written down. A new volunteer gets it running within an hour without asking anyone.',
    ],
    [
      'privacy_do_no_harm',
      '隐私保护与不伤害',
      'Privacy and do-no-harm',
      '已识别项目可能给受益人带来的风险（隐私泄露、污名化、误导性的结果、把更弱势的人排除在外）；个人数据最少化收集并有保护措施，有知情同意和出问题时的应对办法；涉及医疗、心理等敏感场景时有专业人士把关。',
      'The risks the project could bring to the people served are identified (privacy leaks, stigma, misleading results, leaving the most vulnerable out); personal data is kept to a minimum and protected, with informed consent and a plan for when something goes wrong; sensitive settings such as health or mental health are reviewed by professionals.',
    ],
    [
      'technical_feasibility',
      '技术可行性',
      'Technical feasibility',
      '技术方案能用现有的人力、算力和数据实现：已有原型或 MVP 验证了关键环节，所需的服务器、算力、数据等资源已明确并有来源，技术风险和替代方案已写明。',
      'The technical approach can be built with the people, compute and data at hand: a prototype or MVP has proven the critical parts, the servers, compute and data it needs are known and have a source, and the technical risks and fallbacks are written down.',
    ],
    [
      'maintainer_capacity',
      '维护者投入',
      'Maintainer capacity',
      '至少有两位活跃的维护者，能及时回应 issue 和代码评审，分工清楚；项目不依赖某一个人——核心志愿者来来往往，项目要经得起人员流动。',
      'At least two active maintainers answer issues and reviews in good time, with clear roles; the project does not hang on one person — core volunteers come and go, and the project must survive that.',
    ],
    [
      'sustainability_plan',
      '可持续计划',
      'Sustainability plan',
      '有未来一到两年的持续运营计划：谁来维护，运行成本是多少、由谁承担（企业捐赠、基金会资助、社区支持等），关键资源中断时有什么备选方案。',
      'There is a plan for the next one to two years: who maintains the project, what it costs to run and who covers it (company donations, foundation grants, community support…), and what happens if a key resource goes away.',
    ],
    [
      'contribution_friendliness',
      '贡献友好',
      'Contribution-friendliness',
      '工作拆分成有里程碑的小任务，标明所需技能和适合新人的任务；有贡献指南和行为准则；设计、调研、传播等非代码贡献同样受欢迎，志愿者的付出能被看见和认可。',
      'The work is split into small tasks under milestones, labelled with the skills they need and good first tasks; there is a contributing guide and a code of conduct; non-code contributions (design, research, outreach) are just as welcome, and volunteers’ work is seen and credited.',
    ],
    [
      'measurable_impact',
      '可衡量的影响',
      'Measurable impact',
      '定义了衡量成效的指标（如服务人数、使用频次、受益人的反馈），并定期收集和公开；不只看用户规模——对一个小群体的深度改变同样算数。',
      'The project defines how its impact is measured (e.g. people served, how often it is used, feedback from the people served), and collects and shares it regularly; not only user numbers — a deep change for a small group counts too.',
    ],
  ];

export class Assessments1796052483068 implements MigrationInterface {
  name = 'Assessments1796052483068';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "assessment_rubrics" ("version" integer NOT NULL, "change_note" text NOT NULL DEFAULT '', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_assessment_rubrics_version" CHECK ("version" > 0), CONSTRAINT "PK_a16b4b2987aee358e2387d7ed8e" PRIMARY KEY ("version"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "assessment_criteria" ("rubric_version" integer NOT NULL, "key" text NOT NULL, "position" integer NOT NULL, "title_zh" text NOT NULL, "title_en" text NOT NULL, "description_zh" text NOT NULL, "description_en" text NOT NULL, "max_score" integer NOT NULL DEFAULT '3', CONSTRAINT "uq_assessment_criteria_position" UNIQUE ("rubric_version", "position"), CONSTRAINT "ck_assessment_criteria_key" CHECK ("key" ~ '^[a-z][a-z0-9_]*$'), CONSTRAINT "ck_assessment_criteria_max_score" CHECK ("max_score" BETWEEN 1 AND 10), CONSTRAINT "PK_be57e1515d9d3fc4dff9fe9190e" PRIMARY KEY ("rubric_version", "key"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "assessments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "project_id" uuid NOT NULL, "organization_id" uuid, "rubric_version" integer NOT NULL, "assessor_user_id" uuid, "recommendation" text NOT NULL, "summary" text NOT NULL DEFAULT '', "total" integer NOT NULL, "maximum" integer NOT NULL, "superseded_at" TIMESTAMP(3) WITH TIME ZONE, "is_demo" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_assessments_total" CHECK ("total" BETWEEN 0 AND "maximum"), CONSTRAINT "ck_assessments_recommendation" CHECK ("recommendation" IN ('INCUBATE', 'SUPPORT', 'NOT_YET')), CONSTRAINT "PK_a3442bd80a00e9111cefca57f6c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_assessments_current_platform" ON "assessments"  ("project_id", "rubric_version") WHERE "superseded_at" IS NULL AND "organization_id" IS NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_assessments_current_organization" ON "assessments"  ("organization_id", "project_id", "rubric_version") WHERE "superseded_at" IS NULL AND "organization_id" IS NOT NULL`,
    );
    await queryRunner.query(`CREATE INDEX "ix_assessments_organization_id" ON "assessments"  ("organization_id") `);
    await queryRunner.query(`CREATE INDEX "ix_assessments_project_id" ON "assessments"  ("project_id", "created_at") `);
    await queryRunner.query(
      `CREATE TABLE "assessment_scores" ("assessment_id" uuid NOT NULL, "criterion_key" text NOT NULL, "score" integer NOT NULL, "note" text NOT NULL DEFAULT '', CONSTRAINT "ck_assessment_scores_score" CHECK ("score" >= 0), CONSTRAINT "PK_159afbe39064c71e3efd886a276" PRIMARY KEY ("assessment_id", "criterion_key"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "project_assessment_settings" ("project_id" uuid NOT NULL, "summary_public" boolean NOT NULL DEFAULT false, "updated_by_user_id" uuid, "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_983c17f2344bfbd81e990090c4b" PRIMARY KEY ("project_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "assessment_criteria" ADD CONSTRAINT "fk_assessment_criteria_rubric" FOREIGN KEY ("rubric_version") REFERENCES "assessment_rubrics"("version") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assessments" ADD CONSTRAINT "fk_assessments_project" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assessments" ADD CONSTRAINT "fk_assessments_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assessments" ADD CONSTRAINT "fk_assessments_rubric" FOREIGN KEY ("rubric_version") REFERENCES "assessment_rubrics"("version") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assessments" ADD CONSTRAINT "fk_assessments_assessor_user" FOREIGN KEY ("assessor_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assessment_scores" ADD CONSTRAINT "fk_assessment_scores_assessment" FOREIGN KEY ("assessment_id") REFERENCES "assessments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "project_assessment_settings" ADD CONSTRAINT "fk_project_assessment_settings_project" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "project_assessment_settings" ADD CONSTRAINT "fk_project_assessment_settings_updated_by" FOREIGN KEY ("updated_by_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`INSERT INTO "assessment_rubrics" ("version", "change_note") VALUES (1, $1)`, [
      '第一版：开源公益项目可行性评估标准，十项，每项 0–3 分。First version: ten criteria, each scored 0–3.',
    ]);
    for (const [index, [key, titleZh, titleEn, descriptionZh, descriptionEn]] of RUBRIC_V1.entries()) {
      await queryRunner.query(
        `INSERT INTO "assessment_criteria" ("rubric_version", "key", "position", "title_zh", "title_en", "description_zh", "description_en", "max_score") VALUES (1, $1, $2, $3, $4, $5, $6, 3)`,
        [key, index + 1, titleZh, titleEn, descriptionZh, descriptionEn],
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "project_assessment_settings" DROP CONSTRAINT "fk_project_assessment_settings_updated_by"`,
    );
    await queryRunner.query(
      `ALTER TABLE "project_assessment_settings" DROP CONSTRAINT "fk_project_assessment_settings_project"`,
    );
    await queryRunner.query(`ALTER TABLE "assessment_scores" DROP CONSTRAINT "fk_assessment_scores_assessment"`);
    await queryRunner.query(`ALTER TABLE "assessments" DROP CONSTRAINT "fk_assessments_assessor_user"`);
    await queryRunner.query(`ALTER TABLE "assessments" DROP CONSTRAINT "fk_assessments_rubric"`);
    await queryRunner.query(`ALTER TABLE "assessments" DROP CONSTRAINT "fk_assessments_organization"`);
    await queryRunner.query(`ALTER TABLE "assessments" DROP CONSTRAINT "fk_assessments_project"`);
    await queryRunner.query(`ALTER TABLE "assessment_criteria" DROP CONSTRAINT "fk_assessment_criteria_rubric"`);
    await queryRunner.query(`DROP TABLE "project_assessment_settings"`);
    await queryRunner.query(`DROP TABLE "assessment_scores"`);
    await queryRunner.query(`DROP INDEX "public"."ix_assessments_project_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_assessments_organization_id"`);
    await queryRunner.query(`DROP INDEX "public"."uq_assessments_current_organization"`);
    await queryRunner.query(`DROP INDEX "public"."uq_assessments_current_platform"`);
    await queryRunner.query(`DROP TABLE "assessments"`);
    await queryRunner.query(`DROP TABLE "assessment_criteria"`);
    await queryRunner.query(`DROP TABLE "assessment_rubrics"`);
  }
}
