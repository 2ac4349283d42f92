// Against a running gateway: signs in, searches the public registry for a certified product and
// verifies its certificate, all through the TypeScript SDK. The e2e suite (TypeScriptSdkTest) runs
// it after issuing a certificate and says what to expect through the environment:
//   OCOP_GATEWAY_URL, OCOP_USERNAME, OCOP_PASSWORD   where and as whom (a province officer)
//   OCOP_EXPECT   JSON: {"product": exact name, "provinceCode", "provinceName", "starClass"}
// (JSON, so that the Vietnamese names can travel as \u escapes through any locale.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { OcopClient, problemOf, registry } from '../src/index';

const env = process.env;
const gatewayUrl = env.OCOP_GATEWAY_URL;

interface Expected {
  product: string;
  provinceCode: string;
  provinceName: string;
  starClass: number;
}

function required(name: string): string {
  const value = env[name];
  assert.ok(value, `${name} is not set`);
  return value;
}

/** "Cà phê bột Đắk Lắk" → "ca phe bot dak lak": what a user types on a phone without accents. */
function withoutDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}

test(
  'an officer signs in, finds a certified product by its unaccented name and verifies its certificate',
  { skip: gatewayUrl ? false : 'OCOP_GATEWAY_URL is not set: no gateway to test against' },
  async () => {
    const expected = JSON.parse(required('OCOP_EXPECT')) as Expected;
    const { product: productName, provinceCode, provinceName, starClass: stars } = expected;
    const ocop = new OcopClient({ baseUrl: gatewayUrl! });

    const tokens = await ocop.login(required('OCOP_USERNAME'), required('OCOP_PASSWORD'));
    assert.equal(tokens.tokenType, 'Bearer');
    assert.equal(tokens.accessToken?.split('.').length, 3, 'the access token is a JWT');
    assert.ok(tokens.refreshToken, 'a refresh token comes with the sign-in');

    // Public search (tra cứu): accent-insensitive, filtered to the province and the star class.
    const page = await ocop.registry.publicSearch.searchCertifiedProducts({
      q: withoutDiacritics(productName),
      provinceCode,
      starClass: stars,
    });
    const found = page.items?.filter((item) => item.name === productName) ?? [];
    assert.equal(found.length, 1, `one "${productName}" among ${JSON.stringify(page.items)}`);
    const product = found[0];
    assert.equal(product.provinceCode, provinceCode);
    assert.equal(product.provinceName, provinceName);
    assert.equal(product.starClass, stars);
    assert.equal(product.status, registry.CertificateStatus.Issued);
    assert.ok(product.validFrom instanceof Date, 'dates are parsed into Date');
    assert.equal(monthsBetween(product.validFrom!, product.validTo!), 36);

    // The officer's own view (bearer token): the certificate and its printed verification code.
    const certificates = await ocop.registry.certificates.listCertificates({
      productId: product.productId,
    });
    assert.equal(certificates.items?.length, 1);
    const certificate = certificates.items![0];
    assert.equal(certificate.productId, product.productId);
    assert.equal(certificate.starClass, stars);
    assert.ok(certificate.publicCode, 'the certificate has a verification code');

    // Public verification (xác thực), as a consumer scanning the QR code does: no token needed.
    const anonymous = new OcopClient({ baseUrl: gatewayUrl! });
    const verification = await anonymous.registry.publicVerification.verifyCertificate({
      code: certificate.publicCode!,
    });
    assert.equal(verification.code, certificate.publicCode);
    assert.equal(verification.verdict, registry.Verdict.Valid);
    assert.equal(verification.status, registry.CertificateStatus.Issued);
    assert.equal(verification.starClass, stars);
    assert.equal(verification.product?.name, productName);
    assert.equal(verification.place?.provinceCode, provinceCode);
    assert.equal(verification.place?.provinceName, provinceName);
    assert.equal(verification.validTo?.getTime(), product.validTo?.getTime());
    assert.match(verification.message?.vi ?? '', new RegExp(`${stars} sao`));

    // A well-formed code that no certificate has: a problem+json naming why.
    const unknown = [...certificate.publicCode!].reverse().join('');
    const error = await anonymous.registry.publicVerification
      .verifyCertificate({ code: unknown })
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    const problem = await problemOf(error);
    assert.equal(problem?.status, 404);
    assert.equal(problem?.code, 'NOT_FOUND');
    assert.ok(problem?.requestId, 'the problem carries the request id');
  },
);

function monthsBetween(from: Date, to: Date): number {
  return (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + (to.getUTCMonth() - from.getUTCMonth());
}
