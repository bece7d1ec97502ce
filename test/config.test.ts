import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadConfig } from '../src/config.js';
import { ConfigError } from '../src/domain/errors.js';

describe('configuration', () => {
  it('has working defaults: demo on, no emergency number or crisis line named', () => {
    const c = loadConfig({});
    assert.equal(c.port, 3000);
    assert.equal(c.demo, true);
    assert.equal(c.emergencyNumber, null);
    assert.equal(c.crisisLine, null);
  });

  it('takes the emergency number and the crisis line an operator sets', () => {
    const c = loadConfig({ ASKDOC_EMERGENCY_NUMBER: ' 112 ', ASKDOC_CRISIS_LINE: 'the 988 Lifeline (call or text 988). ' });
    assert.equal(c.emergencyNumber, '112');
    // The advice sentence brings its own full stop.
    assert.equal(c.crisisLine, 'the 988 Lifeline (call or text 988)');
    assert.equal(loadConfig({ ASKDOC_EMERGENCY_NUMBER: '+44 999' }).emergencyNumber, '+44 999');
  });

  it('refuses a bad value with a message naming the variable', () => {
    const refused = (env: Record<string, string>, variable: string, why: RegExp): void => {
      assert.throws(
        () => loadConfig(env),
        (e: unknown) => e instanceof ConfigError && e.variable === variable && why.test(e.message),
        JSON.stringify(env),
      );
    };
    refused({ ASKDOC_EMERGENCY_NUMBER: 'call 911' }, 'ASKDOC_EMERGENCY_NUMBER', /must be a phone number/);
    refused({ ASKDOC_EMERGENCY_NUMBER: '1'.repeat(20) }, 'ASKDOC_EMERGENCY_NUMBER', /must be a phone number/);
    refused({ ASKDOC_CRISIS_LINE: 'line one\nline two' }, 'ASKDOC_CRISIS_LINE', /one line/);
    refused({ ASKDOC_CRISIS_LINE: '...' }, 'ASKDOC_CRISIS_LINE', /must name a service/);
    refused({ ASKDOC_CRISIS_LINE: 'x'.repeat(161) }, 'ASKDOC_CRISIS_LINE', /at most 160/);
    refused({ PORT: 'eighty' }, 'PORT', /whole number/);
  });
});
