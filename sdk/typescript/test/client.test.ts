// The SDK's wiring, without a server: one base URL, a token shared by the four clients after
// login, and problem+json bodies read back from failed calls.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { OcopClient, problemOf } from '../src/index';

interface Seen {
  url: string;
  method: string;
  authorization: string | null;
  body: unknown;
}

function fakeGateway(seen: Seen[]): typeof fetch {
  return async (input, init) => {
    const url = String(input);
    const headers = new Headers(init?.headers);
    seen.push({
      url,
      method: init?.method ?? 'GET',
      authorization: headers.get('Authorization'),
      body: init?.body ? JSON.parse(String(init.body)) : undefined,
    });
    if (url.endsWith('/auth/token')) {
      return Response.json({ access_token: 'jwt-of-daklak-officer', token_type: 'Bearer', expires_in: 900 });
    }
    if (url.includes('/public/verify/')) {
      return new Response(
        JSON.stringify({
          type: 'https://ocop.vn/problems/not-found',
          title: 'Not found',
          status: 404,
          code: 'NOT_FOUND',
          requestId: 'req-1',
        }),
        { status: 404, headers: { 'content-type': 'application/problem+json' } },
      );
    }
    return Response.json({ items: [], pager: { page: 1, pageSize: 20 } });
  };
}

test('login sends the credentials and every later call of every service carries its token', async () => {
  const seen: Seen[] = [];
  const ocop = new OcopClient({ baseUrl: 'https://gateway.example/', fetchApi: fakeGateway(seen) });

  const tokens = await ocop.login('daklak.officer', 'secret');
  await ocop.registry.certificates.listCertificates({ provinceCode: '66' });
  await ocop.rating.dossiers.listDossiers({});
  await ocop.plan.indicators.listIndicators();

  assert.equal(tokens.accessToken, 'jwt-of-daklak-officer');
  assert.deepEqual(seen[0], {
    url: 'https://gateway.example/auth/token',
    method: 'POST',
    authorization: null,
    body: { username: 'daklak.officer', password: 'secret' },
  });
  assert.deepEqual(
    seen.slice(1).map((s) => [s.url, s.authorization]),
    [
      ['https://gateway.example/api/registry/v1/certificates?provinceCode=66', 'Bearer jwt-of-daklak-officer'],
      ['https://gateway.example/api/rating/v1/dossiers', 'Bearer jwt-of-daklak-officer'],
      ['https://gateway.example/api/plan/v1/indicators', 'Bearer jwt-of-daklak-officer'],
    ],
  );
});

test('a failed call gives back the problem+json body with its code and request id', async () => {
  const ocop = new OcopClient({ baseUrl: 'https://gateway.example', fetchApi: fakeGateway([]) });

  const error = await ocop.registry.publicVerification
    .verifyCertificate({ code: 'aaaaaaaaaaaaaaaaaaaaaaaaaa' })
    .then(
      () => undefined,
      (e: unknown) => e,
    );

  const problem = await problemOf(error);
  assert.equal(problem?.status, 404);
  assert.equal(problem?.code, 'NOT_FOUND');
  assert.equal(problem?.requestId, 'req-1');
  assert.equal(await problemOf(new Error('network down')), undefined);
});
