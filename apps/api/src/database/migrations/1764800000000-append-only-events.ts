import { MigrationInterface, QueryRunner } from 'typeorm';
import { isMysql } from '../migration-helpers';

/**
 * A case's history is its event list: status, deadlines and the applicant's timeline are derived from it, so a
 * correction must be a new event, never an edit. The database refuses UPDATE and DELETE on the event tables itself,
 * as it does for the audit log. Consultations keep no event table (a comment's moderation and 采纳 decision are
 * fields of the comment, recorded in the audit log), so there is nothing of theirs to lock here.
 */
const EVENT_TABLES = ['disclosure_request_event', 'message_event', 'content_review_event'];

export class AppendOnlyEvents1764800000000 implements MigrationInterface {
  name = 'AppendOnlyEvents1764800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of EVENT_TABLES) {
      for (const verb of ['UPDATE', 'DELETE']) {
        const trigger = `${table}_no_${verb.toLowerCase()}`;
        await queryRunner.query(
          isMysql(queryRunner)
            ? `CREATE TRIGGER ${trigger} BEFORE ${verb} ON ${table} FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = '${table} is append-only'`
            : `CREATE TRIGGER ${trigger} BEFORE ${verb} ON ${table} BEGIN SELECT RAISE(ABORT, '${table} is append-only'); END`,
        );
      }
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of EVENT_TABLES) {
      for (const verb of ['update', 'delete']) await queryRunner.query(`DROP TRIGGER IF EXISTS ${table}_no_${verb}`);
    }
  }
}
