/** Arguments of `export`: a format, and optionally a centre and depth to export a neighbourhood only. */
import { Min, ValidateBy } from 'class-validator';
import { ArgsType, Field, ID, Int } from 'type-graphql';
import type { ExportFormat } from '../../export/formats';
import { ExportFormatEnum } from '../enums/export-format.enum';
import { AtMost } from '../limits/at-most.decorator';
import { IsEntityId } from './id.validators';

/** A depth alone would be silently ignored (the whole graph has no centre), so it is refused. */
function OnlyWithCenter(): PropertyDecorator {
  return ValidateBy({
    name: 'onlyWithCenter',
    validator: {
      validate: (_value, args) => (args?.object as ExportArgs | undefined)?.center != null,
      defaultMessage: () => 'applies only to a neighbourhood; give a "center" too, or leave out "depth" to export the whole graph',
    },
  });
}

@ArgsType()
export class ExportArgs {
  @Field(() => ExportFormatEnum, { description: 'The file format to export to.' })
  format!: ExportFormat;

  @Field(() => ID, { nullable: true, description: 'Export only the neighbourhood of this entity; the whole graph without it.' })
  @IsEntityId()
  center?: string;

  @Field(() => Int, { nullable: true, description: 'How many relations away from the centre to go; 1 when left out.' })
  @OnlyWithCenter()
  @Min(1, { message: 'must be at least 1' })
  @AtMost('maxNeighborhoodDepth')
  depth?: number;
}
