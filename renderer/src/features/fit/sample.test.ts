// The sample workbook's role-fit part: valid, and it shows a first-run user a
// real result with reasons. Expected values are worked out by hand below.

import { scoreRoleFit } from '@shared/domain/fit';
import { AssessmentSchema } from '@shared/schemas/records';
import { TemplateSchema } from '@shared/schemas/template';
import { describe, expect, it } from 'vitest';
import fitPart from '../../../../resources/sample/src/fit.json';
import template from '../../../../resources/templates/amazon-pmm-vs-pm.json';

describe('sample role-fit assessment', () => {
  const assessment = AssessmentSchema.parse(fitPart.assessments[0]);
  const result = scoreRoleFit(assessment, TemplateSchema.parse(template));

  it('is the one sample assessment of the sample workbook', () => {
    expect(fitPart.assessments).toHaveLength(1);
    expect(assessment).toMatchObject({ id: 'sample-assessment', workbookId: 'sample-workbook' });
  });

  it('leans PMM with hand-checked scores', () => {
    // PMM ratings 5,5,4,4,3 → mean 4.2 → (4.2−1)/4×100 = 80; stories 3 of 8 = 37.5%;
    // filter unanswered, so weights 0.6 + 0.25 = 0.85: (48 + 9.375) / 0.85 = 67.5.
    // PM ratings 3,4,3,2,2 → mean 2.8 → 45; stories 1 of 7 = 14.2857%;
    // (27 + 3.5714) / 0.85 = 35.966 → 36.0. Margin 67.5 − 36 = 31.5 ≥ 10 → PMM.
    expect(result.scores).toEqual({ pmm: 67.5, pm: 36 });
    expect(result.margin).toBe(31.5);
    expect(result.lean).toBe('pmm');
  });

  it('is only partly filled in, and says why it leans', () => {
    // 11 rating answers (sales FAQ "not sure" counts as answered) of 15 artifacts,
    // filter unanswered: 11 of 16 → 68.75% → 69%.
    expect(result.completeness).toEqual({ answered: 11, total: 16, pct: 69 });
    expect(result.reasons[0]).toBe(
      'You rated Launch plan and Battlecard 5/5 and have stories for both.',
    );
    expect(result.reasons[1]).toBe('You have stories for 3 of 8 PMM artifacts and 1 of 7 PM ones.');
  });
});
