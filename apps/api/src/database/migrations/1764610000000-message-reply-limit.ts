import { countWorkingDays, createWorkingCalendar, DEFAULT_REPLY_WORKING_DAYS, isMessageBoard } from '@govopen/domain';
import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';

/**
 * A message keeps the reply limit it was received under (DOMAIN §5): a later change of the board's limit applies to
 * later messages only. The column lives on `message`, which carries the agency.
 */
export class MessageReplyLimit1764610000000 implements MigrationInterface {
  name = 'MessageReplyLimit1764610000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('message', new TableColumn({ name: 'reply_working_days', type: 'integer', isNullable: true }));
    // Messages already received: the limit that was applied is the one their stored due date was computed with
    // (working days from 受理 to the due date, less the extension); without a due date, the board's present limit.
    const rows: { id: number; board: string; received_date: string; due_date: string | null; extended_days: number }[] = await queryRunner.query(
      'SELECT id, board, received_date, due_date, extended_days FROM message WHERE received_date IS NOT NULL',
    );
    if (!rows.length) return;
    const boards: { board: string; reply_working_days: number }[] = await queryRunner.query('SELECT board, reply_working_days FROM message_board_setting');
    const years: { year: number }[] = await queryRunner.query('SELECT year FROM calendar_year');
    const days: { date: string; working: number | boolean; name: string | null }[] = await queryRunner.query('SELECT date, working, name FROM calendar');
    const calendar = createWorkingCalendar(
      years.map((row) => Number(row.year)),
      days.map((day) => ({ date: day.date, working: Boolean(Number(day.working)), name: day.name })),
    );
    const boardLimit = (board: string) =>
      Number(boards.find((row) => row.board === board)?.reply_working_days ?? (isMessageBoard(board) ? DEFAULT_REPLY_WORKING_DAYS[board] : 5));
    for (const row of rows) {
      let limit = boardLimit(row.board);
      if (row.due_date) {
        try {
          const applied = countWorkingDays(calendar, row.received_date, row.due_date) - Number(row.extended_days);
          if (applied >= 1) limit = applied;
        } catch {
          // A year the calendar lacks: keep the board's limit.
        }
      }
      await queryRunner.query('UPDATE message SET reply_working_days = ? WHERE id = ?', [limit, row.id]);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('message', 'reply_working_days');
  }
}
