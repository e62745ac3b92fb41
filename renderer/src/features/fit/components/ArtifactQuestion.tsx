/**
 * One artifact on the worksheet: its name and description, a 1–5 / "Not sure"
 * radio group, and the "I have a real story" checkbox. Shows no role: the user
 * rates the work, not the title. Presentational; answers go to `onRate` and
 * `onStory`.
 */

import type { Artifact } from '@shared/schemas/template';
import { useId } from 'react';

const OPTIONS: { value: number | null; label: string; key: string }[] = [
  { value: 1, label: '1', key: '1' },
  { value: 2, label: '2', key: '2' },
  { value: 3, label: '3', key: '3' },
  { value: 4, label: '4', key: '4' },
  { value: 5, label: '5', key: '5' },
  { value: null, label: 'Not sure', key: 'unsure' },
];

export type ArtifactQuestionProps = {
  artifact: Artifact;
  /** 1–5, null for "not sure", undefined when unanswered. */
  rating: number | null | undefined;
  hasStory: boolean;
  onRate: (rating: number | null) => void;
  onStory: (hasStory: boolean) => void;
};

export const ArtifactQuestion = ({
  artifact,
  rating,
  hasStory,
  onRate,
  onStory,
}: ArtifactQuestionProps) => {
  const id = useId();
  const nameId = `${id}-name`;
  const descId = `${id}-desc`;
  return (
    <li className="fit-artifact">
      <h3 id={nameId} className="fit-artifact__name">
        {artifact.name}
      </h3>
      <p id={descId} className="fit-artifact__desc">
        {artifact.description}
      </p>
      <div
        role="radiogroup"
        aria-labelledby={nameId}
        aria-describedby={descId}
        className="fit-scale"
      >
        {OPTIONS.map((o) => (
          <label
            key={o.key}
            className={
              o.value === null ? 'fit-scale__option fit-scale__option--unsure' : 'fit-scale__option'
            }
          >
            <input
              type="radio"
              name={`${id}-rating`}
              value={o.key}
              checked={rating === o.value}
              onChange={() => onRate(o.value)}
            />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
      <label className="fit-story">
        <input type="checkbox" checked={hasStory} onChange={(e) => onStory(e.target.checked)} />
        <span>
          I have a real story about <span className="visually-hidden">{artifact.name}</span>
          <span aria-hidden="true">this</span>
        </span>
      </label>
    </li>
  );
};
