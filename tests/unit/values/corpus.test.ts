import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTargetValue } from '../../../electron/shared/values/targetValue';
import { TargetValueSchema } from '../../../electron/shared/values/valueSchema';
import { sharedPath } from '../../sharedDir';
import { GWR_2018_TARGETS, GWR_2023_TARGETS, LOCAL_TARGETS, OLDER_TARGETS, type CorpusTarget } from './corpusTargets';
import { expected } from './targetValueFixture';
import { TRAINING_TARGETS } from './trainingTargets';

const texts = new Map<string, string>();
const corpusText = (file: string): string => {
  if (!texts.has(file)) texts.set(file, readFileSync(sharedPath('corpus', file), 'utf8'));
  return texts.get(file)!;
};

function check(group: string, targets: CorpusTarget[]): void {
  describe(group, () => {
    for (const t of targets) {
      const want = t.value && expected(t.value);
      it(`quotes the corpus: ${t.quote}`, () => {
        expect(corpusText(t.file)).toContain(t.quote);
      });
      it(`reads ${t.quote}`, () => {
        const got = parseTargetValue(t.quote, { documentYear: t.year });
        expect(got).toEqual(want);
        if (got) expect(TargetValueSchema.parse(got)).toEqual(got);
      });
    }
  });
}

check('targets of the 2018 report', GWR_2018_TARGETS);
check('targets of the 2023 report', GWR_2023_TARGETS);
check('targets of local policies', LOCAL_TARGETS);
check('targets of older reports', OLDER_TARGETS);
check('training targets of unmeasured reports', TRAINING_TARGETS);
