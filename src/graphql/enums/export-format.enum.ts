/** Export formats as an enum, straight from the table in src/export/formats.ts. */
import { EXPORT_FORMATS, type ExportFormat } from '../../export/formats';
import { modelEnum } from './model-enum';

const descriptions = Object.fromEntries(
  Object.entries(EXPORT_FORMATS).map(([name, spec]) => [name, spec.description]),
) as Record<ExportFormat, string>;

export const ExportFormatEnum = modelEnum('ExportFormat', 'A file format for graph visualization tools.', descriptions);
