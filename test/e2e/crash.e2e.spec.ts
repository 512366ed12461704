import { citizenApplication } from './support/applications';
import { startServer, StartedServer } from './support/server';

describe('a crash during a submit', () => {
  let server: StartedServer;

  afterAll(() => server?.stop());

  it('leaves either a whole request or none, never half of one (kill -9 mid-request, 8 times)', async () => {
    server = await startServer();
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
      server = await startServer({}, database);
    }

    const requests = await database.query('SELECT id, tracking_number, status FROM disclosure_request');
    const events = await database.query('SELECT request_id, seq, type FROM disclosure_request_event');
    for (const request of requests) {
      expect(request.tracking_number).toMatch(/^YSQ\d{13}$/);
      expect(request.status).toBe('submitted');
      expect(events.filter((event) => Number(event.request_id) === Number(request.id)).map((event) => event.type)).toEqual(['submitted']);
    }
    // Every submit the client saw succeed survived the crash.
    const stored = new Set(requests.map((request) => Number(request.id)));
    for (const id of acknowledged) expect(stored.has(id)).toBe(true);
    expect(events.every((event) => stored.has(Number(event.request_id)))).toBe(true);
  });
});
