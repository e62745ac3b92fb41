/**
 * Answers File › Paste offer letter… (a command from main): shows the Offers
 * page and the offer-letter dialog over it. Renders nothing until asked.
 */

import { lazyWithPreload } from '@renderer/components/lazyWithPreload';
import { useCommand } from '@renderer/lib/commands';
import { sectionHref } from '@renderer/lib/routes';
import { useTemplate } from '@renderer/lib/templates';
import { useOffers } from '@renderer/lib/useOffers';
import { useWorkbook } from '@renderer/lib/useWorkbook';
import type { Workbook } from '@shared/schemas/records';
import { Suspense, useState } from 'react';

// The dialog (and the extractor it runs) loads on first use, not with the app's first screen.
const OfferLetterDialog = lazyWithPreload(() =>
  import('@renderer/features/offers/components/OfferLetterDialog').then((m) => m.OfferLetterDialog),
);

const CommandDialog = ({ workbook, onClose }: { workbook: Workbook; onClose: () => void }) => {
  const template = useTemplate(workbook.templateId) ?? null;
  const offers = useOffers(workbook.id) ?? [];
  return (
    <OfferLetterDialog
      open
      onClose={onClose}
      workbook={workbook}
      template={template}
      offers={offers}
    />
  );
};

export const OfferLetterCommand = () => {
  const workbook = useWorkbook();
  const [open, setOpen] = useState(false);
  useCommand('file:pasteOfferLetter', () => {
    if (!workbook) return;
    if (window.location.hash !== sectionHref('offers'))
      window.location.hash = sectionHref('offers');
    setOpen(true);
  });
  return workbook && open ? (
    <Suspense fallback={null}>
      <CommandDialog workbook={workbook} onClose={() => setOpen(false)} />
    </Suspense>
  ) : null;
};
