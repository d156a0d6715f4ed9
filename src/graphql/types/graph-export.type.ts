import { Field, Int, ObjectType } from 'type-graphql';
import type { ExportFormat } from '../../export/formats';
import { ExportFormatEnum } from '../enums/export-format.enum';

@ObjectType('GraphExport', { description: 'The graph, or a neighbourhood of it, as a file for a visualization tool.', simpleResolvers: true })
export class GraphExport {
  @Field(() => ExportFormatEnum, { description: 'The file format.' })
  format!: ExportFormat;

  @Field(() => String, { description: 'The media type to save or serve the content as.' })
  mimeType!: string;

  @Field(() => String, { description: 'A file name with the usual extension for the format.' })
  fileName!: string;

  @Field(() => Int, { description: 'Entities in the file.' })
  nodeCount!: number;

  @Field(() => Int, { description: 'Relations in the file; their ids are the edge ids.' })
  edgeCount!: number;

  @Field(() => Boolean, { description: 'True when the neighbourhood had more entities than the node limit let through.' })
  truncated!: boolean;

  @Field(() => String, { description: 'The file itself.' })
  content!: string;
}
