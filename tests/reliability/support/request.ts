// One HTTP request against an app in-process (app.fetch), described as data so that a table of
// them can be run, printed and counted.
import type { AgoraApp } from "@agora/api";

export interface HttpRequest {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  /** A string is sent as is; anything else as JSON. A ReadableStream goes chunked, with no length. */
  body?: unknown;
}

export interface HttpResponse {
  status: number;
  headers: Headers;
  text: string;
  json: any;
}

export const JSON_HEADERS = { "content-type": "application/json", accept: "application/graphql-response+json" };

export async function send(app: AgoraApp, request: HttpRequest): Promise<HttpResponse> {
  const { method = "POST", path = "/graphql", headers = JSON_HEADERS, body } = request;
  const init: RequestInit & { duplex?: string } = { method, headers };
  if (body !== undefined) {
    if (body instanceof ReadableStream) {
      init.body = body;
      init.duplex = "half";
    } else {
      init.body = typeof body === "string" || body instanceof Uint8Array ? (body as string) : JSON.stringify(body);
    }
  }
  const response = await app.fetch(new Request(`http://agora.test${path}`, init));
  const text = await response.text();
  let json: any = undefined;
  try {
    json = JSON.parse(text);
  } catch {
    // not JSON: left undefined
  }
  return { status: response.status, headers: response.headers, text, json };
}

/** The request's own text, to tell an echo from a leak. */
export function requestText(request: HttpRequest): string {
  const body = request.body;
  return `${request.path ?? ""} ${typeof body === "string" ? body : body instanceof ReadableStream || body instanceof Uint8Array ? "" : JSON.stringify(body ?? "")}`;
}
