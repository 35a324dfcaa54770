import { useId } from 'react';

type Option = { value: string; label: string; hint?: string };

type Props = {
  legend: string;
  hint?: string;
  options: Option[];
  value: string[];
  onChange(value: string[]): void;
};

/** A labelled group of checkboxes holding a list of chosen values; keyboard-operable like any checkbox. */
export function CheckboxGroup({ legend, hint, options, value, onChange }: Props) {
  const id = useId();
  const toggle = (option: string, isChecked: boolean) =>
    onChange(isChecked ? [...value.filter((v) => v !== option), option] : value.filter((v) => v !== option));
  return (
    <fieldset className="checkbox-group" aria-describedby={hint ? `${id}-hint` : undefined}>
      <legend>{legend}</legend>
      {hint && (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <ul>
        {options.map((option, index) => (
          <li key={option.value}>
            {/* The hint is a description, not part of the name, so each box is announced by its label alone. */}
            <input
              type="checkbox"
              id={`${id}-${index}`}
              checked={value.includes(option.value)}
              onChange={(e) => toggle(option.value, e.target.checked)}
              aria-describedby={option.hint ? `${id}-${index}-hint` : undefined}
            />
            <span>
              <label htmlFor={`${id}-${index}`}>{option.label}</label>
              {option.hint && (
                <span className="checkbox-group__hint" id={`${id}-${index}-hint`}>
                  {option.hint}
                </span>
              )}
            </span>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
