import { Client, fetchExchange } from "urql";
import { cacheExchange } from "@urql/exchange-graphcache";
import { cacheConfig } from "./urql-cache.ts";

export function createUrqlClient(): Client {
  return new Client({
    url: "/graphql",
    exchanges: [cacheExchange(cacheConfig), fetchExchange],
    preferGetMethod: false,
  });
}
