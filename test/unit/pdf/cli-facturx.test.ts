import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GENERATED_DIR, PUBLIC_DIR, ROOT } from './helpers.ts';

function extract(...files: string[]) {
  const run = spawnSync(join(ROOT, 'node_modules/.bin/node'), ['--disable-warning=ExperimentalWarning', join(ROOT, 'cli/main.ts'), 'extract', ...files], { encoding: 'utf8', cwd: ROOT });
  return run.stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('cli extract: the facturx object (contract, "Added")', { timeout: 60_000 }, () => {
  it('is present for a Factur-X PDF with exactly profile, paymentMeansCode and disagreements, between fields and ms', () => {
    const [withoutEngagement, forcedTotal, minimum] = extract(
      join(ROOT, 'test/fixtures/facturx/ville-ecarts.pdf'),
      join(PUBLIC_DIR, 'caslimites-CALC-001.pdf'),
      join(PUBLIC_DIR, 'fnfe107-minimum-F20220023.pdf'),
    );
    expect(Object.keys(withoutEngagement!)).toEqual(['file', 'ok', 'source', 'fields', 'facturx', 'ms']);
    expect(withoutEngagement!.facturx).toEqual({
      profile: 'urn:cen.eu:en16931:2017#compliant#urn:factur-x.eu:1p0:basic',
      paymentMeansCode: null,
      disagreements: ['totalTVA', 'totalTTC', 'netAPayer'],
    });
    expect(forcedTotal!.facturx).toEqual({ profile: 'urn:cen.eu:en16931:2017#compliant#urn:factur-x.eu:1p0:basic', paymentMeansCode: null, disagreements: ['totalTTC'] });
    expect(minimum!.facturx).toEqual({ profile: 'urn:factur-x.eu:1p0:minimum', paymentMeansCode: null, disagreements: [] });
  });

  it('gives the payment means code as written', () => {
    const [line] = extract(join(PUBLIC_DIR, 'fnfe107-en16931-F20220023.pdf'));
    expect(line!.facturx).toEqual({ profile: 'urn:cen.eu:en16931:2017', paymentMeansCode: '30', disagreements: [] });
  });

  it('is absent for a text PDF and with --text-only, and nothing else is added to a line', () => {
    const [text] = extract(join(GENERATED_DIR, 'classic-01.pdf'));
    expect(Object.keys(text!)).toEqual(['file', 'ok', 'source', 'fields', 'ms']);
    const [textOnly] = extract('--text-only', join(ROOT, 'test/fixtures/facturx/ville-complete.pdf'));
    expect(textOnly).toMatchObject({ source: 'text' });
    expect(textOnly).not.toHaveProperty('facturx');
  });
});
