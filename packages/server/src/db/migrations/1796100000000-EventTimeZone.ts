import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Events keep the IANA zone they happen in. Events stored before this were entered by organisers in China (the demo
 * events are in Beijing and Shanghai, and the dashboard sent the organiser's local time), so they get Asia/Shanghai.
 */
export class EventTimeZone1796100000000 implements MigrationInterface {
  name = 'EventTimeZone1796100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "events" ADD "time_zone" text NOT NULL DEFAULT 'Asia/Shanghai'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "events" DROP COLUMN "time_zone"`);
  }
}
