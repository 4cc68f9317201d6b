import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readCameo } from '../../src/coder/cameo.ts';
import { readTriggerForms } from '../../src/coder/pattern-snapshot.ts';
import { readPatterns } from '../../src/coder/patterns.ts';
import { triggerWords } from '../../src/coder/triggers.ts';

test('pattern snapshot: a cached read gives the same trigger forms as reading the YAML', () => {
  const cameo = readCameo();
  for (const lang of ['ar', 'en'] as const) {
    const fresh = readPatterns(lang, cameo, triggerWords(lang)).forms;
    readTriggerForms(lang, cameo, triggerWords(lang)); // writes the snapshot if there is none yet
    const cached = readTriggerForms(lang, cameo, triggerWords(lang));
    assert.deepEqual(cached, fresh);
    const event = cached.find((f) => f.pattern.kind === 'event');
    assert.ok(event?.pattern.kind === 'event' && event.pattern.cameo === cameo.get(event.pattern.cameo.code), 'CAMEO codes are the codebook entries');
  }
});
