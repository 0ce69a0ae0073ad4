import { useState } from 'preact/hooks';
import type { FixChoice, Messages } from '../../utils/rules/types.ts';
import { say } from './messages.ts';
import './fix-choices.css';

// Its own words, not the directory pages' (messages.ts): the panel on every portal page carries only these.
const M = {
  chooseFix: { fr: 'Choisir', en: 'Choose' },
  chooseIn: { fr: 'Choisir parmi {count} :', en: 'Choose among {count}:' },
  writeChoice: { fr: 'Écrire {value} dans {field}', en: 'Write {value} in {field}' },
  writePicked: { fr: 'Écrire ce code', en: 'Write this code' },
} satisfies Record<string, Messages>;

/** Up to this many choices show as buttons; more as a list to pick from and one button. */
const BUTTONS_UP_TO = 5;

export interface FixChoicesProps {
  choices: readonly FixChoice[];
  /** The field's label on the portal ("Code service"), for screen readers. */
  fieldLabel: string;
  onPick(value: string): void;
}

/**
 * A fix with several values (a structure's services, the codes closest to a typo): each choice is a fix button
 * (`data-ca-action="fix"`, the first one writes the first choice, as a single fix would), or, for a long list,
 * a select and one button. For the panel's and the quick check's verdict list (VerdictItem) when `fix.choices`
 * is present; styled by fix-choices.css (handed to the panel's shadow root as text).
 */
export function FixChoices({ choices, fieldLabel, onPick }: FixChoicesProps) {
  const [chosen, setPicked] = useState(choices[0]?.value ?? '');
  if (choices.length === 0) return null;
  // The form was checked again with other choices (another code typed): a pick no longer offered falls back to the first.
  const picked = choices.some((choice) => choice.value === chosen) ? chosen : choices[0]!.value;
  if (choices.length <= BUTTONS_UP_TO) {
    return (
      <ul class="ca-fix-choices" aria-label={`${say(M.chooseFix)} (${fieldLabel})`}>
        {choices.map((choice) => (
          <li key={choice.value}>
            <button
              type="button"
              class="ca-verdict__fix"
              data-ca-action="fix"
              data-ca-fix-value={choice.value}
              aria-label={say(M.writeChoice, { value: choice.label, field: fieldLabel })}
              onClick={() => onPick(choice.value)}
            >
              {choice.label}
            </button>
          </li>
        ))}
      </ul>
    );
  }
  const id = `ca-fix-choices-${fieldLabel.replace(/\W+/g, '-')}`;
  return (
    <div class="ca-fix-choices ca-fix-choices--list">
      <label for={id}>{say(M.chooseIn, { count: choices.length })}</label>
      <select id={id} class="ca-input" data-ca-fix-choices="" value={picked} onChange={(event) => setPicked(event.currentTarget.value)}>
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
      <button
        type="button"
        class="ca-verdict__fix"
        data-ca-action="fix"
        data-ca-fix-value={picked}
        aria-label={say(M.writeChoice, { value: picked, field: fieldLabel })}
        onClick={() => onPick(picked)}
      >
        {say(M.writePicked)}
      </button>
    </div>
  );
}
