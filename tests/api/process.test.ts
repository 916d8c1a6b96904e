import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymous, seededAppWithPlanner } from '../support/session';

let ctx: Awaited<ReturnType<typeof seededAppWithPlanner>>;
beforeAll(async () => {
  ctx = await seededAppWithPlanner();
});
afterAll(() => ctx.cleanup());

const D = '/api/districts/district-malmo-city';
const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });
const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

describe('the BID process tracker', () => {
  it('plans the seven steps from the start date with their weeks, checklists and status', async () => {
    const { status, body } = await ctx.planner.get(`${D}/process`);
    expect(status).toBe(200);
    expect(body.steps.map((s: { weeks: number }) => s.weeks)).toEqual([8, 8, 15, 12, 12, 12, 12]);
    expect(body.steps.map((s: { phase: string }) => s.phase)).toEqual([
      'prepare',
      'carry-out',
      'carry-out',
      'carry-out',
      'carry-out',
      'compile',
      'compile',
    ]);
    let start = body.startDate;
    for (const step of body.steps) {
      expect(step.plannedStart).toBe(start);
      expect(step.plannedEnd).toBe(addDays(start, step.weeks * 7));
      start = step.plannedEnd;
      const done = step.checklist.filter((c: { done: boolean }) => c.done).length;
      expect(step.progress).toEqual({ done, total: step.checklist.length });
      const expected =
        done === step.checklist.length
          ? 'done'
          : today >= step.plannedEnd
            ? 'late'
            : today >= step.plannedStart
              ? 'in-progress'
              : 'upcoming';
      expect(step.status).toBe(expected);
    }
    expect(body.steps[0].checklist.map((c: { item: string }) => c.item)).toContain('send-letters-of-intent');
    expect(body.currentStep).toBe(body.steps.find((s: { status: string }) => s.status !== 'done').number);
  });

  it('shows a step as late when its planned end has passed, and done when every item is ticked', async () => {
    await ctx.planner.send('PUT', `${D}/process`, { startDate: addDays(today, -400) });
    let { body } = await ctx.planner.get(`${D}/process`);
    expect(body.steps[1].status).toBe('late'); // step 2 has an item left
    for (const c of body.steps[1].checklist.filter((x: { done: boolean }) => !x.done)) {
      const res = await ctx.planner.send('PUT', `${D}/process/checklist/${c.item}`, { done: true });
      expect(res.status).toBe(200);
      body = res.body;
    }
    expect(body.steps[1].status).toBe('done');
    const ticked = body.steps[1].checklist.find((c: { item: string }) => c.item === 'start-current-state-analysis');
    expect(ticked).toMatchObject({ done: true, doneOn: today, doneBy: 'Petra Planerare' });
    const untick = await ctx.planner.send('PUT', `${D}/process/checklist/start-current-state-analysis`, {
      done: false,
    });
    expect(untick.body.steps[1].status).toBe('late');

    await ctx.planner.send('PUT', `${D}/process`, { startDate: addDays(today, 30) });
    ({ body } = await ctx.planner.get(`${D}/process`));
    expect(body.steps[2].status).toBe('upcoming');
  });

  it('keeps the documents of a step, linked or attached, and refuses what is not a document', async () => {
    const link = await ctx.planner.send('POST', `${D}/process/steps/1/documents`, {
      kind: 'letter-of-intent',
      title: 'Avsiktsförklaring, mall',
      url: 'https://example.se/mall.pdf',
    });
    expect(link.status).toBe(201);
    const form = new FormData();
    form.set('kind', 'current-state-analysis');
    form.set('title', 'Nulägesanalys, utkast');
    form.set('file', new File([new TextEncoder().encode('%PDF-1.4\n%…\n')], 'nulage.pdf', { type: 'application/pdf' }));
    const attached = await ctx.app.request(`${D}/process/steps/2/documents`, {
      method: 'POST',
      body: form,
      headers: { Cookie: ctx.planner.cookie, 'X-CSRF-Token': ctx.planner.csrfToken },
    });
    expect(attached.status).toBe(201);
    const { process } = (await attached.json()) as any;
    const doc = process.steps[1].documents[0];
    expect(doc).toMatchObject({
      kind: 'current-state-analysis',
      title: 'Nulägesanalys, utkast',
      fileName: 'nulage.pdf',
      url: null,
    });
    const file = await ctx.app.request(doc.file, { headers: { Cookie: ctx.planner.cookie } });
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect(new TextDecoder().decode(await file.arrayBuffer())).toMatch(/^%PDF-1.4/);

    const bad = new FormData();
    bad.set('kind', 'other');
    bad.set('title', 'Ett program');
    bad.set('file', new File([new Uint8Array([0x4d, 0x5a, 0x90, 0])], 'virus.pdf'));
    expect(
      (
        await ctx.app.request(`${D}/process/steps/2/documents`, {
          method: 'POST',
          body: bad,
          headers: { Cookie: ctx.planner.cookie, 'X-CSRF-Token': ctx.planner.csrfToken },
        })
      ).status,
    ).toBe(415);
    expect(
      (
        await ctx.planner.send('POST', `${D}/process/steps/8/documents`, {
          kind: 'other',
          title: 'x',
          url: 'https://example.se',
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await ctx.planner.send('POST', `${D}/process/steps/1/documents`, {
          kind: 'other',
          title: 'x',
          url: 'javascript:alert(1)',
        })
      ).status,
    ).toBe(400);
    const after = (await ctx.planner.get(`${D}/process`)).body;
    expect(after.steps[0].documents).toHaveLength(1);
    expect(after.steps[1].documents).toHaveLength(1);

    // Removing one is a planner's write for that district only.
    expect(
      (await ctx.planner.send('DELETE', `/api/districts/another-district/process/documents/${doc.id}`)).status,
    ).toBe(404);
    expect((await ctx.planner.send('DELETE', `${D}/process/documents/${doc.id}`)).status).toBe(204);
    expect((await ctx.planner.get(`${D}/process`)).body.steps[1].documents).toEqual([]);
    expect((await ctx.app.request(doc.file, { headers: { Cookie: ctx.planner.cookie } })).status).toBe(404);
  });

  it('refuses unknown items, dates in the future, and anyone but a planner', async () => {
    expect((await ctx.planner.send('PUT', `${D}/process/checklist/fly-to-the-moon`, { done: true })).status).toBe(404);
    expect(
      (await ctx.planner.send('PUT', `${D}/process/checklist/kick-off`, { done: true, doneOn: addDays(today, 3) }))
        .status,
    ).toBe(400);
    expect((await ctx.planner.get('/api/districts/nowhere/process')).status).toBe(404);
    expect((await anonymous(ctx.app).get(`${D}/process`)).status).toBe(401);
  });
});

describe('the site walk', () => {
  it('adds an observation with a photo, lists it by focus area and walk, and turns it into an action once', async () => {
    const walk = await ctx.planner.send('POST', `${D}/walks`, { title: 'Kvällsvandring', walkedOn: '2026-11-20' });
    expect(walk.status).toBe(201);
    const png = Uint8Array.from(
      Buffer.from(
        'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
        'base64',
      ),
    );
    const form = new FormData();
    for (const [k, v] of Object.entries({
      walkId: walk.body.id,
      focusArea: 'clean-safe',
      verdict: 'problem',
      text: 'Trasig belysning i gränden',
      lon: '13.0010',
      lat: '55.6040',
    }))
      form.set(k, v);
    form.set('photo', new File([png], 'foto.png'));
    const res = await ctx.app.request(`${D}/observations`, {
      method: 'POST',
      body: form,
      headers: { Cookie: ctx.planner.cookie, 'X-CSRF-Token': ctx.planner.csrfToken },
    });
    expect(res.status).toBe(201);
    const obs = (await res.json()) as any;
    expect(obs.geometry.coordinates).toEqual([13.001, 55.604]);
    expect(obs.properties).toMatchObject({
      focusArea: 'clean-safe',
      verdict: 'problem',
      walkTitle: 'Kvällsvandring',
      hasPhoto: true,
    });
    expect(
      (await ctx.app.request(obs.properties.photo, { headers: { Cookie: ctx.planner.cookie } })).headers.get(
        'content-type',
      ),
    ).toBe('image/png');

    const cleanSafe = (await ctx.planner.get(`${D}/observations?focusArea=clean-safe`)).body.features;
    expect(cleanSafe.every((f: { properties: { focusArea: string } }) => f.properties.focusArea === 'clean-safe')).toBe(
      true,
    );
    expect(cleanSafe.map((f: { id: string }) => f.id)).toContain(obs.id);
    expect((await ctx.planner.get(`${D}/observations?walkId=${walk.body.id}`)).body.features).toHaveLength(1);

    const action = await ctx.planner.send('POST', `${D}/observations/${obs.id}/action`);
    expect(action.status).toBe(201);
    expect(action.body).toMatchObject({
      title: 'Trasig belysning i gränden',
      focusArea: 'clean-safe',
      status: 'idea',
      geometry: { type: 'Point', coordinates: [13.001, 55.604] },
    });
    const actions = (await ctx.planner.get(`${D}/actions`)).body;
    expect(JSON.stringify(actions)).toContain(action.body.id);
    expect((await ctx.planner.send('POST', `${D}/observations/${obs.id}/action`)).status).toBe(409);
  });

  it('refuses a place outside the data, an unknown walk, a bad focus area; stores nothing', async () => {
    const walks = (await ctx.planner.get(`${D}/walks`)).body.walks;
    const before = (await ctx.planner.get(`${D}/observations`)).body.features.length;
    const base = { walkId: walks[0].id, focusArea: 'place', verdict: 'good', text: 'Fint', lon: 13.0, lat: 55.6 };
    expect((await ctx.planner.send('POST', `${D}/observations`, { ...base, lon: 18.07, lat: 59.33 })).status).toBe(422);
    expect((await ctx.planner.send('POST', `${D}/observations`, { ...base, walkId: 'walk-nope' })).status).toBe(404);
    expect((await ctx.planner.send('POST', `${D}/observations`, { ...base, focusArea: 'weather' })).status).toBe(400);
    expect((await ctx.planner.send('POST', `${D}/observations`, { ...base, text: ' ' })).status).toBe(400);
    expect((await ctx.planner.get(`${D}/observations`)).body.features.length).toBe(before);
    expect((await anonymous(ctx.app).get(`${D}/observations`)).status).toBe(401);
  });
});
