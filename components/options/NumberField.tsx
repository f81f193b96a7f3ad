import { useEffect, useState } from 'preact/hooks';
import { t, type Lang } from '@/utils/i18n';

interface Props {
  lang: Lang;
  name: string;
  label: string;
  value: number;
  min: number;
  max: number;
  onSave(value: number): void;
}

/**
 * A whole-number setting. Only a valid value is saved: an emptied or out-of-range field says
 * so and keeps the saved value, instead of quietly saving a minimum (a cache time of 0 would
 * make every view a paid call).
 */
export function NumberField({ lang, name, label, value, min, max, onSave }: Props) {
  const [text, setText] = useState(String(value));
  const [invalid, setInvalid] = useState(false);
  const id = `fanlens-${name}`;

  useEffect(() => setText(String(value)), [value]);

  function commit(input: string) {
    const number = Number(input);
    const valid = input.trim() !== '' && Number.isInteger(number) && number >= min && number <= max;
    setInvalid(!valid);
    if (valid) onSave(number);
  }

  return (
    <>
      <label for={id}>{label}</label>
      <input
        id={id}
        name={name}
        type="number"
        min={min}
        max={max}
        step={1}
        value={text}
        aria-invalid={invalid}
        aria-describedby={invalid ? `${id}-problem` : undefined}
        onInput={(event) => setText(event.currentTarget.value)}
        onChange={(event) => commit(event.currentTarget.value)}
      />
      {invalid && (
        <p id={`${id}-problem`} class="fanlens-input-problem" role="alert">
          {t(lang, 'numberRange', { min, max })}
        </p>
      )}
    </>
  );
}
