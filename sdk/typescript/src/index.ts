/**
 * The OCOP suite's clients over one gateway URL and one bearer token.
 *
 * The four namespaces are generated at build from the committed OpenAPI documents (openapi/*.yaml);
 * this file only wires them to a shared base URL and token, so that an app never configures four
 * clients. Every service is reached through the gateway: its paths already carry the service name
 * (/api/registry/v1/..., /public/...).
 */
import * as registry from '../target/generated/registry';
import * as rating from '../target/generated/rating';
import * as plan from '../target/generated/plan';
import * as gateway from '../target/generated/gateway';

export { registry, rating, plan, gateway };

export interface OcopClientOptions {
  /** The gateway's base URL, e.g. https://ocop.example.gov.vn (a trailing slash is ignored). */
  baseUrl: string;
  /** A bearer token to start with (a machine client's, say); {@link OcopClient.login} replaces it. */
  accessToken?: string;
  /** The fetch to use; the global one of Node 20+ and browsers by default. */
  fetchApi?: typeof fetch;
  /** Headers sent with every request (an X-Request-Id, say). */
  headers?: Record<string, string>;
}

/**
 * The API classes of a generated module, by tag: `PublicSearchApi` becomes `publicSearch`. Derived
 * from the module itself, so a new tag in a document needs no change here.
 */
export type Apis<M> = {
  [K in keyof M as K extends `${infer Tag}Api` ? Uncapitalize<Tag> : never]: M[K] extends new (
    ...args: never[]
  ) => infer Api
    ? Api
    : never;
};

type Module = Record<string, unknown> & {
  Configuration: new (parameters: {
    basePath?: string;
    fetchApi?: typeof fetch;
    headers?: Record<string, string>;
    accessToken?: () => string;
  }) => unknown;
};

export class OcopClient {
  readonly registry: Apis<typeof registry>;
  readonly rating: Apis<typeof rating>;
  readonly plan: Apis<typeof plan>;
  readonly gateway: Apis<typeof gateway>;
  private token: string;

  constructor(options: OcopClientOptions) {
    this.token = options.accessToken ?? '';
    const parameters = {
      basePath: options.baseUrl.replace(/\/+$/, ''),
      fetchApi: options.fetchApi,
      headers: options.headers,
      // Read on every call: a login after construction applies to all four clients at once.
      accessToken: () => this.token,
    };
    this.registry = apisOf(registry, parameters);
    this.rating = apisOf(rating, parameters);
    this.plan = apisOf(plan, parameters);
    this.gateway = apisOf(gateway, parameters);
  }

  /** Signs in with a local account (tài khoản); every later call carries its access token. */
  async login(username: string, password: string): Promise<gateway.TokenResponse> {
    const tokens = await this.gateway.authentication.issueToken({
      tokenRequest: { username, password },
    });
    this.token = tokens.accessToken ?? '';
    return tokens;
  }

  /** Uses a token obtained elsewhere (a refresh, the client credentials grant); '' for none. */
  useAccessToken(token: string): void {
    this.token = token;
  }

  get accessToken(): string {
    return this.token;
  }
}

function apisOf<M>(module: M, parameters: object): Apis<M> {
  const generated = module as unknown as Module;
  const configuration = new generated.Configuration(parameters);
  const apis: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(generated)) {
    if (name.endsWith('Api') && typeof value === 'function') {
      const api = value as new (configuration: unknown) => unknown;
      apis[name.charAt(0).toLowerCase() + name.slice(1, -'Api'.length)] = new api(configuration);
    }
  }
  return apis as Apis<M>;
}

/** An RFC 9457 problem as every service answers errors (code, requestId, errors[] of fields). */
export type Problem = registry.Problem;

/**
 * The problem+json body of a failed call, or undefined when the error is not an HTTP answer with
 * one (a network error, say). The generated clients throw a ResponseError holding the response.
 */
export async function problemOf(error: unknown): Promise<Problem | undefined> {
  const response = (error as { response?: unknown } | null)?.response;
  if (!(response instanceof Response)) {
    return undefined;
  }
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('json')) {
    return undefined;
  }
  return registry.ProblemFromJSON(await response.clone().json());
}
