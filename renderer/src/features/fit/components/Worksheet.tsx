/**
 * The role-fit worksheet: background (context only), every artifact of the
 * template in interleaved order with its rating and story mark, and the
 * weekly-work filter. Everything shown comes from the template. Presentational:
 * it takes the current answers and reports each change through `answer`.
 */

import {
  withBackground,
  withRating,
  withStory,
  withWeeklyFilter,
} from '@renderer/features/fit/mutations';
import { FILTER_UNSURE } from '@shared/domain/fit';
import { interleaveArtifacts } from '@shared/domain/fitWorksheet';
import type { Assessment } from '@shared/schemas/records';
import type { Template } from '@shared/schemas/template';
import { useId } from 'react';
import { ArtifactQuestion } from './ArtifactQuestion';

export type WorksheetProps = {
  template: Template;
  assessment: Assessment;
  answer: (change: (a: Assessment) => Assessment) => void;
};

export const Worksheet = ({ template, assessment, answer }: WorksheetProps) => {
  const id = useId();
  const artifacts = interleaveArtifacts(template);
  const backgroundOrder = template.backgrounds.map((b) => b.id);
  const filterName = `${id}-filter`;
  const filterOptions = [
    ...template.fit.filterOptions.map((o) => ({ value: o.roleId, label: o.label })),
    { value: FILTER_UNSURE, label: 'Not sure yet' },
  ];

  return (
    <section className="fit-worksheet" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Worksheet</h2>
      <p className="fit-worksheet__intro">
        Rate the work itself, not the job title. For each piece of work below, say how much you
        would enjoy producing it every week, and tick the box when you have a real example of doing
        it that you could tell in an interview. Your answers are saved as you go.
      </p>

      <fieldset className="fit-backgrounds">
        <legend>Where you come from</legend>
        <p className="field__hint">
          Tick any that apply. This is shown as context next to your result; it does not change the
          score.
        </p>
        <div className="fit-backgrounds__options">
          {template.backgrounds.map((b) => (
            <label key={b.id} className="fit-check">
              <input
                type="checkbox"
                checked={assessment.backgroundIds.includes(b.id)}
                onChange={(e) =>
                  answer((a) => withBackground(a, b.id, e.target.checked, backgroundOrder))
                }
              />
              <span>{b.label}</span>
            </label>
          ))}
        </div>
      </fieldset>

      <h3 className="fit-worksheet__subhead" id={`${id}-work`}>
        How much would you enjoy producing this every week?
      </h3>
      <p className="field__hint" id={`${id}-scale`}>
        1 = I would dread it, 3 = fine, 5 = I would love it. “Not sure” is a real answer: it is left
        out of the score.
      </p>
      <ol className="fit-artifacts" aria-labelledby={`${id}-work`}>
        {artifacts.map((artifact) => (
          <ArtifactQuestion
            key={artifact.id}
            artifact={artifact}
            rating={
              Object.hasOwn(assessment.ratings, artifact.id)
                ? assessment.ratings[artifact.id]
                : undefined
            }
            hasStory={assessment.stories[artifact.id] === true}
            onRate={(rating) => answer((a) => withRating(a, artifact.id, rating))}
            onStory={(has) => answer((a) => withStory(a, artifact.id, has))}
          />
        ))}
      </ol>

      <fieldset className="fit-filter">
        <legend>Which weekly work would you rather repeat, week after week?</legend>
        {filterOptions.map((o) => (
          <label key={o.value} className="fit-check fit-check--top">
            <input
              className="fit-check__input--top"
              type="radio"
              name={filterName}
              value={o.value}
              checked={assessment.weeklyFilter === o.value}
              onChange={() => answer((a) => withWeeklyFilter(a, o.value))}
            />
            <span>{o.label}</span>
          </label>
        ))}
      </fieldset>
    </section>
  );
};
