// Request size limits, checked before a byte of the body is parsed: a body larger than
// `maxBodyBytes` (MAX_BODY_BYTES) is refused with 413, whether it announces its length or
// streams it chunked (counted as it arrives). Requests with a bearer token may send up to
// `maxAuthenticatedBodyBytes` (MAX_UPLOAD_BODY_BYTES): importData carries a
// file of up to 5 MB in its variables. The token is not looked up here (that would be SQL for
// every oversized request); a forged one buys one bounded parse and then a 401. A query string
// (GET) longer than `maxUrlBytes` is refused with 414.
//
// A body that announces its length within the limit is not counted: Node's HTTP parser hands
// over exactly Content-Length bytes (what follows on the connection is the next request). The
// count goes through a TransformStream, and stream.pipeline then builds an AbortController and a
// DOMException with its stack for every request. With yoga's own limit (the same counting, now
// off in app.ts) that was two pipelines a request: Q6 (node by id) at M went from 0.9 to 0.5-0.7
// ms of CPU per request without them, Q1 from 2.0 to 1.1 (issue 7's bench).
import { createGraphQLError, type Plugin } from "graphql-yoga";

export interface RequestSizeLimits {
  maxBodyBytes: number;
  maxAuthenticatedBodyBytes: number;
  maxUrlBytes: number;
}

export const DEFAULT_REQUEST_SIZE_LIMITS: RequestSizeLimits = {
  maxBodyBytes: 1024 * 1024,
  maxAuthenticatedBodyBytes: 12 * 1024 * 1024,
  maxUrlBytes: 16 * 1024,
};

const tooLarge = (limit: number) =>
  createGraphQLError(`The request body is larger than ${limit} bytes, the limit.`, {
    extensions: { code: "REQUEST_ENTITY_TOO_LARGE", limit, http: { status: 413 } },
  });

// Only one non-negative integer is a length (yoga's rule too: a list of them smells of request smuggling).
const badLength = () =>
  createGraphQLError("The Content-Length header is not a length.", { extensions: { code: "BAD_REQUEST", http: { status: 400 } } });

export function requestSizeLimits({ maxBodyBytes, maxAuthenticatedBodyBytes, maxUrlBytes }: RequestSizeLimits): Plugin {
  return {
    onRequestParse({ request, url, requestParser, setRequestParser, fetchAPI }) {
      if (request.method === "GET" && url.search.length > maxUrlBytes) {
        throw createGraphQLError(`The query string is longer than ${maxUrlBytes} bytes, the limit: send the operation by POST.`, {
          extensions: { code: "URI_TOO_LONG", limit: maxUrlBytes, http: { status: 414 } },
        });
      }
      const limit = request.headers.has("authorization") ? maxAuthenticatedBodyBytes : maxBodyBytes;
      const length = request.headers.get("content-length");
      if (length !== null) {
        if (!/^\d+$/.test(length)) throw badLength();
        if (Number(length) > limit) throw tooLarge(limit);
        return;
      }
      if (!requestParser || !request.body) return;
      const parse = requestParser;
      setRequestParser((req) => parse(limitedBody(req, limit, fetchAPI)));
    },
  };
}

/** The same request, its body failing with 413 as soon as more than `limit` bytes arrive. */
function limitedBody(request: Request, limit: number, fetchAPI: { Request: typeof Request; TransformStream: typeof TransformStream }): Request {
  const body = request.body;
  if (!body) return request;
  // A native stream must go through a native TransformStream (yoga does the same, issue 4583).
  const Transform = body instanceof ReadableStream ? globalThis.TransformStream : fetchAPI.TransformStream;
  let bytes = 0;
  const counted = body.pipeThrough(
    new Transform<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        bytes += chunk.byteLength;
        if (bytes > limit) controller.error(tooLarge(limit));
        else controller.enqueue(chunk);
      },
    }),
  );
  return new fetchAPI.Request(request.url, { method: request.method, headers: request.headers, signal: request.signal, body: counted, duplex: "half" } as RequestInit);
}
