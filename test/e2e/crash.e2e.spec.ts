import { citizenApplication } from './support/applications';
import { startServer, StartedServer } from './support/server';

// Friday 2024-09-27, 10:00 in China: the date every 受理编号 below must carry.
const CLOCK_NOW = '2024-09-27T02:00:00Z';

describe('a crash during a submit', () => {
  let server: StartedServer;

  afterAll(() => server?.stop());

  it('leaves either a whole request or none, never half of one (kill -9 mid-request, 8 times)', async () => {
    server = await startServer({ CLOCK_NOW });
    const database = server.database;
    const acknowledged = new Set<number>();
    for (let round = 0; round < 8; round += 1) {
      const token = (await server.api().auth.devLogin(`crash-${round}`)).token;
      const submits = Array.from({ length: 5 }, () =>
        fetch(`${server.baseUrl}/api/disclosure-requests`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify(citizenApplication()),
        })
          .then(async (response) => (response.status === 201 ? ((await response.json()) as { id: number }).id : null))
          .catch(() => null),
      );
      // Kill at a different moment each round, from before the first insert to after the last commit.
      await new Promise((resolve) => setTimeout(resolve, round * 4));
      await server.kill();
      for (const id of await Promise.all(submits)) if (id !== null) acknowledged.add(id);
      server = await startServer({ CLOCK_NOW }, database);
    }
    // Every kill may land before a commit; one submission after the last restart keeps the checks below from being vacuous.
    const after = await server.request('POST', '/api/disclosure-requests', { token: (await server.api().auth.devLogin('crash-after')).token, body: citizenApplication() });
    expect(after.status).toBe(201);
    acknowledged.add(after.body.id);

    const requests = await database.query('SELECT id, tracking_number, status FROM disclosure_request');
    const events = await database.query('SELECT request_id, seq, type FROM disclosure_request_event');
    for (const request of requests) {
      expect(request.tracking_number).toMatch(/^YSQ20240927\d{5}$/);
      expect(request.status).toBe('submitted');
      expect(events.filter((event) => Number(event.request_id) === Number(request.id)).map((event) => event.type)).toEqual(['submitted']);
    }
    // Every submit the client saw succeed survived the crash.
    const stored = new Set(requests.map((request) => Number(request.id)));
    for (const id of acknowledged) expect(stored.has(id)).toBe(true);
    expect(events.every((event) => stored.has(Number(event.request_id)))).toBe(true);
  });
});
