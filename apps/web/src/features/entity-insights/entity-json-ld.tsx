// The entity's JSON-LD export, embedded in the page for crawlers that run scripts and for
// linked-data tools that read a page's <script type="application/ld+json">.
import { useEffect, useState } from "react";

export function EntityJsonLd({ entityKey }: { entityKey: string }) {
  const [json, setJson] = useState<string | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    fetch(`/export/entity/${encodeURIComponent(entityKey)}.jsonld`, { signal: controller.signal })
      .then((response) => (response.ok ? response.text() : null))
      .then((text) => setJson(text))
      // Embedding is a bonus: the page stands without it.
      .catch(() => undefined);
    return () => controller.abort();
  }, [entityKey]);
  if (!json) return null;
  // `<` escaped so that no string in the data can close the script element.
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json.replace(/</g, "\\u003c") }} />;
}
