import { test } from 'node:test';
import assert from 'node:assert/strict';
import { coreScenarios } from '../lib/core-scenarios.ts';
import { launchFirefoxDriver } from './lib/firefox-driver.ts';

let sinkAttempts: string[] = [];

// The scenarios Chromium runs too (test/e2e/core.e2e.ts), here in Firefox ESR over WebDriver BiDi.
coreScenarios('firefox', async () => {
  const driver = await launchFirefoxDriver();
  sinkAttempts = driver.session.sink.attempts;
  return driver;
});

test('firefox: nothing tried to reach any other host, not even the browser itself', () => {
  assert.deepEqual(sinkAttempts, []);
});
