// Cross-origin requests. By default none is allowed: the web app is served from the API's own
// origin and needs no CORS. CORS_ORIGINS lists the origins of other web apps allowed to call
// the API from a browser; they get no credentials (auth is a bearer token they send themselves).
import type { YogaServerOptions } from "graphql-yoga";

type CorsOption = NonNullable<YogaServerOptions<object, object>["cors"]>;

export function corsOptions(origins: readonly string[]): CorsOption | false {
  if (origins.length === 0) return false;
  const allowed = new Set(origins);
  return (request: Request) => {
    const origin = request.headers.get("origin");
    if (!origin || !allowed.has(origin)) return false;
    return {
      origin: [origin],
      methods: ["GET", "POST"],
      allowedHeaders: ["content-type", "authorization", "accept", "x-graphql-yoga-csrf"],
      exposedHeaders: ["retry-after"],
      credentials: false,
      maxAge: 600,
    };
  };
}

/** Checks one entry of CORS_ORIGINS: a scheme, a host and maybe a port, nothing else. */
export function isOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "https:" || url.protocol === "http:") && url.origin === value;
  } catch {
    return false;
  }
}
