/**
 * The options of a 1–5 self-rating select (a round's confidence, an attempt's
 * self-score), led by the "no rating" choice whose value is the empty string.
 */

export const RatingOptions = ({ none }: { none: string }) => (
  <>
    <option value="">{none}</option>
    {[1, 2, 3, 4, 5].map((n) => (
      <option key={n} value={String(n)}>
        {n}
      </option>
    ))}
  </>
);
