import { describe, expect, it } from 'vitest';
import { recipientHintFeature } from '../../../utils/portal/features/recipient-hint.ts';
import { PortalSession } from '../../../utils/portal/session.ts';
import { SAINT_ETIENNE_SIRET } from '../../../utils/rules/profiles.ts';
import { markupVisibility, replicaDocument } from './dom-fixture.ts';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * The deposit window as another replica draws it: « Structure » is the depositor's own structure
 * (48253710900019 - MENUISERIE DUPONT). Nobody knows yet which reading the real portal makes: the city's advice
 * must stay, and nothing may write into « Structure ».
 */
describe('the deposit window with the depositor’s own structure as « Structure »', () => {
  it('keeps the city’s profile and its advice, and offers no fix for « Structure »', async () => {
    const { document } = replicaDocument('cpp/depotAutreStructure.html');
    const session = new PortalSession({ document, visibility: markupVisibility, features: [recipientHintFeature(async () => undefined, SAINT_ETIENNE_SIRET)] });
    session.start();
    await settle();
    const state = session.getState()!;
    expect(state.page).toBe('depot');
    expect(session.snapshot()!.fields.depositStructure).toBe('48253710900019 - MENUISERIE DUPONT');
    expect(state.profile.id).toBe('saint-etienne');
    const rules = state.result.verdicts.map((verdict) => verdict.rule);
    expect(rules).toEqual(expect.arrayContaining(['se/deposit-format', 'se/billing-frame']));
    expect(state.result.verdicts.filter((verdict) => verdict.field === 'depositStructure' && verdict.fix)).toEqual([]);
    session.stop();
  });

  it('with « Structure » emptied, gives both readings and still offers nothing to write into it', async () => {
    const { document } = replicaDocument('cpp/depotAutreStructure.html');
    const select = document.getElementById('formDepot:structure') as HTMLSelectElement;
    select.insertAdjacentHTML('afterbegin', '<option value="">Sélectionner</option>');
    select.selectedIndex = 0;
    const session = new PortalSession({ document, visibility: markupVisibility, features: [recipientHintFeature(async () => undefined, SAINT_ETIENNE_SIRET)] });
    session.start();
    await settle();
    const hint = session.getState()!.result.verdicts.find((verdict) => verdict.rule === 'se/recipient-hint');
    expect(session.getState()!.profile.id).toBe('saint-etienne');
    expect(hint).toMatchObject({ field: 'depositStructure', severity: 'info' });
    expect(hint!.fix).toBeUndefined();
    session.stop();
  });
});
