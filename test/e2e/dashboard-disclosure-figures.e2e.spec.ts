import { citizenApplication } from './support/applications';
import { startServer, StartedServer } from './support/server';

const DEMO_PASSWORD = 'GovOpen@2026';

/**
 * The office head's dashboard figures 待登记 / 即将到期 / 已逾期 are the queue's tab counts
 * (GET /admin/disclosure-requests/queue-counts), counted on a pinned day with the 2024 holidays.
 */
describe('GET /admin/disclosure-requests/queue-counts: the dashboard\'s 依申请 figures', () => {
  let server: StartedServer;
  let head: string;

  beforeAll(async () => {
    // Wednesday 2024-10-16, 10:00 China time. 即将到期 = due by 2024-10-23 (5 working days: 10-17, 18, 21, 22, 23).
    server = await startServer({ CLOCK_NOW: '2024-10-16T02:00:00Z' });
    head = (await server.api().admin.login({ username: 'head', password: DEMO_PASSWORD })).token;
    const byMail = async (receivedDate: string) => {
      const response = await server.request('POST', '/api/admin/disclosure-requests', { token: head, body: { ...citizenApplication(), channel: 'mail', receivedDate } });
      if (response.status >= 400) throw new Error(JSON.stringify(response.body));
    };
    // Received Mon 09-02: 20 working days with the make-up Saturday 09-14 and Sunday 09-29, Mid-Autumn 09-16/17 off → due Mon 09-30: 已逾期.
    await byMail('2024-09-02');
    // Received Thu 09-19: 09-20, 23–27, 29, 30, then 10-08…10-11, 10-12 (make-up), 10-14…18, 21, 22 → due Tue 10-22: 即将到期.
    await byMail('2024-09-19');
    // Received Tue 10-15: due in November, neither.
    await byMail('2024-10-15');
    // Submitted online and not yet confirmed (Art. 31): 待登记, no deadline yet.
    const resident = (await server.api().auth.devLogin('figures')).token;
    const submitted = await server.request('POST', '/api/disclosure-requests', { token: resident, body: citizenApplication() });
    expect(submitted.status).toBe(201);
  });
  afterAll(() => server.stop());

  it('counts one case to register, one due within 5 working days, one overdue', async () => {
    const counts = await server.api(head).admin.disclosureRequests.queueCounts();
    expect({ toRegister: counts.to_register, dueSoon: counts.due_soon, overdue: counts.overdue }).toEqual({ toRegister: 1, dueSoon: 1, overdue: 1 });
  });

  it('each figure\'s link opens the same cases in the queue', async () => {
    const overdue = await server.api(head).admin.disclosureRequests.queue({ queue: 'overdue' });
    expect(overdue.items.map((item) => item.dueDate)).toEqual(['2024-09-30']);
    const dueSoon = await server.api(head).admin.disclosureRequests.queue({ queue: 'due_soon' });
    expect(dueSoon.items.map((item) => item.dueDate)).toEqual(['2024-10-22']);
  });
});
