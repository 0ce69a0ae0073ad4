import type { FieldKey } from '../../model/fields.ts';
import { isBlank } from '../../model/text.ts';
import type { PortalFeature } from '../session.ts';

/**
 * The sign-up box ("VOUS ÊTES NOUVEAU SUR CHORUS PRO ?") sits beside the log-in box: most visitors only log in.
 * Its empty fields are not reported until the user starts filling them; the SIRET is checked as it is typed.
 */
export function signUpFeature(): PortalFeature {
  const touched = new Set<FieldKey>();
  return {
    id: 'sign-up',
    pages: ['connexion'],
    start(session, signal) {
      touched.clear();
      const onEdit = (event: Event) => {
        const field = session.fieldFor(event.target);
        if (field) touched.add(field.key);
      };
      session.document.addEventListener('input', onEdit, { capture: true, signal });
      session.document.addEventListener('change', onEdit, { capture: true, signal });
    },
    prepare(input) {
      const fields = { ...input.snapshot.fields };
      const anyFilled = Object.values(fields).some((value) => !isBlank(value));
      if (anyFilled || touched.size > 0) return input;
      for (const key of Object.keys(fields) as FieldKey[]) delete fields[key];
      return { ...input, snapshot: { ...input.snapshot, fields } };
    },
  };
}
