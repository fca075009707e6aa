// Search-as-you-type choice of one entity, as an ARIA 1.2 combobox: type, move with the arrow
// keys, choose with Enter or a click, close with Escape. The value is the entity's key, so that
// it can come from and go to the address bar; its label is fetched when only the key is known.
import { useEffect, useId, useState, type KeyboardEvent, type ReactNode } from "react";
import { useQuery } from "urql";
import { graphql } from "../generated/gql/index.ts";
import type { EntityKind } from "../generated/gql/graphql.ts";
import { FieldErrorList } from "./form-field.tsx";
import { HighlightedText } from "./highlighted-text.tsx";
import { useDebouncedValue } from "./use-debounced-value.ts";
import { KIND_LABEL } from "./vocabulary.ts";

const EntityPickerSearchQuery = graphql(`
  query EntityPickerSearch($query: String!, $types: [EntityKind!]) {
    search(query: $query, types: $types, first: 8) {
      edges {
        highlight {
          text
          matched
        }
        node {
          id
          key
          kind
          label
        }
      }
    }
  }
`);

const EntityPickerLabelQuery = graphql(`
  query EntityPickerLabel($key: String!) {
    entity(key: $key) {
      id
      key
      kind
      label
    }
  }
`);

export interface PickedEntity {
  key: string;
  kind: EntityKind;
  label: string;
}

export function EntityPicker({
  label,
  value,
  onChange,
  placeholder = "Type a name",
  kinds,
  id: givenId,
  hint,
  errors,
  required = false,
}: {
  label: ReactNode;
  value: string | null;
  onChange: (entity: PickedEntity | null) => void;
  placeholder?: string;
  /** Offer only entities of these kinds. */
  kinds?: readonly EntityKind[];
  id?: string;
  hint?: ReactNode;
  errors?: readonly string[];
  required?: boolean;
}) {
  const generatedId = useId();
  const id = givenId ?? generatedId;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-errors` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(" ") || undefined;
  const listId = `${id}-options`;
  const [text, setText] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const query = useDebouncedValue(text.trim(), 200);

  const [{ data: known }] = useQuery({ query: EntityPickerLabelQuery, variables: { key: value ?? "" }, pause: !value });
  const knownLabel = value && known?.entity?.key === value ? known.entity.label : null;
  // Show the chosen entity's name whenever the choice changes from outside (address, a click).
  useEffect(() => {
    if (knownLabel) setText(knownLabel);
    else if (!value) setText("");
  }, [value, knownLabel]);

  const searching = open && query.length > 0 && query !== knownLabel;
  const types = kinds ? [...kinds] : null;
  const [{ data, fetching }] = useQuery({ query: EntityPickerSearchQuery, variables: { query, types }, pause: !searching });
  const options = searching ? (data?.search.edges ?? []) : [];
  const expanded = searching && options.length > 0;

  const choose = (index: number) => {
    const option = options[index];
    if (!option) return;
    setText(option.node.label);
    setOpen(false);
    onChange({ key: option.node.key, kind: option.node.kind, label: option.node.label });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      setOpen(true);
      setActive((current) => (options.length ? (current + 1) % options.length : 0));
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      setActive((current) => (options.length ? (current - 1 + options.length) % options.length : 0));
    } else if (event.key === "Enter" && expanded) {
      event.preventDefault();
      choose(active);
    } else if (event.key === "Escape") {
      setOpen(false);
    }
  };

  return (
    <div className={errors?.length ? "picker field field-invalid" : "picker"}>
      <label htmlFor={id}>
        {label}
        {required ? <span className="required"> (required)</span> : null}
      </label>
      {hint ? (
        <p id={hintId} className="hint">
          {hint}
        </p>
      ) : null}
      <FieldErrorList id={`${id}-errors`} errors={errors} />
      <input
        id={id}
        aria-describedby={describedBy}
        aria-invalid={errorId ? true : undefined}
        aria-required={required || undefined}
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded ? `${id}-option-${active}` : undefined}
        autoComplete="off"
        placeholder={placeholder}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
          setActive(0);
          if (event.target.value === "" && value) onChange(null);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
      />
      <ul id={listId} role="listbox" aria-label={typeof label === "string" ? `${label}: suggestions` : "Suggestions"} className="picker-options" hidden={!expanded}>
        {options.map((option, index) => (
          <li
            key={option.node.id}
            id={`${id}-option-${index}`}
            role="option"
            aria-selected={index === active}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(index)}
          >
            <HighlightedText parts={option.highlight.length ? option.highlight : [{ text: option.node.label, matched: false }]} />{" "}
            <span className="tag">{KIND_LABEL[option.node.kind].one}</span>
          </li>
        ))}
      </ul>
      <span className="visually-hidden" role="status" aria-live="polite">
        {searching && !fetching ? (options.length ? `${options.length} suggestions` : "No match") : ""}
      </span>
    </div>
  );
}
