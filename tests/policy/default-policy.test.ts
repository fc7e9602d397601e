import { expect, test } from 'vitest';
import { mergePolicies, PolicySchema } from '../../utils/policy';
import { defaultMergedPolicy, defaultPolicy } from '../../utils/policy/default-policy';

test('the zod-free default policy is what the schema gives for an empty document', () => {
  expect(defaultPolicy()).toEqual(PolicySchema.parse({}));
});

test('the zod-free default merged policy is mergePolicies of no layer', () => {
  expect(defaultMergedPolicy()).toEqual(mergePolicies([]));
});
