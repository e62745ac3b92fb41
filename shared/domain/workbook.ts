/**
 * Builds a new workbook from a template: the workbook row plus the template's
 * prep checklist, interview rounds and question bank as the user's own
 * editable records. Pure: ids and time come in as arguments.
 */

import type { DecisionFactor, WorkbookData } from '../schemas/records';
import type { Template } from '../schemas/template';
import { DEFAULT_PAY_POINT_PCT } from './decisionDefaults';

export type NewWorkbookOptions = {
  name: string;
  now: Date;
  newId: () => string;
  /** IANA zone for new interview rounds. */
  timeZone: string;
};

/** The default decision factors (pay and role fit come from the workbook). */
export const defaultFactors = (newId: () => string): DecisionFactor[] => [
  { id: newId(), label: 'Pay', kind: 'pay', weight: 5 },
  { id: newId(), label: 'Role fit', kind: 'fit', weight: 5 },
  { id: newId(), label: 'Scope', kind: 'manual', weight: 3 },
  { id: newId(), label: 'Growth', kind: 'manual', weight: 3 },
  { id: newId(), label: 'Team', kind: 'manual', weight: 2 },
  { id: newId(), label: 'Location', kind: 'manual', weight: 1 },
];

/** A fresh workbook made from `template`, with nothing filled in yet. */
export const createWorkbookData = (
  template: Template,
  options: NewWorkbookOptions,
): WorkbookData => {
  const { newId, now } = options;
  const at = now.toISOString();
  const workbookId = newId();
  return {
    workbook: {
      id: workbookId,
      name: options.name,
      templateId: template.id,
      templateVersion: template.version,
      createdAt: at,
      updatedAt: at,
      baselineOfferId: null,
      fxRates: {},
      decision: {
        notes: '',
        chosenOfferId: null,
        factors: defaultFactors(newId),
        scores: {},
        payPointPct: DEFAULT_PAY_POINT_PCT,
      },
      paperSize: 'auto',
    },
    offers: [],
    assessments: [
      {
        id: newId(),
        workbookId,
        ratings: {},
        stories: {},
        backgroundIds: [],
        weeklyFilter: null,
        updatedAt: at,
      },
    ],
    prepItems: template.prepChecklist.map((item, position) => ({
      id: newId(),
      workbookId,
      templateItemId: item.id,
      roleId: item.roleId,
      position,
      title: item.title,
      target: item.target,
      done: 0,
      notes: '',
      link: '',
      history: [],
    })),
    rounds: template.loopRounds.map((round, position) => ({
      id: newId(),
      workbookId,
      templateRoundId: round.id,
      roleId: round.roleId,
      position,
      name: round.name,
      scheduledAt: null,
      timeZone: options.timeZone,
      status: 'not-scheduled' as const,
      interviewer: '',
      notes: '',
      confidence: null,
    })),
    questions: template.questions.map((q) => ({
      id: newId(),
      workbookId,
      roleId: q.roleId,
      templateQuestionId: q.id,
      text: q.text,
      createdAt: at,
    })),
    mockAnswers: [],
  };
};
