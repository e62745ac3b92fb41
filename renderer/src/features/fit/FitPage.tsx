/**
 * The Role fit page: the worksheet and its live result side by side, the
 * worksheet first in reading and Tab order, the result kept in view beside
 * it while the worksheet scrolls (fit.css). Reads the
 * assessment through `useFitAnswers`, scores it with `scoreRoleFit` (never
 * recomputing numbers here), and reports failed saves in a toast.
 */

import { ResultPanel } from '@renderer/components/fit/ResultPanel';
import { useFailureToast } from '@renderer/components/Toast';
import { useReadyWhen } from '@renderer/lib/appReady';
import type { PageProps } from '@renderer/lib/pageProps';
import { scoreRoleFit } from '@shared/domain/fit';
import { Worksheet } from './components/Worksheet';
import { useFitAnswers } from './hooks/useFitAnswers';
import '@renderer/components/fit/fit.css';

export const FitPage = ({ workbook, template }: PageProps) => {
  const onError = useFailureToast('That answer could not be saved, so the previous one is kept. ');
  const { assessment, answer } = useFitAnswers(workbook.id, onError);

  useReadyWhen(!!assessment);

  if (!assessment) {
    return <p className="fit-muted">Loading the worksheet…</p>;
  }
  const result = scoreRoleFit(assessment, template);
  return (
    <div className="fit-page">
      <Worksheet template={template} assessment={assessment} answer={answer} />
      <ResultPanel template={template} assessment={assessment} result={result} />
    </div>
  );
};
