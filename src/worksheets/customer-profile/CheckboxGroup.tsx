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
  const toggle = (option: string, isChecked: boolean) =>
    onChange(isChecked ? [...value.filter((v) => v !== option), option] : value.filter((v) => v !== option));
  return (
    <fieldset className="checkbox-group">
      <legend>{legend}</legend>
      {hint && <p className="field__hint">{hint}</p>}
      <ul>
        {options.map((option) => (
          <li key={option.value}>
            <label>
              <input type="checkbox" checked={value.includes(option.value)} onChange={(e) => toggle(option.value, e.target.checked)} />{' '}
              <span>
                {option.label}
                {option.hint && <span className="checkbox-group__hint"> {option.hint}</span>}
              </span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
