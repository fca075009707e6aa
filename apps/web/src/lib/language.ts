/** The first of a comma-separated list of BCP 47 tags (`fr, en` → `fr`), for a `lang` attribute. */
export function primaryLanguage(languages: string | null | undefined): string | undefined {
  const first = languages?.split(",")[0]?.trim();
  return first ? first : undefined;
}
