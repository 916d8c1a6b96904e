import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymous, seededAppWithPlanner } from '../support/session';

let ctx: Awaited<ReturnType<typeof seededAppWithPlanner>>;
beforeAll(async () => {
  ctx = await seededAppWithPlanner();
});
afterAll(() => ctx.cleanup());

describe('events marked on the charts', () => {
  it('lists the seeded recurring events in a period, marked as generated', async () => {
    const { status, body } = await anonymous(ctx.app).get(
      '/api/events?from=2025-01-01&to=2026-01-01&place=malmo-centrum',
    );
    expect(status).toBe(200);
    const festival = body.events.find((e: { title: string }) => e.title === 'Malmöfestivalen');
    expect(festival).toMatchObject({ generated: true });
    expect(new Date(`${festival.startsOn}T12:00:00Z`).getUTCDay()).toBe(5); // starts on a Friday
    expect(festival.startsOn.slice(0, 7)).toBe('2025-08');
    const blackFriday = body.events.find((e: { title: string }) => e.title === 'Black Friday');
    expect(blackFriday.startsOn).toBe('2025-11-28');
    expect(
      body.events.every(
        (e: { startsOn: string; endsOn: string }) => e.startsOn < '2026-01-01' && e.endsOn >= '2025-01-01',
      ),
    ).toBe(true);
  });

  it('gives each place its own events and those of every place: no Malmöfestivalen in Stockholm', async () => {
    const titles = async (query: string) =>
      new Set(
        (await anonymous(ctx.app).get(`/api/events?from=2025-01-01&to=2026-01-01${query}`)).body.events.map(
          (e: { title: string }) => e.title,
        ),
      );
    expect(await titles('&place=stockholm-city')).toEqual(
      new Set(['Black Friday', 'Julbelysningen tänds (första advent)']),
    );
    expect(await titles('')).toEqual(await titles('&place=stockholm-city'));
    expect(await titles('&place=malmo-centrum')).toContain('Malmöfestivalen');

    const added = await ctx.planner.send('POST', '/api/events?place=fruangen-centrum', {
      title: 'Fruängens dag',
      startsOn: '2025-06-07',
      endsOn: '2025-06-07',
    });
    expect(added.status).toBe(201);
    expect(await titles('&place=fruangen-centrum')).toContain('Fruängens dag');
    expect(await titles('&place=stockholm-city')).not.toContain('Fruängens dag');
    expect((await anonymous(ctx.app).get('/api/events?from=2025-01-01&to=2026-01-01&place=atlantis')).status).toBe(404);
  });

  it('lets a planner add and remove an event, checked at the edge', async () => {
    const created = await ctx.planner.send('POST', '/api/events', {
      title: 'Gatan stängd för ledningsarbete',
      startsOn: '2026-03-02',
      endsOn: '2026-03-20',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ title: 'Gatan stängd för ledningsarbete', generated: false });
    const inMarch = (await ctx.planner.get('/api/events?from=2026-03-10&to=2026-03-11')).body.events;
    expect(inMarch.map((e: { id: string }) => e.id)).toContain(created.body.id);

    const backwards = await ctx.planner.send('POST', '/api/events', {
      title: 'Bakvänd',
      startsOn: '2026-03-20',
      endsOn: '2026-03-02',
    });
    expect(backwards.status).toBe(400);
    expect(JSON.stringify(backwards.body)).toMatch(/före startdatum/);
    expect(
      (
        await anonymous(ctx.app).send('POST', '/api/events', {
          title: 'x',
          startsOn: '2026-03-02',
          endsOn: '2026-03-02',
        })
      ).status,
    ).toBe(401);

    expect((await ctx.planner.send('DELETE', `/api/events/${created.body.id}`)).status).toBe(204);
    expect((await ctx.planner.get('/api/events?from=2026-03-10&to=2026-03-11')).body.events).toEqual([]);
    expect((await ctx.planner.send('DELETE', `/api/events/${created.body.id}`)).status).toBe(404);
  });
});
