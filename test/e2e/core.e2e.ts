import { launchChromiumDriver } from './lib/chromium-driver.ts';
import { coreScenarios } from './lib/core-scenarios.ts';

// The scenarios Firefox runs too (test/e2e/firefox/core.firefox.e2e.ts), here in Chromium: the same steps.
coreScenarios('chromium', launchChromiumDriver);
