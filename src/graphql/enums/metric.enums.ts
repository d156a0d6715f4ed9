/** What a Statistic measures, its unit and how exact its source says it is (src/model/metrics.ts). */
import { METRICS, QUALIFIERS, UNITS } from '../../model';
import { modelEnum } from './model-enum';

export const MetricEnum = modelEnum('Metric', 'What a Statistic measures.', METRICS);
export const UnitEnum = modelEnum('Unit', 'The unit a Statistic is stated in.', UNITS);
export const QualifierEnum = modelEnum('Qualifier', 'How the source qualifies a figure.', QUALIFIERS);
