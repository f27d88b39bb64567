// https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_motherduck
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface DestinationMotherduckConfig extends cdktf.TerraformMetaArguments {
  /**
  * Largest number of records read from Kafka in one poll (config key "consumer.override.max.poll.records"). A whole number from 1 to 100000. Defaults to 10000.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_motherduck#consumer_override_max_poll_records DestinationMotherduck#consumer_override_max_poll_records}
  */
  readonly consumerOverrideMaxPollRecords?: number;
  /**
  * Whether the connector should run: one of Active, Paused, Stopped. Default: Active. Changing it pauses, resumes or stops the connector in place.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_motherduck#desired_state DestinationMotherduck#desired_state}
  */
  readonly desiredState?: string;
  /**
  * Whether delete events and tombstones remove the matching row from the destination table (config key "hard.delete"). True or false. Defaults to false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_motherduck#hard_delete DestinationMotherduck#hard_delete}
  */
  readonly hardDelete?: boolean | cdktf.IResolvable;
  /**
  * How changes are written: upsert keeps one row per key, append adds every change as a new row (config key "ingestion.mode"). Text. One of "upsert", "append". Defaults to "upsert".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_motherduck#ingestion_mode DestinationMotherduck#ingestion_mode}
  */
  readonly ingestionMode?: string;
  /**
  * MotherDuck database (catalog) the tables are written to, e.g. analytics (config key "motherduck.catalog.user.defined"). Text. Required.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_motherduck#motherduck_catalog DestinationMotherduck#motherduck_catalog}
  */
  readonly motherduckCatalog: string;
  /**
  * MotherDuck access token Streamkap signs in with (config key "motherduck.token"). Text. Required. Secret: hidden in plans and logs; Streamkap never returns it, so Terraform keeps the configured value.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_motherduck#motherduck_token DestinationMotherduck#motherduck_token}
  */
  readonly motherduckToken: string;
  /**
  * Name of the destination, unique among the destinations of the Streamkap account.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_motherduck#name DestinationMotherduck#name}
  */
  readonly name: string;
  /**
  * Whether null values from the source stay null instead of being replaced by the column's schema default (config key "preserve.null.values"). True or false. Defaults to false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_motherduck#preserve_null_values DestinationMotherduck#preserve_null_values}
  */
  readonly preserveNullValues?: boolean | cdktf.IResolvable;
  /**
  * Whether table and column names are quoted in the SQL statements the destination runs (config key "quote.identifiers"). True or false. Defaults to true.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_motherduck#quote_identifiers DestinationMotherduck#quote_identifiers}
  */
  readonly quoteIdentifiers?: boolean | cdktf.IResolvable;
  /**
  * How the destination handles source schema changes: basic evolves the destination tables with them, none leaves the tables alone (set it for tables created beforehand) (config key "schema.evolution"). Text. One of "basic", "none". Defaults to "basic".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_motherduck#schema_evolution DestinationMotherduck#schema_evolution}
  */
  readonly schemaEvolution?: string;
  /**
  * Schema the destination tables are created in, e.g. cdc (config key "table.name.prefix"). Text. Defaults to "streamkap".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_motherduck#table_name_prefix DestinationMotherduck#table_name_prefix}
  */
  readonly tableNamePrefix?: string;
  /**
  * Ids of the destination's tags (streamkap_tag.<name>.id). When left out, the tags Streamkap has are kept.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_motherduck#tags DestinationMotherduck#tags}
  */
  readonly tags?: string[];
  /**
  * Most Kafka Connect tasks the connector runs in parallel (config key "tasks.max"). A whole number from 1 to 25. Defaults to 5.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_motherduck#tasks_max DestinationMotherduck#tasks_max}
  */
  readonly tasksMax?: number;
  /**
  * Whether topics the table name mapping does not match fall back to Streamkap's default table name (config key "topic2table.map.user.defined"). True or false. Defaults to false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_motherduck#topic2table_map DestinationMotherduck#topic2table_map}
  */
  readonly topic2TableMap?: boolean | cdktf.IResolvable;
  /**
  * Comma-separated list of columns, as table.column, renamed with the suffix _str when they are still text after the type conversions (use it with those conversions) (config key "transforms.AddStringSuffix.fields.include.list"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_motherduck#transforms_add_string_suffix_fields_include_list DestinationMotherduck#transforms_add_string_suffix_fields_include_list}
  */
  readonly transformsAddStringSuffixFieldsIncludeList?: string;
  /**
  * Destination table for given source tables, one source_table:destination_table pair per line, e.g. orders:fact_orders (config key "transforms.changeTopicName.mapping"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_motherduck#transforms_change_topic_name_mapping DestinationMotherduck#transforms_change_topic_name_mapping}
  */
  readonly transformsChangeTopicNameMapping?: string;
  /**
  * Regular expression over topic names whose matched part names the destination table (or the file, for file storage) (config key "transforms.changeTopicName.match.regex.user.defined"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_motherduck#transforms_change_topic_name_match_regex DestinationMotherduck#transforms_change_topic_name_match_regex}
  */
  readonly transformsChangeTopicNameMatchRegex?: string;
  /**
  * Comma-separated field copies, each as source:copy, e.g. email:email_raw (config key "transforms.CopyField.copy.field.mapping"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_motherduck#transforms_copy_field_copy_field_mapping DestinationMotherduck#transforms_copy_field_copy_field_mapping}
  */
  readonly transformsCopyFieldCopyFieldMapping?: string;
  /**
  * Comma-separated list of columns removed from every record, as table.column, e.g. users.password_hash (config key "transforms.DropFields.fields.include.list"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_motherduck#transforms_drop_fields_fields_include_list DestinationMotherduck#transforms_drop_fields_fields_include_list}
  */
  readonly transformsDropFieldsFieldsIncludeList?: string;
  /**
  * Comma-separated Kafka record headers copied into columns, each as header:type or header:type:column, e.g. traceId:STRING,retries:INT32:retry_count (config key "transforms.HeaderToFieldCustom.header.mappings"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_motherduck#transforms_header_to_field_custom_header_mappings DestinationMotherduck#transforms_header_to_field_custom_header_mappings}
  */
  readonly transformsHeaderToFieldCustomHeaderMappings?: string;
  /**
  * Comma-separated list of columns marked optional (nullable), as table.column (config key "transforms.MarkColumnsAsOptional.fields.include.list"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_motherduck#transforms_mark_columns_as_optional_fields_include_list DestinationMotherduck#transforms_mark_columns_as_optional_fields_include_list}
  */
  readonly transformsMarkColumnsAsOptionalFieldsIncludeList?: string;
  /**
  * Whether every optional column is marked required (NOT NULL); it turns off the optional-column list (config key "transforms.MarkColumnsAsRequired.fields.include.all"). True or false. Defaults to false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_motherduck#transforms_mark_columns_as_required_fields_include_all DestinationMotherduck#transforms_mark_columns_as_required_fields_include_all}
  */
  readonly transformsMarkColumnsAsRequiredFieldsIncludeAll?: boolean | cdktf.IResolvable;
  /**
  * What a null becomes in a column marked required: NONE fails on it, TYPE_MIN writes a stand-in of the column's type (its minimum for numbers, __null__ for text, the epoch for dates) (config key "transforms.MarkColumnsAsRequired.null.sentinel.mode"). Text. One of "NONE", "TYPE_MIN". Defaults to "NONE".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_motherduck#transforms_mark_columns_as_required_null_sentinel_mode DestinationMotherduck#transforms_mark_columns_as_required_null_sentinel_mode}
  */
  readonly transformsMarkColumnsAsRequiredNullSentinelMode?: string;
  /**
  * Oversized-record handling: comma-separated list of columns it never shortens, as table.column (config key "transforms.OversizedRecords.fields.exclude.list"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_motherduck#transforms_oversized_records_fields_exclude_list DestinationMotherduck#transforms_oversized_records_fields_exclude_list}
  */
  readonly transformsOversizedRecordsFieldsExcludeList?: string;
  /**
  * Oversized-record handling: comma-separated list of the only columns it may shorten, as table.column (wildcards such as orders.* allowed; leave primary key columns out) (config key "transforms.OversizedRecords.fields.include.list"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_motherduck#transforms_oversized_records_fields_include_list DestinationMotherduck#transforms_oversized_records_fields_include_list}
  */
  readonly transformsOversizedRecordsFieldsIncludeList?: string;
  /**
  * Oversized-record handling: largest value of one field, in bytes; a larger value is truncated or set to null (config key "transforms.OversizedRecords.max.field.size.bytes"). A whole number from 1048576 to 104857600. Defaults to 1048576.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_motherduck#transforms_oversized_records_max_field_size_bytes DestinationMotherduck#transforms_oversized_records_max_field_size_bytes}
  */
  readonly transformsOversizedRecordsMaxFieldSizeBytes?: number;
  /**
  * Oversized-record handling: record size, in bytes, above which a warning is logged (records are never dropped); -1 turns the check off (config key "transforms.OversizedRecords.max.record.size.bytes"). A whole number from -1 to 104857600. Defaults to -1.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_motherduck#transforms_oversized_records_max_record_size_bytes DestinationMotherduck#transforms_oversized_records_max_record_size_bytes}
  */
  readonly transformsOversizedRecordsMaxRecordSizeBytes?: number;
  /**
  * Oversized-record handling: what happens to a value over the limit: TRUNCATE cuts it to the limit, NULLIFY sets it to null (config key "transforms.OversizedRecords.oversized.field.behavior"). Text. One of "TRUNCATE", "NULLIFY". Defaults to "TRUNCATE".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_motherduck#transforms_oversized_records_oversized_field_behavior DestinationMotherduck#transforms_oversized_records_oversized_field_behavior}
  */
  readonly transformsOversizedRecordsOversizedFieldBehavior?: string;
  /**
  * Whether a null field takes its schema default value; false keeps the nulls set in the source (config key "transforms.OversizedRecords.replace.null.with.default"). True or false. Defaults to true.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_motherduck#transforms_oversized_records_replace_null_with_default DestinationMotherduck#transforms_oversized_records_replace_null_with_default}
  */
  readonly transformsOversizedRecordsReplaceNullWithDefault?: boolean | cdktf.IResolvable;
  /**
  * Oversized-record handling: comma-separated column types never shortened, e.g. io.debezium.data.Json (config key "transforms.OversizedRecords.semantic.types.exclude"). Text. Defaults to "io.debezium.data.Json,io.debezium.data.Xml".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_motherduck#transforms_oversized_records_semantic_types_exclude DestinationMotherduck#transforms_oversized_records_semantic_types_exclude}
  */
  readonly transformsOversizedRecordsSemanticTypesExclude?: string;
  /**
  * Oversized-record handling: text appended to a truncated value, e.g. ...[TRUNCATED] (empty: none) (config key "transforms.OversizedRecords.truncation.suffix"). Text. Defaults to "".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_motherduck#transforms_oversized_records_truncation_suffix DestinationMotherduck#transforms_oversized_records_truncation_suffix}
  */
  readonly transformsOversizedRecordsTruncationSuffix?: string;
  /**
  * JSON object mapping columns (schema.table.column, table.column or column) to new column names, e.g. {"orders.quantity": "qty"} (config key "transforms.RenameFields.renames.user.defined"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_motherduck#transforms_rename_fields_renames DestinationMotherduck#transforms_rename_fields_renames}
  */
  readonly transformsRenameFieldsRenames?: string;
  /**
  * Comma-separated list of text columns the regular-expression replacement applies to, as table.column (config key "transforms.StringReplace.fields.include.list"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_motherduck#transforms_string_replace_fields_include_list DestinationMotherduck#transforms_string_replace_fields_include_list}
  */
  readonly transformsStringReplaceFieldsIncludeList?: string;
  /**
  * Comma-separated regular expressions searched for in those columns (config key "transforms.StringReplace.regex.patterns"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_motherduck#transforms_string_replace_regex_patterns DestinationMotherduck#transforms_string_replace_regex_patterns}
  */
  readonly transformsStringReplaceRegexPatterns?: string;
  /**
  * Comma-separated replacement values, one per regular expression, in the same order (config key "transforms.StringReplace.replacement.values"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_motherduck#transforms_string_replace_replacement_values DestinationMotherduck#transforms_string_replace_replacement_values}
  */
  readonly transformsStringReplaceReplacementValues?: string;
  /**
  * Comma-separated list of columns converted to decimals where possible, as table.column, e.g. orders.total (config key "transforms.ToDecimalJ.fields.include.list"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_motherduck#transforms_to_decimal_j_fields_include_list DestinationMotherduck#transforms_to_decimal_j_fields_include_list}
  */
  readonly transformsToDecimalJFieldsIncludeList?: string;
  /**
  * Whether decimals are truncated to a precision of 38 digits (config key "transforms.ToDecimalJ.truncate.to.max.precision"). True or false. Defaults to false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_motherduck#transforms_to_decimal_j_truncate_to_max_precision DestinationMotherduck#transforms_to_decimal_j_truncate_to_max_precision}
  */
  readonly transformsToDecimalJTruncateToMaxPrecision?: boolean | cdktf.IResolvable;
  /**
  * Comma-separated list of columns converted to floating-point numbers where possible, as table.column (config key "transforms.ToFloatJ.fields.include.list"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_motherduck#transforms_to_float_j_fields_include_list DestinationMotherduck#transforms_to_float_j_fields_include_list}
  */
  readonly transformsToFloatJFieldsIncludeList?: string;
  /**
  * Comma-separated list of columns converted to integers where possible, as table.column, e.g. orders.quantity (config key "transforms.ToIntJ.fields.include.list"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_motherduck#transforms_to_int_j_fields_include_list DestinationMotherduck#transforms_to_int_j_fields_include_list}
  */
  readonly transformsToIntJFieldsIncludeList?: string;
  /**
  * Whether every struct and array is converted to JSON text (config key "transforms.ToJsonJ.convert.all.complex.types.user.defined"). True or false. Defaults to false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_motherduck#transforms_to_json_j_convert_all_complex_types DestinationMotherduck#transforms_to_json_j_convert_all_complex_types}
  */
  readonly transformsToJsonJConvertAllComplexTypes?: boolean | cdktf.IResolvable;
  /**
  * Comma-separated list of columns converted to JSON text where possible, as table.column (config key "transforms.ToJsonJ.fields.include.list"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_motherduck#transforms_to_json_j_fields_include_list DestinationMotherduck#transforms_to_json_j_fields_include_list}
  */
  readonly transformsToJsonJFieldsIncludeList?: string;
  /**
  * Whether every struct and array is converted to binary JSON (JSONB) (config key "transforms.ToJsonbJ.convert.all.complex.types.user.defined"). True or false. Defaults to false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_motherduck#transforms_to_jsonb_j_convert_all_complex_types DestinationMotherduck#transforms_to_jsonb_j_convert_all_complex_types}
  */
  readonly transformsToJsonbJConvertAllComplexTypes?: boolean | cdktf.IResolvable;
  /**
  * Whether every column holding JSON text is converted to binary JSON (JSONB) (config key "transforms.ToJsonbJ.convert.all.json"). True or false. Defaults to false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_motherduck#transforms_to_jsonb_j_convert_all_json DestinationMotherduck#transforms_to_jsonb_j_convert_all_json}
  */
  readonly transformsToJsonbJConvertAllJson?: boolean | cdktf.IResolvable;
  /**
  * Comma-separated list of columns converted to binary JSON (JSONB) where possible, as table.column (config key "transforms.ToJsonbJ.fields.include.list"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_motherduck#transforms_to_jsonb_j_fields_include_list DestinationMotherduck#transforms_to_jsonb_j_fields_include_list}
  */
  readonly transformsToJsonbJFieldsIncludeList?: string;
  /**
  * Comma-separated list of columns converted to text where possible, as table.column (config key "transforms.ToStringJ.fields.include.list"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_motherduck#transforms_to_string_j_fields_include_list DestinationMotherduck#transforms_to_string_j_fields_include_list}
  */
  readonly transformsToStringJFieldsIncludeList?: string;
  /**
  * timeouts block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_motherduck#timeouts DestinationMotherduck#timeouts}
  */
  readonly timeouts?: DestinationMotherduckTimeouts;
}
export interface DestinationMotherduckTimeouts {
  /**
  * Time allowed for create. Default: 20m.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_motherduck#create DestinationMotherduck#create}
  */
  readonly create?: string;
  /**
  * Time allowed for delete. Default: 20m.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_motherduck#delete DestinationMotherduck#delete}
  */
  readonly delete?: string;
  /**
  * Time allowed for update. Default: 20m.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_motherduck#update DestinationMotherduck#update}
  */
  readonly update?: string;
}

export function destinationMotherduckTimeoutsToTerraform(struct?: DestinationMotherduckTimeouts | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    create: cdktf.stringToTerraform(struct!.create),
    delete: cdktf.stringToTerraform(struct!.delete),
    update: cdktf.stringToTerraform(struct!.update),
  }
}


export function destinationMotherduckTimeoutsToHclTerraform(struct?: DestinationMotherduckTimeouts | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    create: {
      value: cdktf.stringToHclTerraform(struct!.create),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    delete: {
      value: cdktf.stringToHclTerraform(struct!.delete),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    update: {
      value: cdktf.stringToHclTerraform(struct!.update),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DestinationMotherduckTimeoutsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DestinationMotherduckTimeouts | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._create !== undefined) {
      hasAnyValues = true;
      internalValueResult.create = this._create;
    }
    if (this._delete !== undefined) {
      hasAnyValues = true;
      internalValueResult.delete = this._delete;
    }
    if (this._update !== undefined) {
      hasAnyValues = true;
      internalValueResult.update = this._update;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DestinationMotherduckTimeouts | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._create = undefined;
      this._delete = undefined;
      this._update = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._create = value.create;
      this._delete = value.delete;
      this._update = value.update;
    }
  }

  // create - computed: false, optional: true, required: false
  private _create?: string; 
  public get create() {
    return this.getStringAttribute('create');
  }
  public set create(value: string) {
    this._create = value;
  }
  public resetCreate() {
    this._create = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get createInput() {
    return this._create;
  }

  // delete - computed: false, optional: true, required: false
  private _delete?: string; 
  public get delete() {
    return this.getStringAttribute('delete');
  }
  public set delete(value: string) {
    this._delete = value;
  }
  public resetDelete() {
    this._delete = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get deleteInput() {
    return this._delete;
  }

  // update - computed: false, optional: true, required: false
  private _update?: string; 
  public get update() {
    return this.getStringAttribute('update');
  }
  public set update(value: string) {
    this._update = value;
  }
  public resetUpdate() {
    this._update = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get updateInput() {
    return this._update;
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_motherduck streamkap_destination_motherduck}
*/
export class DestinationMotherduck extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "streamkap_destination_motherduck";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a DestinationMotherduck resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the DestinationMotherduck to import
  * @param importFromId The id of the existing DestinationMotherduck that should be imported. Refer to the {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_motherduck#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the DestinationMotherduck to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "streamkap_destination_motherduck", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_motherduck streamkap_destination_motherduck} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options DestinationMotherduckConfig
  */
  public constructor(scope: Construct, id: string, config: DestinationMotherduckConfig) {
    super(scope, id, {
      terraformResourceType: 'streamkap_destination_motherduck',
      terraformGeneratorMetadata: {
        providerName: 'streamkap',
        providerVersionConstraint: '~> 0.1'
      },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach
    });
    this._consumerOverrideMaxPollRecords = config.consumerOverrideMaxPollRecords;
    this._desiredState = config.desiredState;
    this._hardDelete = config.hardDelete;
    this._ingestionMode = config.ingestionMode;
    this._motherduckCatalog = config.motherduckCatalog;
    this._motherduckToken = config.motherduckToken;
    this._name = config.name;
    this._preserveNullValues = config.preserveNullValues;
    this._quoteIdentifiers = config.quoteIdentifiers;
    this._schemaEvolution = config.schemaEvolution;
    this._tableNamePrefix = config.tableNamePrefix;
    this._tags = config.tags;
    this._tasksMax = config.tasksMax;
    this._topic2TableMap = config.topic2TableMap;
    this._transformsAddStringSuffixFieldsIncludeList = config.transformsAddStringSuffixFieldsIncludeList;
    this._transformsChangeTopicNameMapping = config.transformsChangeTopicNameMapping;
    this._transformsChangeTopicNameMatchRegex = config.transformsChangeTopicNameMatchRegex;
    this._transformsCopyFieldCopyFieldMapping = config.transformsCopyFieldCopyFieldMapping;
    this._transformsDropFieldsFieldsIncludeList = config.transformsDropFieldsFieldsIncludeList;
    this._transformsHeaderToFieldCustomHeaderMappings = config.transformsHeaderToFieldCustomHeaderMappings;
    this._transformsMarkColumnsAsOptionalFieldsIncludeList = config.transformsMarkColumnsAsOptionalFieldsIncludeList;
    this._transformsMarkColumnsAsRequiredFieldsIncludeAll = config.transformsMarkColumnsAsRequiredFieldsIncludeAll;
    this._transformsMarkColumnsAsRequiredNullSentinelMode = config.transformsMarkColumnsAsRequiredNullSentinelMode;
    this._transformsOversizedRecordsFieldsExcludeList = config.transformsOversizedRecordsFieldsExcludeList;
    this._transformsOversizedRecordsFieldsIncludeList = config.transformsOversizedRecordsFieldsIncludeList;
    this._transformsOversizedRecordsMaxFieldSizeBytes = config.transformsOversizedRecordsMaxFieldSizeBytes;
    this._transformsOversizedRecordsMaxRecordSizeBytes = config.transformsOversizedRecordsMaxRecordSizeBytes;
    this._transformsOversizedRecordsOversizedFieldBehavior = config.transformsOversizedRecordsOversizedFieldBehavior;
    this._transformsOversizedRecordsReplaceNullWithDefault = config.transformsOversizedRecordsReplaceNullWithDefault;
    this._transformsOversizedRecordsSemanticTypesExclude = config.transformsOversizedRecordsSemanticTypesExclude;
    this._transformsOversizedRecordsTruncationSuffix = config.transformsOversizedRecordsTruncationSuffix;
    this._transformsRenameFieldsRenames = config.transformsRenameFieldsRenames;
    this._transformsStringReplaceFieldsIncludeList = config.transformsStringReplaceFieldsIncludeList;
    this._transformsStringReplaceRegexPatterns = config.transformsStringReplaceRegexPatterns;
    this._transformsStringReplaceReplacementValues = config.transformsStringReplaceReplacementValues;
    this._transformsToDecimalJFieldsIncludeList = config.transformsToDecimalJFieldsIncludeList;
    this._transformsToDecimalJTruncateToMaxPrecision = config.transformsToDecimalJTruncateToMaxPrecision;
    this._transformsToFloatJFieldsIncludeList = config.transformsToFloatJFieldsIncludeList;
    this._transformsToIntJFieldsIncludeList = config.transformsToIntJFieldsIncludeList;
    this._transformsToJsonJConvertAllComplexTypes = config.transformsToJsonJConvertAllComplexTypes;
    this._transformsToJsonJFieldsIncludeList = config.transformsToJsonJFieldsIncludeList;
    this._transformsToJsonbJConvertAllComplexTypes = config.transformsToJsonbJConvertAllComplexTypes;
    this._transformsToJsonbJConvertAllJson = config.transformsToJsonbJConvertAllJson;
    this._transformsToJsonbJFieldsIncludeList = config.transformsToJsonbJFieldsIncludeList;
    this._transformsToStringJFieldsIncludeList = config.transformsToStringJFieldsIncludeList;
    this._timeouts.internalValue = config.timeouts;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // connector - computed: true, optional: false, required: false
  public get connector() {
    return this.getStringAttribute('connector');
  }

  // connector_status - computed: true, optional: false, required: false
  public get connectorStatus() {
    return this.getStringAttribute('connector_status');
  }

  // consumer_override_max_poll_records - computed: true, optional: true, required: false
  private _consumerOverrideMaxPollRecords?: number; 
  public get consumerOverrideMaxPollRecords() {
    return this.getNumberAttribute('consumer_override_max_poll_records');
  }
  public set consumerOverrideMaxPollRecords(value: number) {
    this._consumerOverrideMaxPollRecords = value;
  }
  public resetConsumerOverrideMaxPollRecords() {
    this._consumerOverrideMaxPollRecords = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get consumerOverrideMaxPollRecordsInput() {
    return this._consumerOverrideMaxPollRecords;
  }

  // desired_state - computed: true, optional: true, required: false
  private _desiredState?: string; 
  public get desiredState() {
    return this.getStringAttribute('desired_state');
  }
  public set desiredState(value: string) {
    this._desiredState = value;
  }
  public resetDesiredState() {
    this._desiredState = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get desiredStateInput() {
    return this._desiredState;
  }

  // hard_delete - computed: true, optional: true, required: false
  private _hardDelete?: boolean | cdktf.IResolvable; 
  public get hardDelete() {
    return this.getBooleanAttribute('hard_delete');
  }
  public set hardDelete(value: boolean | cdktf.IResolvable) {
    this._hardDelete = value;
  }
  public resetHardDelete() {
    this._hardDelete = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get hardDeleteInput() {
    return this._hardDelete;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // ingestion_mode - computed: true, optional: true, required: false
  private _ingestionMode?: string; 
  public get ingestionMode() {
    return this.getStringAttribute('ingestion_mode');
  }
  public set ingestionMode(value: string) {
    this._ingestionMode = value;
  }
  public resetIngestionMode() {
    this._ingestionMode = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ingestionModeInput() {
    return this._ingestionMode;
  }

  // motherduck_catalog - computed: false, optional: false, required: true
  private _motherduckCatalog?: string; 
  public get motherduckCatalog() {
    return this.getStringAttribute('motherduck_catalog');
  }
  public set motherduckCatalog(value: string) {
    this._motherduckCatalog = value;
  }
  // Temporarily expose input value. Use with caution.
  public get motherduckCatalogInput() {
    return this._motherduckCatalog;
  }

  // motherduck_token - computed: false, optional: false, required: true
  private _motherduckToken?: string; 
  public get motherduckToken() {
    return this.getStringAttribute('motherduck_token');
  }
  public set motherduckToken(value: string) {
    this._motherduckToken = value;
  }
  // Temporarily expose input value. Use with caution.
  public get motherduckTokenInput() {
    return this._motherduckToken;
  }

  // name - computed: false, optional: false, required: true
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // preserve_null_values - computed: true, optional: true, required: false
  private _preserveNullValues?: boolean | cdktf.IResolvable; 
  public get preserveNullValues() {
    return this.getBooleanAttribute('preserve_null_values');
  }
  public set preserveNullValues(value: boolean | cdktf.IResolvable) {
    this._preserveNullValues = value;
  }
  public resetPreserveNullValues() {
    this._preserveNullValues = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get preserveNullValuesInput() {
    return this._preserveNullValues;
  }

  // quote_identifiers - computed: true, optional: true, required: false
  private _quoteIdentifiers?: boolean | cdktf.IResolvable; 
  public get quoteIdentifiers() {
    return this.getBooleanAttribute('quote_identifiers');
  }
  public set quoteIdentifiers(value: boolean | cdktf.IResolvable) {
    this._quoteIdentifiers = value;
  }
  public resetQuoteIdentifiers() {
    this._quoteIdentifiers = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get quoteIdentifiersInput() {
    return this._quoteIdentifiers;
  }

  // schema_evolution - computed: true, optional: true, required: false
  private _schemaEvolution?: string; 
  public get schemaEvolution() {
    return this.getStringAttribute('schema_evolution');
  }
  public set schemaEvolution(value: string) {
    this._schemaEvolution = value;
  }
  public resetSchemaEvolution() {
    this._schemaEvolution = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get schemaEvolutionInput() {
    return this._schemaEvolution;
  }

  // table_name_prefix - computed: true, optional: true, required: false
  private _tableNamePrefix?: string; 
  public get tableNamePrefix() {
    return this.getStringAttribute('table_name_prefix');
  }
  public set tableNamePrefix(value: string) {
    this._tableNamePrefix = value;
  }
  public resetTableNamePrefix() {
    this._tableNamePrefix = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tableNamePrefixInput() {
    return this._tableNamePrefix;
  }

  // tags - computed: true, optional: true, required: false
  private _tags?: string[]; 
  public get tags() {
    return cdktf.Fn.tolist(this.getListAttribute('tags'));
  }
  public set tags(value: string[]) {
    this._tags = value;
  }
  public resetTags() {
    this._tags = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tagsInput() {
    return this._tags;
  }

  // tasks_max - computed: true, optional: true, required: false
  private _tasksMax?: number; 
  public get tasksMax() {
    return this.getNumberAttribute('tasks_max');
  }
  public set tasksMax(value: number) {
    this._tasksMax = value;
  }
  public resetTasksMax() {
    this._tasksMax = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tasksMaxInput() {
    return this._tasksMax;
  }

  // topic2table_map - computed: true, optional: true, required: false
  private _topic2TableMap?: boolean | cdktf.IResolvable; 
  public get topic2TableMap() {
    return this.getBooleanAttribute('topic2table_map');
  }
  public set topic2TableMap(value: boolean | cdktf.IResolvable) {
    this._topic2TableMap = value;
  }
  public resetTopic2TableMap() {
    this._topic2TableMap = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get topic2TableMapInput() {
    return this._topic2TableMap;
  }

  // transforms_add_string_suffix_fields_include_list - computed: false, optional: true, required: false
  private _transformsAddStringSuffixFieldsIncludeList?: string; 
  public get transformsAddStringSuffixFieldsIncludeList() {
    return this.getStringAttribute('transforms_add_string_suffix_fields_include_list');
  }
  public set transformsAddStringSuffixFieldsIncludeList(value: string) {
    this._transformsAddStringSuffixFieldsIncludeList = value;
  }
  public resetTransformsAddStringSuffixFieldsIncludeList() {
    this._transformsAddStringSuffixFieldsIncludeList = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get transformsAddStringSuffixFieldsIncludeListInput() {
    return this._transformsAddStringSuffixFieldsIncludeList;
  }

  // transforms_change_topic_name_mapping - computed: false, optional: true, required: false
  private _transformsChangeTopicNameMapping?: string; 
  public get transformsChangeTopicNameMapping() {
    return this.getStringAttribute('transforms_change_topic_name_mapping');
  }
  public set transformsChangeTopicNameMapping(value: string) {
    this._transformsChangeTopicNameMapping = value;
  }
  public resetTransformsChangeTopicNameMapping() {
    this._transformsChangeTopicNameMapping = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get transformsChangeTopicNameMappingInput() {
    return this._transformsChangeTopicNameMapping;
  }

  // transforms_change_topic_name_match_regex - computed: false, optional: true, required: false
  private _transformsChangeTopicNameMatchRegex?: string; 
  public get transformsChangeTopicNameMatchRegex() {
    return this.getStringAttribute('transforms_change_topic_name_match_regex');
  }
  public set transformsChangeTopicNameMatchRegex(value: string) {
    this._transformsChangeTopicNameMatchRegex = value;
  }
  public resetTransformsChangeTopicNameMatchRegex() {
    this._transformsChangeTopicNameMatchRegex = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get transformsChangeTopicNameMatchRegexInput() {
    return this._transformsChangeTopicNameMatchRegex;
  }

  // transforms_copy_field_copy_field_mapping - computed: false, optional: true, required: false
  private _transformsCopyFieldCopyFieldMapping?: string; 
  public get transformsCopyFieldCopyFieldMapping() {
    return this.getStringAttribute('transforms_copy_field_copy_field_mapping');
  }
  public set transformsCopyFieldCopyFieldMapping(value: string) {
    this._transformsCopyFieldCopyFieldMapping = value;
  }
  public resetTransformsCopyFieldCopyFieldMapping() {
    this._transformsCopyFieldCopyFieldMapping = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get transformsCopyFieldCopyFieldMappingInput() {
    return this._transformsCopyFieldCopyFieldMapping;
  }

  // transforms_drop_fields_fields_include_list - computed: false, optional: true, required: false
  private _transformsDropFieldsFieldsIncludeList?: string; 
  public get transformsDropFieldsFieldsIncludeList() {
    return this.getStringAttribute('transforms_drop_fields_fields_include_list');
  }
  public set transformsDropFieldsFieldsIncludeList(value: string) {
    this._transformsDropFieldsFieldsIncludeList = value;
  }
  public resetTransformsDropFieldsFieldsIncludeList() {
    this._transformsDropFieldsFieldsIncludeList = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get transformsDropFieldsFieldsIncludeListInput() {
    return this._transformsDropFieldsFieldsIncludeList;
  }

  // transforms_header_to_field_custom_header_mappings - computed: false, optional: true, required: false
  private _transformsHeaderToFieldCustomHeaderMappings?: string; 
  public get transformsHeaderToFieldCustomHeaderMappings() {
    return this.getStringAttribute('transforms_header_to_field_custom_header_mappings');
  }
  public set transformsHeaderToFieldCustomHeaderMappings(value: string) {
    this._transformsHeaderToFieldCustomHeaderMappings = value;
  }
  public resetTransformsHeaderToFieldCustomHeaderMappings() {
    this._transformsHeaderToFieldCustomHeaderMappings = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get transformsHeaderToFieldCustomHeaderMappingsInput() {
    return this._transformsHeaderToFieldCustomHeaderMappings;
  }

  // transforms_mark_columns_as_optional_fields_include_list - computed: false, optional: true, required: false
  private _transformsMarkColumnsAsOptionalFieldsIncludeList?: string; 
  public get transformsMarkColumnsAsOptionalFieldsIncludeList() {
    return this.getStringAttribute('transforms_mark_columns_as_optional_fields_include_list');
  }
  public set transformsMarkColumnsAsOptionalFieldsIncludeList(value: string) {
    this._transformsMarkColumnsAsOptionalFieldsIncludeList = value;
  }
  public resetTransformsMarkColumnsAsOptionalFieldsIncludeList() {
    this._transformsMarkColumnsAsOptionalFieldsIncludeList = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get transformsMarkColumnsAsOptionalFieldsIncludeListInput() {
    return this._transformsMarkColumnsAsOptionalFieldsIncludeList;
  }

  // transforms_mark_columns_as_required_fields_include_all - computed: true, optional: true, required: false
  private _transformsMarkColumnsAsRequiredFieldsIncludeAll?: boolean | cdktf.IResolvable; 
  public get transformsMarkColumnsAsRequiredFieldsIncludeAll() {
    return this.getBooleanAttribute('transforms_mark_columns_as_required_fields_include_all');
  }
  public set transformsMarkColumnsAsRequiredFieldsIncludeAll(value: boolean | cdktf.IResolvable) {
    this._transformsMarkColumnsAsRequiredFieldsIncludeAll = value;
  }
  public resetTransformsMarkColumnsAsRequiredFieldsIncludeAll() {
    this._transformsMarkColumnsAsRequiredFieldsIncludeAll = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get transformsMarkColumnsAsRequiredFieldsIncludeAllInput() {
    return this._transformsMarkColumnsAsRequiredFieldsIncludeAll;
  }

  // transforms_mark_columns_as_required_null_sentinel_mode - computed: true, optional: true, required: false
  private _transformsMarkColumnsAsRequiredNullSentinelMode?: string; 
  public get transformsMarkColumnsAsRequiredNullSentinelMode() {
    return this.getStringAttribute('transforms_mark_columns_as_required_null_sentinel_mode');
  }
  public set transformsMarkColumnsAsRequiredNullSentinelMode(value: string) {
    this._transformsMarkColumnsAsRequiredNullSentinelMode = value;
  }
  public resetTransformsMarkColumnsAsRequiredNullSentinelMode() {
    this._transformsMarkColumnsAsRequiredNullSentinelMode = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get transformsMarkColumnsAsRequiredNullSentinelModeInput() {
    return this._transformsMarkColumnsAsRequiredNullSentinelMode;
  }

  // transforms_oversized_records_fields_exclude_list - computed: false, optional: true, required: false
  private _transformsOversizedRecordsFieldsExcludeList?: string; 
  public get transformsOversizedRecordsFieldsExcludeList() {
    return this.getStringAttribute('transforms_oversized_records_fields_exclude_list');
  }
  public set transformsOversizedRecordsFieldsExcludeList(value: string) {
    this._transformsOversizedRecordsFieldsExcludeList = value;
  }
  public resetTransformsOversizedRecordsFieldsExcludeList() {
    this._transformsOversizedRecordsFieldsExcludeList = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get transformsOversizedRecordsFieldsExcludeListInput() {
    return this._transformsOversizedRecordsFieldsExcludeList;
  }

  // transforms_oversized_records_fields_include_list - computed: false, optional: true, required: false
  private _transformsOversizedRecordsFieldsIncludeList?: string; 
  public get transformsOversizedRecordsFieldsIncludeList() {
    return this.getStringAttribute('transforms_oversized_records_fields_include_list');
  }
  public set transformsOversizedRecordsFieldsIncludeList(value: string) {
    this._transformsOversizedRecordsFieldsIncludeList = value;
  }
  public resetTransformsOversizedRecordsFieldsIncludeList() {
    this._transformsOversizedRecordsFieldsIncludeList = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get transformsOversizedRecordsFieldsIncludeListInput() {
    return this._transformsOversizedRecordsFieldsIncludeList;
  }

  // transforms_oversized_records_max_field_size_bytes - computed: true, optional: true, required: false
  private _transformsOversizedRecordsMaxFieldSizeBytes?: number; 
  public get transformsOversizedRecordsMaxFieldSizeBytes() {
    return this.getNumberAttribute('transforms_oversized_records_max_field_size_bytes');
  }
  public set transformsOversizedRecordsMaxFieldSizeBytes(value: number) {
    this._transformsOversizedRecordsMaxFieldSizeBytes = value;
  }
  public resetTransformsOversizedRecordsMaxFieldSizeBytes() {
    this._transformsOversizedRecordsMaxFieldSizeBytes = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get transformsOversizedRecordsMaxFieldSizeBytesInput() {
    return this._transformsOversizedRecordsMaxFieldSizeBytes;
  }

  // transforms_oversized_records_max_record_size_bytes - computed: true, optional: true, required: false
  private _transformsOversizedRecordsMaxRecordSizeBytes?: number; 
  public get transformsOversizedRecordsMaxRecordSizeBytes() {
    return this.getNumberAttribute('transforms_oversized_records_max_record_size_bytes');
  }
  public set transformsOversizedRecordsMaxRecordSizeBytes(value: number) {
    this._transformsOversizedRecordsMaxRecordSizeBytes = value;
  }
  public resetTransformsOversizedRecordsMaxRecordSizeBytes() {
    this._transformsOversizedRecordsMaxRecordSizeBytes = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get transformsOversizedRecordsMaxRecordSizeBytesInput() {
    return this._transformsOversizedRecordsMaxRecordSizeBytes;
  }

  // transforms_oversized_records_oversized_field_behavior - computed: true, optional: true, required: false
  private _transformsOversizedRecordsOversizedFieldBehavior?: string; 
  public get transformsOversizedRecordsOversizedFieldBehavior() {
    return this.getStringAttribute('transforms_oversized_records_oversized_field_behavior');
  }
  public set transformsOversizedRecordsOversizedFieldBehavior(value: string) {
    this._transformsOversizedRecordsOversizedFieldBehavior = value;
  }
  public resetTransformsOversizedRecordsOversizedFieldBehavior() {
    this._transformsOversizedRecordsOversizedFieldBehavior = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get transformsOversizedRecordsOversizedFieldBehaviorInput() {
    return this._transformsOversizedRecordsOversizedFieldBehavior;
  }

  // transforms_oversized_records_replace_null_with_default - computed: true, optional: true, required: false
  private _transformsOversizedRecordsReplaceNullWithDefault?: boolean | cdktf.IResolvable; 
  public get transformsOversizedRecordsReplaceNullWithDefault() {
    return this.getBooleanAttribute('transforms_oversized_records_replace_null_with_default');
  }
  public set transformsOversizedRecordsReplaceNullWithDefault(value: boolean | cdktf.IResolvable) {
    this._transformsOversizedRecordsReplaceNullWithDefault = value;
  }
  public resetTransformsOversizedRecordsReplaceNullWithDefault() {
    this._transformsOversizedRecordsReplaceNullWithDefault = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get transformsOversizedRecordsReplaceNullWithDefaultInput() {
    return this._transformsOversizedRecordsReplaceNullWithDefault;
  }

  // transforms_oversized_records_semantic_types_exclude - computed: true, optional: true, required: false
  private _transformsOversizedRecordsSemanticTypesExclude?: string; 
  public get transformsOversizedRecordsSemanticTypesExclude() {
    return this.getStringAttribute('transforms_oversized_records_semantic_types_exclude');
  }
  public set transformsOversizedRecordsSemanticTypesExclude(value: string) {
    this._transformsOversizedRecordsSemanticTypesExclude = value;
  }
  public resetTransformsOversizedRecordsSemanticTypesExclude() {
    this._transformsOversizedRecordsSemanticTypesExclude = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get transformsOversizedRecordsSemanticTypesExcludeInput() {
    return this._transformsOversizedRecordsSemanticTypesExclude;
  }

  // transforms_oversized_records_truncation_suffix - computed: true, optional: true, required: false
  private _transformsOversizedRecordsTruncationSuffix?: string; 
  public get transformsOversizedRecordsTruncationSuffix() {
    return this.getStringAttribute('transforms_oversized_records_truncation_suffix');
  }
  public set transformsOversizedRecordsTruncationSuffix(value: string) {
    this._transformsOversizedRecordsTruncationSuffix = value;
  }
  public resetTransformsOversizedRecordsTruncationSuffix() {
    this._transformsOversizedRecordsTruncationSuffix = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get transformsOversizedRecordsTruncationSuffixInput() {
    return this._transformsOversizedRecordsTruncationSuffix;
  }

  // transforms_rename_fields_renames - computed: false, optional: true, required: false
  private _transformsRenameFieldsRenames?: string; 
  public get transformsRenameFieldsRenames() {
    return this.getStringAttribute('transforms_rename_fields_renames');
  }
  public set transformsRenameFieldsRenames(value: string) {
    this._transformsRenameFieldsRenames = value;
  }
  public resetTransformsRenameFieldsRenames() {
    this._transformsRenameFieldsRenames = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get transformsRenameFieldsRenamesInput() {
    return this._transformsRenameFieldsRenames;
  }

  // transforms_string_replace_fields_include_list - computed: false, optional: true, required: false
  private _transformsStringReplaceFieldsIncludeList?: string; 
  public get transformsStringReplaceFieldsIncludeList() {
    return this.getStringAttribute('transforms_string_replace_fields_include_list');
  }
  public set transformsStringReplaceFieldsIncludeList(value: string) {
    this._transformsStringReplaceFieldsIncludeList = value;
  }
  public resetTransformsStringReplaceFieldsIncludeList() {
    this._transformsStringReplaceFieldsIncludeList = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get transformsStringReplaceFieldsIncludeListInput() {
    return this._transformsStringReplaceFieldsIncludeList;
  }

  // transforms_string_replace_regex_patterns - computed: false, optional: true, required: false
  private _transformsStringReplaceRegexPatterns?: string; 
  public get transformsStringReplaceRegexPatterns() {
    return this.getStringAttribute('transforms_string_replace_regex_patterns');
  }
  public set transformsStringReplaceRegexPatterns(value: string) {
    this._transformsStringReplaceRegexPatterns = value;
  }
  public resetTransformsStringReplaceRegexPatterns() {
    this._transformsStringReplaceRegexPatterns = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get transformsStringReplaceRegexPatternsInput() {
    return this._transformsStringReplaceRegexPatterns;
  }

  // transforms_string_replace_replacement_values - computed: false, optional: true, required: false
  private _transformsStringReplaceReplacementValues?: string; 
  public get transformsStringReplaceReplacementValues() {
    return this.getStringAttribute('transforms_string_replace_replacement_values');
  }
  public set transformsStringReplaceReplacementValues(value: string) {
    this._transformsStringReplaceReplacementValues = value;
  }
  public resetTransformsStringReplaceReplacementValues() {
    this._transformsStringReplaceReplacementValues = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get transformsStringReplaceReplacementValuesInput() {
    return this._transformsStringReplaceReplacementValues;
  }

  // transforms_to_decimal_j_fields_include_list - computed: false, optional: true, required: false
  private _transformsToDecimalJFieldsIncludeList?: string; 
  public get transformsToDecimalJFieldsIncludeList() {
    return this.getStringAttribute('transforms_to_decimal_j_fields_include_list');
  }
  public set transformsToDecimalJFieldsIncludeList(value: string) {
    this._transformsToDecimalJFieldsIncludeList = value;
  }
  public resetTransformsToDecimalJFieldsIncludeList() {
    this._transformsToDecimalJFieldsIncludeList = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get transformsToDecimalJFieldsIncludeListInput() {
    return this._transformsToDecimalJFieldsIncludeList;
  }

  // transforms_to_decimal_j_truncate_to_max_precision - computed: true, optional: true, required: false
  private _transformsToDecimalJTruncateToMaxPrecision?: boolean | cdktf.IResolvable; 
  public get transformsToDecimalJTruncateToMaxPrecision() {
    return this.getBooleanAttribute('transforms_to_decimal_j_truncate_to_max_precision');
  }
  public set transformsToDecimalJTruncateToMaxPrecision(value: boolean | cdktf.IResolvable) {
    this._transformsToDecimalJTruncateToMaxPrecision = value;
  }
  public resetTransformsToDecimalJTruncateToMaxPrecision() {
    this._transformsToDecimalJTruncateToMaxPrecision = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get transformsToDecimalJTruncateToMaxPrecisionInput() {
    return this._transformsToDecimalJTruncateToMaxPrecision;
  }

  // transforms_to_float_j_fields_include_list - computed: false, optional: true, required: false
  private _transformsToFloatJFieldsIncludeList?: string; 
  public get transformsToFloatJFieldsIncludeList() {
    return this.getStringAttribute('transforms_to_float_j_fields_include_list');
  }
  public set transformsToFloatJFieldsIncludeList(value: string) {
    this._transformsToFloatJFieldsIncludeList = value;
  }
  public resetTransformsToFloatJFieldsIncludeList() {
    this._transformsToFloatJFieldsIncludeList = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get transformsToFloatJFieldsIncludeListInput() {
    return this._transformsToFloatJFieldsIncludeList;
  }

  // transforms_to_int_j_fields_include_list - computed: false, optional: true, required: false
  private _transformsToIntJFieldsIncludeList?: string; 
  public get transformsToIntJFieldsIncludeList() {
    return this.getStringAttribute('transforms_to_int_j_fields_include_list');
  }
  public set transformsToIntJFieldsIncludeList(value: string) {
    this._transformsToIntJFieldsIncludeList = value;
  }
  public resetTransformsToIntJFieldsIncludeList() {
    this._transformsToIntJFieldsIncludeList = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get transformsToIntJFieldsIncludeListInput() {
    return this._transformsToIntJFieldsIncludeList;
  }

  // transforms_to_json_j_convert_all_complex_types - computed: true, optional: true, required: false
  private _transformsToJsonJConvertAllComplexTypes?: boolean | cdktf.IResolvable; 
  public get transformsToJsonJConvertAllComplexTypes() {
    return this.getBooleanAttribute('transforms_to_json_j_convert_all_complex_types');
  }
  public set transformsToJsonJConvertAllComplexTypes(value: boolean | cdktf.IResolvable) {
    this._transformsToJsonJConvertAllComplexTypes = value;
  }
  public resetTransformsToJsonJConvertAllComplexTypes() {
    this._transformsToJsonJConvertAllComplexTypes = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get transformsToJsonJConvertAllComplexTypesInput() {
    return this._transformsToJsonJConvertAllComplexTypes;
  }

  // transforms_to_json_j_fields_include_list - computed: false, optional: true, required: false
  private _transformsToJsonJFieldsIncludeList?: string; 
  public get transformsToJsonJFieldsIncludeList() {
    return this.getStringAttribute('transforms_to_json_j_fields_include_list');
  }
  public set transformsToJsonJFieldsIncludeList(value: string) {
    this._transformsToJsonJFieldsIncludeList = value;
  }
  public resetTransformsToJsonJFieldsIncludeList() {
    this._transformsToJsonJFieldsIncludeList = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get transformsToJsonJFieldsIncludeListInput() {
    return this._transformsToJsonJFieldsIncludeList;
  }

  // transforms_to_jsonb_j_convert_all_complex_types - computed: true, optional: true, required: false
  private _transformsToJsonbJConvertAllComplexTypes?: boolean | cdktf.IResolvable; 
  public get transformsToJsonbJConvertAllComplexTypes() {
    return this.getBooleanAttribute('transforms_to_jsonb_j_convert_all_complex_types');
  }
  public set transformsToJsonbJConvertAllComplexTypes(value: boolean | cdktf.IResolvable) {
    this._transformsToJsonbJConvertAllComplexTypes = value;
  }
  public resetTransformsToJsonbJConvertAllComplexTypes() {
    this._transformsToJsonbJConvertAllComplexTypes = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get transformsToJsonbJConvertAllComplexTypesInput() {
    return this._transformsToJsonbJConvertAllComplexTypes;
  }

  // transforms_to_jsonb_j_convert_all_json - computed: true, optional: true, required: false
  private _transformsToJsonbJConvertAllJson?: boolean | cdktf.IResolvable; 
  public get transformsToJsonbJConvertAllJson() {
    return this.getBooleanAttribute('transforms_to_jsonb_j_convert_all_json');
  }
  public set transformsToJsonbJConvertAllJson(value: boolean | cdktf.IResolvable) {
    this._transformsToJsonbJConvertAllJson = value;
  }
  public resetTransformsToJsonbJConvertAllJson() {
    this._transformsToJsonbJConvertAllJson = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get transformsToJsonbJConvertAllJsonInput() {
    return this._transformsToJsonbJConvertAllJson;
  }

  // transforms_to_jsonb_j_fields_include_list - computed: false, optional: true, required: false
  private _transformsToJsonbJFieldsIncludeList?: string; 
  public get transformsToJsonbJFieldsIncludeList() {
    return this.getStringAttribute('transforms_to_jsonb_j_fields_include_list');
  }
  public set transformsToJsonbJFieldsIncludeList(value: string) {
    this._transformsToJsonbJFieldsIncludeList = value;
  }
  public resetTransformsToJsonbJFieldsIncludeList() {
    this._transformsToJsonbJFieldsIncludeList = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get transformsToJsonbJFieldsIncludeListInput() {
    return this._transformsToJsonbJFieldsIncludeList;
  }

  // transforms_to_string_j_fields_include_list - computed: false, optional: true, required: false
  private _transformsToStringJFieldsIncludeList?: string; 
  public get transformsToStringJFieldsIncludeList() {
    return this.getStringAttribute('transforms_to_string_j_fields_include_list');
  }
  public set transformsToStringJFieldsIncludeList(value: string) {
    this._transformsToStringJFieldsIncludeList = value;
  }
  public resetTransformsToStringJFieldsIncludeList() {
    this._transformsToStringJFieldsIncludeList = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get transformsToStringJFieldsIncludeListInput() {
    return this._transformsToStringJFieldsIncludeList;
  }

  // timeouts - computed: false, optional: true, required: false
  private _timeouts = new DestinationMotherduckTimeoutsOutputReference(this, "timeouts");
  public get timeouts() {
    return this._timeouts;
  }
  public putTimeouts(value: DestinationMotherduckTimeouts) {
    this._timeouts.internalValue = value;
  }
  public resetTimeouts() {
    this._timeouts.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get timeoutsInput() {
    return this._timeouts.internalValue;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      consumer_override_max_poll_records: cdktf.numberToTerraform(this._consumerOverrideMaxPollRecords),
      desired_state: cdktf.stringToTerraform(this._desiredState),
      hard_delete: cdktf.booleanToTerraform(this._hardDelete),
      ingestion_mode: cdktf.stringToTerraform(this._ingestionMode),
      motherduck_catalog: cdktf.stringToTerraform(this._motherduckCatalog),
      motherduck_token: cdktf.stringToTerraform(this._motherduckToken),
      name: cdktf.stringToTerraform(this._name),
      preserve_null_values: cdktf.booleanToTerraform(this._preserveNullValues),
      quote_identifiers: cdktf.booleanToTerraform(this._quoteIdentifiers),
      schema_evolution: cdktf.stringToTerraform(this._schemaEvolution),
      table_name_prefix: cdktf.stringToTerraform(this._tableNamePrefix),
      tags: cdktf.listMapper(cdktf.stringToTerraform, false)(this._tags),
      tasks_max: cdktf.numberToTerraform(this._tasksMax),
      topic2table_map: cdktf.booleanToTerraform(this._topic2TableMap),
      transforms_add_string_suffix_fields_include_list: cdktf.stringToTerraform(this._transformsAddStringSuffixFieldsIncludeList),
      transforms_change_topic_name_mapping: cdktf.stringToTerraform(this._transformsChangeTopicNameMapping),
      transforms_change_topic_name_match_regex: cdktf.stringToTerraform(this._transformsChangeTopicNameMatchRegex),
      transforms_copy_field_copy_field_mapping: cdktf.stringToTerraform(this._transformsCopyFieldCopyFieldMapping),
      transforms_drop_fields_fields_include_list: cdktf.stringToTerraform(this._transformsDropFieldsFieldsIncludeList),
      transforms_header_to_field_custom_header_mappings: cdktf.stringToTerraform(this._transformsHeaderToFieldCustomHeaderMappings),
      transforms_mark_columns_as_optional_fields_include_list: cdktf.stringToTerraform(this._transformsMarkColumnsAsOptionalFieldsIncludeList),
      transforms_mark_columns_as_required_fields_include_all: cdktf.booleanToTerraform(this._transformsMarkColumnsAsRequiredFieldsIncludeAll),
      transforms_mark_columns_as_required_null_sentinel_mode: cdktf.stringToTerraform(this._transformsMarkColumnsAsRequiredNullSentinelMode),
      transforms_oversized_records_fields_exclude_list: cdktf.stringToTerraform(this._transformsOversizedRecordsFieldsExcludeList),
      transforms_oversized_records_fields_include_list: cdktf.stringToTerraform(this._transformsOversizedRecordsFieldsIncludeList),
      transforms_oversized_records_max_field_size_bytes: cdktf.numberToTerraform(this._transformsOversizedRecordsMaxFieldSizeBytes),
      transforms_oversized_records_max_record_size_bytes: cdktf.numberToTerraform(this._transformsOversizedRecordsMaxRecordSizeBytes),
      transforms_oversized_records_oversized_field_behavior: cdktf.stringToTerraform(this._transformsOversizedRecordsOversizedFieldBehavior),
      transforms_oversized_records_replace_null_with_default: cdktf.booleanToTerraform(this._transformsOversizedRecordsReplaceNullWithDefault),
      transforms_oversized_records_semantic_types_exclude: cdktf.stringToTerraform(this._transformsOversizedRecordsSemanticTypesExclude),
      transforms_oversized_records_truncation_suffix: cdktf.stringToTerraform(this._transformsOversizedRecordsTruncationSuffix),
      transforms_rename_fields_renames: cdktf.stringToTerraform(this._transformsRenameFieldsRenames),
      transforms_string_replace_fields_include_list: cdktf.stringToTerraform(this._transformsStringReplaceFieldsIncludeList),
      transforms_string_replace_regex_patterns: cdktf.stringToTerraform(this._transformsStringReplaceRegexPatterns),
      transforms_string_replace_replacement_values: cdktf.stringToTerraform(this._transformsStringReplaceReplacementValues),
      transforms_to_decimal_j_fields_include_list: cdktf.stringToTerraform(this._transformsToDecimalJFieldsIncludeList),
      transforms_to_decimal_j_truncate_to_max_precision: cdktf.booleanToTerraform(this._transformsToDecimalJTruncateToMaxPrecision),
      transforms_to_float_j_fields_include_list: cdktf.stringToTerraform(this._transformsToFloatJFieldsIncludeList),
      transforms_to_int_j_fields_include_list: cdktf.stringToTerraform(this._transformsToIntJFieldsIncludeList),
      transforms_to_json_j_convert_all_complex_types: cdktf.booleanToTerraform(this._transformsToJsonJConvertAllComplexTypes),
      transforms_to_json_j_fields_include_list: cdktf.stringToTerraform(this._transformsToJsonJFieldsIncludeList),
      transforms_to_jsonb_j_convert_all_complex_types: cdktf.booleanToTerraform(this._transformsToJsonbJConvertAllComplexTypes),
      transforms_to_jsonb_j_convert_all_json: cdktf.booleanToTerraform(this._transformsToJsonbJConvertAllJson),
      transforms_to_jsonb_j_fields_include_list: cdktf.stringToTerraform(this._transformsToJsonbJFieldsIncludeList),
      transforms_to_string_j_fields_include_list: cdktf.stringToTerraform(this._transformsToStringJFieldsIncludeList),
      timeouts: destinationMotherduckTimeoutsToTerraform(this._timeouts.internalValue),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      consumer_override_max_poll_records: {
        value: cdktf.numberToHclTerraform(this._consumerOverrideMaxPollRecords),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      desired_state: {
        value: cdktf.stringToHclTerraform(this._desiredState),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      hard_delete: {
        value: cdktf.booleanToHclTerraform(this._hardDelete),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      ingestion_mode: {
        value: cdktf.stringToHclTerraform(this._ingestionMode),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      motherduck_catalog: {
        value: cdktf.stringToHclTerraform(this._motherduckCatalog),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      motherduck_token: {
        value: cdktf.stringToHclTerraform(this._motherduckToken),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      name: {
        value: cdktf.stringToHclTerraform(this._name),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      preserve_null_values: {
        value: cdktf.booleanToHclTerraform(this._preserveNullValues),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      quote_identifiers: {
        value: cdktf.booleanToHclTerraform(this._quoteIdentifiers),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      schema_evolution: {
        value: cdktf.stringToHclTerraform(this._schemaEvolution),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      table_name_prefix: {
        value: cdktf.stringToHclTerraform(this._tableNamePrefix),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      tags: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._tags),
        isBlock: false,
        type: "set",
        storageClassType: "stringList",
      },
      tasks_max: {
        value: cdktf.numberToHclTerraform(this._tasksMax),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      topic2table_map: {
        value: cdktf.booleanToHclTerraform(this._topic2TableMap),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      transforms_add_string_suffix_fields_include_list: {
        value: cdktf.stringToHclTerraform(this._transformsAddStringSuffixFieldsIncludeList),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      transforms_change_topic_name_mapping: {
        value: cdktf.stringToHclTerraform(this._transformsChangeTopicNameMapping),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      transforms_change_topic_name_match_regex: {
        value: cdktf.stringToHclTerraform(this._transformsChangeTopicNameMatchRegex),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      transforms_copy_field_copy_field_mapping: {
        value: cdktf.stringToHclTerraform(this._transformsCopyFieldCopyFieldMapping),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      transforms_drop_fields_fields_include_list: {
        value: cdktf.stringToHclTerraform(this._transformsDropFieldsFieldsIncludeList),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      transforms_header_to_field_custom_header_mappings: {
        value: cdktf.stringToHclTerraform(this._transformsHeaderToFieldCustomHeaderMappings),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      transforms_mark_columns_as_optional_fields_include_list: {
        value: cdktf.stringToHclTerraform(this._transformsMarkColumnsAsOptionalFieldsIncludeList),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      transforms_mark_columns_as_required_fields_include_all: {
        value: cdktf.booleanToHclTerraform(this._transformsMarkColumnsAsRequiredFieldsIncludeAll),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      transforms_mark_columns_as_required_null_sentinel_mode: {
        value: cdktf.stringToHclTerraform(this._transformsMarkColumnsAsRequiredNullSentinelMode),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      transforms_oversized_records_fields_exclude_list: {
        value: cdktf.stringToHclTerraform(this._transformsOversizedRecordsFieldsExcludeList),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      transforms_oversized_records_fields_include_list: {
        value: cdktf.stringToHclTerraform(this._transformsOversizedRecordsFieldsIncludeList),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      transforms_oversized_records_max_field_size_bytes: {
        value: cdktf.numberToHclTerraform(this._transformsOversizedRecordsMaxFieldSizeBytes),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      transforms_oversized_records_max_record_size_bytes: {
        value: cdktf.numberToHclTerraform(this._transformsOversizedRecordsMaxRecordSizeBytes),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      transforms_oversized_records_oversized_field_behavior: {
        value: cdktf.stringToHclTerraform(this._transformsOversizedRecordsOversizedFieldBehavior),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      transforms_oversized_records_replace_null_with_default: {
        value: cdktf.booleanToHclTerraform(this._transformsOversizedRecordsReplaceNullWithDefault),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      transforms_oversized_records_semantic_types_exclude: {
        value: cdktf.stringToHclTerraform(this._transformsOversizedRecordsSemanticTypesExclude),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      transforms_oversized_records_truncation_suffix: {
        value: cdktf.stringToHclTerraform(this._transformsOversizedRecordsTruncationSuffix),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      transforms_rename_fields_renames: {
        value: cdktf.stringToHclTerraform(this._transformsRenameFieldsRenames),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      transforms_string_replace_fields_include_list: {
        value: cdktf.stringToHclTerraform(this._transformsStringReplaceFieldsIncludeList),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      transforms_string_replace_regex_patterns: {
        value: cdktf.stringToHclTerraform(this._transformsStringReplaceRegexPatterns),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      transforms_string_replace_replacement_values: {
        value: cdktf.stringToHclTerraform(this._transformsStringReplaceReplacementValues),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      transforms_to_decimal_j_fields_include_list: {
        value: cdktf.stringToHclTerraform(this._transformsToDecimalJFieldsIncludeList),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      transforms_to_decimal_j_truncate_to_max_precision: {
        value: cdktf.booleanToHclTerraform(this._transformsToDecimalJTruncateToMaxPrecision),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      transforms_to_float_j_fields_include_list: {
        value: cdktf.stringToHclTerraform(this._transformsToFloatJFieldsIncludeList),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      transforms_to_int_j_fields_include_list: {
        value: cdktf.stringToHclTerraform(this._transformsToIntJFieldsIncludeList),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      transforms_to_json_j_convert_all_complex_types: {
        value: cdktf.booleanToHclTerraform(this._transformsToJsonJConvertAllComplexTypes),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      transforms_to_json_j_fields_include_list: {
        value: cdktf.stringToHclTerraform(this._transformsToJsonJFieldsIncludeList),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      transforms_to_jsonb_j_convert_all_complex_types: {
        value: cdktf.booleanToHclTerraform(this._transformsToJsonbJConvertAllComplexTypes),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      transforms_to_jsonb_j_convert_all_json: {
        value: cdktf.booleanToHclTerraform(this._transformsToJsonbJConvertAllJson),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      transforms_to_jsonb_j_fields_include_list: {
        value: cdktf.stringToHclTerraform(this._transformsToJsonbJFieldsIncludeList),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      transforms_to_string_j_fields_include_list: {
        value: cdktf.stringToHclTerraform(this._transformsToStringJFieldsIncludeList),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      timeouts: {
        value: destinationMotherduckTimeoutsToHclTerraform(this._timeouts.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "DestinationMotherduckTimeouts",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
