/**
 * Live reads for the summary: the workbook's offers, role-fit assessment,
 * prep checklist and interview rounds, through each feature's own hooks.
 */

import { useAssessment } from '@renderer/lib/useAssessment';
import { useOffers } from '@renderer/lib/useOffers';
import { usePrepItems, useRounds } from '@renderer/lib/usePrep';
import type { Assessment, InterviewRound, Offer, PrepItem } from '@shared/schemas/records';
import { useMemo } from 'react';

export type SummaryData = {
  offers: Offer[];
  assessment: Assessment | null;
  prepItems: PrepItem[];
  rounds: InterviewRound[];
};

/** Everything the summary reads; `undefined` until every part has loaded. */
export const useSummaryData = (workbookId: string): SummaryData | undefined => {
  const offers = useOffers(workbookId);
  const assessment = useAssessment(workbookId);
  const prepItems = usePrepItems(workbookId);
  const rounds = useRounds(workbookId);
  return useMemo(
    () =>
      offers === undefined || assessment === undefined || !prepItems || !rounds
        ? undefined
        : { offers, assessment, prepItems, rounds },
    [offers, assessment, prepItems, rounds],
  );
};
