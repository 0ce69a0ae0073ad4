/**
 * Hostile text typed (or pasted, or read from a PDF) into the form: every check still answers, and a message that
 * quotes the input quotes it as plain text — markup kept literally (the panel renders text, never HTML), very long
 * values shortened, invisible control and bidirectional characters made visible — the same through `cli check`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIELD_KEYS, PAGE_KINDS, type FieldKey } from '../../../utils/model/fields.ts';
import { runChecks } from '../../../utils/rules/engine.ts';
import type { CheckInput } from '../../../utils/rules/types.ts';
import { MAX_QUOTED_CHARACTERS, quoteForMessage } from '../../../utils/safety/quote.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const MARKUP = '<img src=x onerror=window.__pwned=1>';
const LONG = `F-${'9'.repeat(200_000)}`;
const INVISIBLE = 'AB\u0001\u001b[31m\u202eCD\u2066EF\u200b';
/** No message needs more than this to say what is wrong, even quoting two values. */
const MAX_MESSAGE_LENGTH = 600;

/** Every field of every page set to `value`, a PDF saying the same, and a history that knows it. */
function hostileInput(value: string, page: CheckInput['snapshot']['page']): CheckInput {
  const fields = Object.fromEntries(FIELD_KEYS.map((key) => [key, value])) as Partial<Record<FieldKey, string>>;
  return {
    snapshot: { page, fields, depositFile: { name: `${value}.pdf`, sizeBytes: 1, isPdf: false } },
    pdf: { invoiceNumber: value, totalHT: value, buyerSiret: value, engagementNumber: value },
    history: { wasSent: () => ({ invoiceNumber: value, recipientSiret: value, sentAt: '2026-01-01T00:00:00Z' }) },
  };
}

describe('the rules engine with hostile values', () => {
  for (const page of PAGE_KINDS) {
    it(`answers on the ${page} page whatever is typed (markup, 200k characters, control characters, lone surrogates)`, () => {
      for (const value of [MARKUP, LONG, INVISIBLE, '\ud800', '__proto__', 'constructor', '', ' '.repeat(10_000)]) {
        expect(() => runChecks(hostileInput(value, page))).not.toThrow();
      }
    });
  }

  it('quotes markup literally, as plain text (no escaping, no tag built around it)', () => {
    const { verdicts } = runChecks(hostileInput(MARKUP, 'saisie'));
    const quoting = verdicts.filter((verdict) => verdict.message.includes(MARKUP));
    expect(quoting.length).toBeGreaterThan(3);
    for (const verdict of verdicts) {
      expect(verdict.message).not.toMatch(/&lt;|&gt;|&amp;/);
      // Whatever tags a message holds are the ones the user typed.
      expect(verdict.message.replaceAll(MARKUP, '').replaceAll(MARKUP.replace(/\s/g, ''), '')).not.toMatch(/<[a-z/!]/i);
    }
  });

  it('shortens a 200 000-character value in its messages, and keeps its beginning so the user knows which one', () => {
    const { verdicts } = runChecks(hostileInput(LONG, 'saisie'));
    expect(verdicts.length).toBeGreaterThan(3);
    for (const verdict of verdicts) expect(verdict.message.length, `${verdict.rule}: ${verdict.message.length} characters`).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH);
    expect(verdicts.some((verdict) => verdict.message.includes(`${LONG.slice(0, 40)}`) && verdict.message.includes('…'))).toBe(true);
  });

  it('keeps the fix value whole: a fix writes the real value, it is not a quotation', () => {
    const { verdicts } = runChecks(hostileInput(LONG, 'saisie'));
    for (const verdict of verdicts.filter((entry) => entry.fix)) expect([LONG, '', LONG.replace(/\D/g, '')]).toContain(verdict.fix!.value);
  });

  it('shows no invisible control or bidirectional character in a message (they could hide or reverse what is read)', () => {
    const { verdicts } = runChecks(hostileInput(INVISIBLE, 'saisie'));
    expect(verdicts.length).toBeGreaterThan(3);
    for (const verdict of verdicts) {
      // eslint-disable-next-line no-control-regex
      expect(verdict.message).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069]/);
    }
    expect(verdicts.some((verdict) => verdict.message.includes('AB\ufffd'))).toBe(true);
  });
});

describe('quoteForMessage', () => {
  it('leaves ordinary values alone', () => {
    for (const value of ['F-2026-0042', '732 829 320 00074', '1 234,56', 'Société Générale « SG »', 'A1 – Dépôt']) expect(quoteForMessage(value)).toBe(value);
  });

  it('cuts at the limit with an ellipsis, counting characters (no broken emoji or accent)', () => {
    const quoted = quoteForMessage('é'.repeat(30) + '😀'.repeat(100));
    expect([...quoted]).toHaveLength(MAX_QUOTED_CHARACTERS);
    expect(quoted.endsWith('😀…')).toBe(true);
  });

  it('turns line breaks and tabs into spaces and other invisible characters into a visible mark', () => {
    expect(quoteForMessage('a\nb\tc\u202ed')).toBe('a b c\ufffdd');
  });
});

describe('cli check with hostile input', () => {
  const dir = mkdtempSync(join(tmpdir(), 'acp-security-cli-'));
  const run = (content: string) => {
    const file = join(dir, `form-${Math.random().toString(36).slice(2)}.json`);
    writeFileSync(file, content);
    return spawnSync(join(ROOT, 'node_modules/.bin/node'), ['cli/main.ts', 'check', file], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  };

  it('answers one JSON object with short messages for a form full of markup and 200k-character values', () => {
    const fields = { invoiceNumber: LONG, engagementNumber: MARKUP, serviceCode: INVISIBLE, totalHT: LONG, recipientSiret: MARKUP, invoiceDate: LONG };
    const result = run(JSON.stringify({ page: 'saisie', fields, pdf: { invoiceNumber: MARKUP } }));
    expect(result.status).toBe(0);
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
    const output = JSON.parse(result.stdout) as { verdicts: { message: string }[] };
    expect(output.verdicts.length).toBeGreaterThan(2);
    for (const verdict of output.verdicts) expect(verdict.message.length).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH);
    expect(output.verdicts.some((verdict) => verdict.message.includes(MARKUP))).toBe(true);
  });

  it('refuses broken, deeply nested or wrongly typed JSON with exit 2 and a message, never a stack trace', () => {
    for (const content of ['{"page":"saisie","fields":', '['.repeat(100_000) + ']'.repeat(100_000), '{"page":"saisie","fields":{"invoiceNumber":{"toString":1}}}', '{"page":"<script>","fields":{}}', '{"__proto__":{"polluted":1},"page":"saisie","fields":{}}', '']) {
      const result = run(content);
      if (result.status === 0) {
        expect(() => JSON.parse(result.stdout)).not.toThrow();
      } else {
        expect(result.status, content.slice(0, 60)).toBe(2);
        expect(result.stderr).toMatch(/^Erreur/);
      }
      expect(result.stderr).not.toMatch(/\n\s+at .+:\d+/);
    }
    // Six runs of the CLI, one after the other: on a busy machine they take longer than vitest's default 5 s.
  }, 60_000);
});
