import { useState } from "react";
import { Link, useLocation } from "wouter";
import { useMutation } from "urql";
import type { EntityKind } from "../../generated/gql/graphql.ts";
import { editOutcome } from "../../lib/edit-outcome.ts";
import { withArticle } from "../../lib/humanize.ts";
import { focusErrorSummary } from "../../lib/form-field.tsx";
import { ownEdit } from "../../lib/own-changes.ts";
import { Loading } from "../../lib/query-state.tsx";
import { SignInRequired } from "../../lib/sign-in-required.tsx";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { hasErrors, type FieldErrors } from "../../lib/user-errors.ts";
import { useViewer } from "../../lib/viewer.tsx";
import { KIND_LABEL } from "../../lib/vocabulary.ts";
import { emptyDraft, toCreateInput, validateDraft } from "./entity-draft.ts";
import { EntityForm, isFormPath } from "./entity-form.tsx";
import { CREATE_MUTATION, payloadOf } from "./entity-mutations.tsx";

/** `/contribute/new/<kind>`: a new entity, with the sources that state it. */
export function NewEntityPage({ kind }: { kind: EntityKind }) {
  const one = KIND_LABEL[kind].one.toLowerCase();
  const aOne = withArticle(one);
  useDocumentTitle(`Add ${aOne}`);
  const { signedIn, loading } = useViewer();
  const [, navigate] = useLocation();
  const [draft, setDraft] = useState(() => emptyDraft(kind));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [{ fetching }, create] = useMutation(CREATE_MUTATION[kind]);

  const submit = async () => {
    const found = validateDraft(kind, draft, "create");
    if (hasErrors(found)) {
      setErrors(found);
      focusErrorSummary();
      return;
    }
    const result = await ownEdit([], () => create({ input: toCreateInput(kind, draft), reason: draft.reason.trim() || null }), (r) => {
      const entity = payloadOf(r.data)?.entity;
      return entity ? [entity] : [];
    });
    const outcome = editOutcome(result, payloadOf(result.data), (path) => isFormPath(kind, path));
    switch (outcome.status) {
      case "saved":
        navigate(outcome.payload.entity?.url ?? "/contribute");
        return;
      case "invalid":
        setErrors(outcome.errors);
        break;
      case "signed-out":
        setErrors({ "": ["You are signed out. Sign in again (in another tab, to keep this form) and save again."] });
        break;
      default:
        setErrors({ "": [outcome.message] });
    }
    focusErrorSummary();
  };

  return (
    <div className="page">
      <p className="eyebrow">
        <Link href="/contribute">Contribute</Link>
      </p>
      <h1>Add {aOne}</h1>
      {loading ? (
        <Loading what="Checking your sign-in" lines={6} />
      ) : !signedIn ? (
        <SignInRequired to={`add ${aOne}`} />
      ) : (
        <EntityForm kind={kind} mode="create" draft={draft} errors={errors} onChange={setDraft} onSubmit={submit} submitting={fetching} submitLabel={`Add the ${one}`} />
      )}
    </div>
  );
}
