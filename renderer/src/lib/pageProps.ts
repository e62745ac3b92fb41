import type { Workbook } from '@shared/schemas/records';
import type { Template } from '@shared/schemas/template';

/** What every section page receives: the open workbook and its template. */
export type PageProps = { workbook: Workbook; template: Template };
