import { expandSchedules } from '../fixtures/state-council-holidays';
import { startServer, StartedServer } from './support/server';

const DEMO_PASSWORD = 'GovOpen@2026';

describe('calendar', () => {
  let server: StartedServer;
  let adminToken: string;

  beforeAll(async () => {
    server = await startServer({ CLOCK_NOW: '2026-11-22T02:00:00Z' });
    adminToken = (await server.api().admin.login({ username: 'admin', password: DEMO_PASSWORD })).token;
  });
  afterAll(() => server.stop());

  describe('GET /api/calendar/days/{date}', () => {
    it('answers every holiday and make-up working day of 2023–2026 as the State Council published them', async () => {
      const days = expandSchedules([2023, 2024, 2025, 2026]).filter((day) => day.date >= '2023-01-01');
      const wrong: string[] = [];
      for (const day of days) {
        const { status, body } = await server.request('GET', `/api/calendar/days/${day.date}`);
        if (status !== 200 || body.working !== day.working || !body.name) wrong.push(`${day.date}: ${JSON.stringify(body)}`);
      }
      expect(wrong).toEqual([]);
      expect(days.filter((day) => day.working).length).toBeGreaterThanOrEqual(25);
    });

    it.each`
      edge                          | date            | working  | name
      ${'National Day'}             | ${'2024-10-01'} | ${false} | ${'国庆节'}
      ${'make-up Sunday'}           | ${'2024-09-29'} | ${true}  | ${'国庆节调休上班'}
      ${'ordinary Tuesday'}         | ${'2024-11-12'} | ${true}  | ${null}
      ${'ordinary Saturday'}        | ${'2024-11-16'} | ${false} | ${null}
    `('$edge', async ({ date, working, name }) => {
      const { status, body } = await server.request('GET', `/api/calendar/days/${date}`);
      expect(status).toBe(200);
      expect(body).toEqual({ date, working, name });
    });

    it.each`
      edge                         | date              | status | field
      ${'not a date'}              | ${'tomorrow'}     | ${400} | ${'date'}
      ${'a date that is not real'} | ${'2024-02-30'}   | ${400} | ${'date'}
      ${'compact form'}            | ${'20241001'}     | ${400} | ${'date'}
    `('$edge answers $status in Chinese', async ({ date, status, field }) => {
      const response = await server.request('GET', `/api/calendar/days/${date}`);
      expect(response.status).toBe(status);
      expect(response.body.field).toBe(field);
      expect(response.body.message).toMatch(/[\u4e00-\u9fff]/);
    });
  });

  describe('GET /api/calendar/add-working-days', () => {
    it.each`
      edge                                         | from            | days  | date
      ${'DOMAIN §1 example across National Day'}   | ${'2024-09-27'} | ${20} | ${'2024-10-30'}
      ${'Spring Festival 2025'}                    | ${'2025-01-24'} | ${3}  | ${'2025-02-05'}
      ${'year boundary 2025→2026 with 元旦 2026'}  | ${'2025-12-30'} | ${3}  | ${'2026-01-05'}
      ${'make-up Sunday 2026-01-04 counts'}        | ${'2025-12-31'} | ${1}  | ${'2026-01-04'}
      ${'zero days'}                               | ${'2024-10-03'} | ${0}  | ${'2024-10-03'}
    `('$edge', async ({ from, days, date }) => {
      const { status, body } = await server.request('GET', `/api/calendar/add-working-days?from=${from}&days=${days}`);
      expect(status).toBe(200);
      expect(body).toEqual({ from, days, date });
    });

    it.each`
      edge                  | query                           | field
      ${'negative N'}       | ${'from=2024-09-27&days=-1'}    | ${'days'}
      ${'huge N'}           | ${'from=2024-09-27&days=99999'} | ${'days'}
      ${'fractional N'}     | ${'from=2024-09-27&days=1.5'}   | ${'days'}
      ${'N not a number'}   | ${'from=2024-09-27&days=abc'}   | ${'days'}
      ${'missing from'}     | ${'days=3'}                     | ${'from'}
      ${'bad from'}         | ${'from=2024-9-27&days=3'}      | ${'from'}
      ${'unknown parameter'} | ${'from=2024-09-27&days=3&x=1'} | ${'x'}
    `('$edge answers 400 naming $field', async ({ query, field }) => {
      const { status, body } = await server.request('GET', `/api/calendar/add-working-days?${query}`);
      expect(status).toBe(400);
      expect(body.field).toBe(field);
      expect(body.message).toMatch(/[\u4e00-\u9fff]/);
    });
  });

  describe('a year with no data', () => {
    it('answers 422 for 2027 until staff enter it, then the entered schedule', async () => {
      for (const path of ['/api/calendar/days/2027-01-04', '/api/calendar/add-working-days?from=2026-12-20&days=20']) {
        const { status, body } = await server.request('GET', path);
        expect(status).toBe(422);
        expect(body.code).toBe('CALENDAR_YEAR_MISSING');
        expect(body.message).toContain('2027');
      }
      const dashboard = await server.api(adminToken).admin.dashboard();
      expect(dashboard.warnings.join()).toContain('2027');
      expect(dashboard.calendarMissingYears).toEqual([2027]);

      const saved = await server.api(adminToken).admin.calendar.putYear(2027, {
        days: [
          { date: '2027-01-01', working: false, name: '元旦' },
          { date: '2027-01-02', working: false, name: '元旦' },
          { date: '2027-01-03', working: false, name: '元旦' },
        ],
        note: '演示录入',
      });
      expect(saved.holidays).toBe(3);

      expect((await server.request('GET', '/api/calendar/days/2027-01-01')).body).toEqual({ date: '2027-01-01', working: false, name: '元旦' });
      expect((await server.request('GET', '/api/calendar/days/2027-01-04')).body).toEqual({ date: '2027-01-04', working: true, name: null });
      expect((await server.request('GET', '/api/calendar/add-working-days?from=2026-12-31&days=1')).body.date).toBe('2027-01-04');
      expect((await server.api(adminToken).admin.dashboard())).toMatchObject({ warnings: [], calendarMissingYears: [] });

      // Answers are micro-cached; an edit must still show at once.
      const cached = await server.request('GET', '/api/calendar/days/2027-01-04');
      expect(cached.body.working).toBe(true);
      await server.api(adminToken).admin.calendar.putYear(2027, {
        days: [
          { date: '2027-01-01', working: false, name: '元旦' },
          { date: '2027-01-04', working: false, name: '元旦' },
        ],
      });
      expect((await server.request('GET', '/api/calendar/days/2027-01-04')).body).toEqual({ date: '2027-01-04', working: false, name: '元旦' });

      const audit = await server.api(adminToken).admin.audit.list({ action: 'calendar.year' });
      expect(audit.items.map((entry) => entry.action)).toEqual(['calendar.year.update', 'calendar.year.create']);
      expect(audit.items[1]).toMatchObject({ targetId: '2027', actorName: 'admin' });
    });
  });

  describe('PUT /api/admin/calendar/years/{year}', () => {
    it.each`
      edge                             | body                                                                 | field
      ${'make-up day on a weekday'}    | ${{ days: [{ date: '2028-01-05', working: true }] }}                  | ${'days[0].working'}
      ${'date of another year'}        | ${{ days: [{ date: '2029-01-01', working: false }] }}                 | ${'days[0].date'}
      ${'working not a boolean'}       | ${{ days: [{ date: '2028-01-01', working: 'no' }] }}                  | ${'days[0].working'}
      ${'days not a list'}             | ${{ days: 'all' }}                                                    | ${'days'}
    `('refuses $edge with 400 naming $field, and stores nothing', async ({ body, field }) => {
      const response = await server.request('PUT', '/api/admin/calendar/years/2028', { body, token: adminToken });
      expect(response.status).toBe(400);
      expect(response.body.field).toBe(field);
      expect((await server.request('GET', '/api/calendar/days/2028-01-03')).status).toBe(422);
    });

    it('is refused to a handler (403) and to a resident (401)', async () => {
      const handler = (await server.api().admin.login({ username: 'handler', password: DEMO_PASSWORD })).token;
      const resident = (await server.api().auth.devLogin('calendar-tester')).token;
      const body = { days: [] };
      expect((await server.request('PUT', '/api/admin/calendar/years/2028', { body, token: handler })).status).toBe(403);
      expect((await server.request('PUT', '/api/admin/calendar/years/2028', { body, token: resident })).status).toBe(401);
    });
  });
});
