interface Props<T extends string> {
  name: string;
  label: string;
  value: T;
  options: ReadonlyArray<{ value: T; label: string }>;
  onChange(value: T): void;
}

/** One labelled `<select>` of the settings form. */
export function SelectField<T extends string>({ name, label, value, options, onChange }: Props<T>) {
  const id = `fanlens-${name}`;
  return (
    <>
      <label for={id}>{label}</label>
      <select
        id={id}
        name={name}
        value={value}
        onChange={(event) => onChange(event.currentTarget.value as T)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </>
  );
}
