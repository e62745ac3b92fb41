/**
 * The "Paste offer letter…" button of the Offers page and the dialog it
 * opens; it owns only whether the dialog is open. (The File menu's item is
 * answered by `app/OfferLetterCommand.tsx`, which opens the same dialog.)
 */

import type { Offer, Workbook } from '@shared/schemas/records';
import type { Template } from '@shared/schemas/template';
import { useState } from 'react';
import { OfferLetterDialog } from './OfferLetterDialog';

type ButtonProps = {
  workbook: Pick<Workbook, 'id'>;
  template: Template | null;
  offers: readonly Offer[];
  onSaved?: (offerId: string) => void;
};

export const PasteOfferLetterButton = ({ workbook, template, offers, onSaved }: ButtonProps) => {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Paste offer letter…
      </button>
      <OfferLetterDialog
        open={open}
        onClose={() => setOpen(false)}
        workbook={workbook}
        template={template}
        offers={offers}
        onSaved={onSaved}
      />
    </>
  );
};
