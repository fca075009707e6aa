// Live changes to entities (`entityChanged`, over Server-Sent Events), as a list that grows as
// they come, newest first, each numbered so that a reader can mark where they last looked. The
// stream is reopened when the server or the network closes it.
import { useEffect, useRef } from "react";
import { useSubscription } from "urql";
import { graphql } from "../generated/gql/index.ts";
import type { EntityChangedSubscription as Data, EntityKind } from "../generated/gql/graphql.ts";

const EntityChangedSubscription = graphql(`
  subscription EntityChanged($kinds: [EntityKind!]) {
    entityChanged(kinds: $kinds) {
      key
      kind
      action
      version
      at
      entity {
        id
        label
        url
      }
    }
  }
`);

export type EntityChangeEvent = Data["entityChanged"] & { seq: number };

const KEEP = 50;
// One count for the whole page, so numbers keep rising across a reopened stream.
let lastSeq = 0;
const RETRY_MS = [2_000, 5_000, 15_000, 60_000];

export function useEntityChanges(kinds: readonly EntityKind[] | null = null, { pause = false } = {}): EntityChangeEvent[] {
  const [{ data, fetching }, reopen] = useSubscription(
    { query: EntityChangedSubscription, variables: { kinds: kinds ? [...kinds] : null }, pause },
    (previous: EntityChangeEvent[] = [], event: Data) => [{ ...event.entityChanged, seq: ++lastSeq }, ...previous].slice(0, KEEP),
  );
  const attempts = useRef(0);
  useEffect(() => {
    if (pause || fetching) return;
    const delay = RETRY_MS[Math.min(attempts.current, RETRY_MS.length - 1)]!;
    attempts.current += 1;
    const timer = setTimeout(() => reopen(), delay);
    return () => clearTimeout(timer);
  }, [pause, fetching, reopen]);
  useEffect(() => {
    // A stream that delivers is healthy again: start the back-off afresh next time.
    if (data?.length) attempts.current = 0;
  }, [data]);
  return data ?? [];
}
