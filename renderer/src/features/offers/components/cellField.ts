/**
 * What every text cell of the offers grid passes to DraftField: labelled by
 * its accessible name only (the row and column say it on screen), Escape puts
 * back the value it had at focus, and it shows as text until it gets focus
 * (`restUntilFocus`): with six offers the grid has about 180 fields, and one
 * control at a time is what keeps a start and an edit's frame short.
 */
export const cellField = {
  labelHidden: true,
  escapeReverts: true,
  className: 'field--cell',
  restUntilFocus: true,
} as const;
