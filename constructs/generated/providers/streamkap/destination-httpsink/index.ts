// https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_httpsink
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface DestinationHttpsinkConfig extends cdktf.TerraformMetaArguments {
  /**
  * Whether records are held until a batch is full or the batch time passes, before they are sent (config key "batch.buffering.enabled"). True or false. Defaults to false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_httpsink#batch_buffering_enabled DestinationHttpsink#batch_buffering_enabled}
  */
  readonly batchBufferingEnabled?: boolean | cdktf.IResolvable;
  /**
  * Most records in one batch, from 1 to 1000000 (config key "batch.max.size"). A whole number. Defaults to 500.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_httpsink#batch_max_size DestinationHttpsink#batch_max_size}
  */
  readonly batchMaxSize?: number;
  /**
  * Longest wait before a batch is sent, in milliseconds (config key "batch.max.time.ms"). A whole number. Defaults to 10000.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_httpsink#batch_max_time_ms DestinationHttpsink#batch_max_time_ms}
  */
  readonly batchMaxTimeMs?: number;
  /**
  * Text put before a batch's records, e.g. [ (config key "batch.prefix"). Text. Defaults to "[".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_httpsink#batch_prefix DestinationHttpsink#batch_prefix}
  */
  readonly batchPrefix?: string;
  /**
  * Text between the records of a batch, e.g. a comma (config key "batch.separator"). Text. Defaults to ",".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_httpsink#batch_separator DestinationHttpsink#batch_separator}
  */
  readonly batchSeparator?: string;
  /**
  * Text put after a batch's records, e.g. ] (config key "batch.suffix"). Text. Defaults to "]".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_httpsink#batch_suffix DestinationHttpsink#batch_suffix}
  */
  readonly batchSuffix?: string;
  /**
  * Whether several records are sent in one request (config key "batching.enabled"). True or false. Defaults to false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_httpsink#batching_enabled DestinationHttpsink#batching_enabled}
  */
  readonly batchingEnabled?: boolean | cdktf.IResolvable;
  /**
  * Largest number of records read from Kafka in one poll (config key "consumer.override.max.poll.records"). A whole number from 1 to 100000. Defaults to 10000.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_httpsink#consumer_override_max_poll_records DestinationHttpsink#consumer_override_max_poll_records}
  */
  readonly consumerOverrideMaxPollRecords?: number;
  /**
  * How decimals are written: NUMERIC as numbers, BASE64 as base64 text (config key "decimal.format"). Text. One of "BASE64", "NUMERIC". Defaults to "NUMERIC".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_httpsink#decimal_format DestinationHttpsink#decimal_format}
  */
  readonly decimalFormat?: string;
  /**
  * Whether the connector should run: one of Active, Paused, Stopped. Default: Active. Changing it pauses, resumes or stops the connector in place.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_httpsink#desired_state DestinationHttpsink#desired_state}
  */
  readonly desiredState?: string;
  /**
  * Whether failing records stop the connector (none) or are skipped (all); all cannot be used with batching (config key "errors.tolerance.user.defined"). Text. One of "none", "all". Defaults to "none".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_httpsink#errors_tolerance DestinationHttpsink#errors_tolerance}
  */
  readonly errorsTolerance?: string;
  /**
  * How requests are authorized: none, static (a fixed Authorization header) or oauth2 (a token fetched with client credentials) (config key "http.authorization.type"). Text. One of "none", "static", "oauth2". Defaults to "none".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_httpsink#http_authorization_type DestinationHttpsink#http_authorization_type}
  */
  readonly httpAuthorizationType?: string;
  /**
  * Further headers, comma-separated, each as header:value, e.g. X-Source:streamkap (config key "http.headers.additional"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_httpsink#http_headers_additional DestinationHttpsink#http_headers_additional}
  */
  readonly httpHeadersAdditional?: string;
  /**
  * Value of the Authorization header with static authorization, e.g. Bearer and a token (config key "http.headers.authorization"). Text. Optional; when left out it is not sent and Streamkap's own default applies. Secret: hidden in plans and logs; Streamkap never returns it, so Terraform keeps the configured value.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_httpsink#http_headers_authorization DestinationHttpsink#http_headers_authorization}
  */
  readonly httpHeadersAuthorization?: string;
  /**
  * Content-Type header of each request (config key "http.headers.content.type"). Text. Defaults to "application/json".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_httpsink#http_headers_content_type DestinationHttpsink#http_headers_content_type}
  */
  readonly httpHeadersContentType?: string;
  /**
  * Host name of the HTTP proxy requests go through, e.g. proxy.internal.example.com (config key "http.proxy.host"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_httpsink#http_proxy_host DestinationHttpsink#http_proxy_host}
  */
  readonly httpProxyHost?: string;
  /**
  * Port of that HTTP proxy (config key "http.proxy.port"). A whole number. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_httpsink#http_proxy_port DestinationHttpsink#http_proxy_port}
  */
  readonly httpProxyPort?: number;
  /**
  * How long to wait for a response, in seconds (config key "http.timeout"). A whole number. Defaults to 30.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_httpsink#http_timeout DestinationHttpsink#http_timeout}
  */
  readonly httpTimeout?: number;
  /**
  * Address the records are sent to, e.g. https://hooks.example.com/streamkap (config key "http.url"). Text. Required.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_httpsink#http_url DestinationHttpsink#http_url}
  */
  readonly httpUrl: string;
  /**
  * Most retries of a failed request (config key "max.retries"). A whole number. Defaults to 1.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_httpsink#max_retries DestinationHttpsink#max_retries}
  */
  readonly maxRetries?: number;
  /**
  * Name of the destination, unique among the destinations of the Streamkap account.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_httpsink#name DestinationHttpsink#name}
  */
  readonly name: string;
  /**
  * Address the OAuth2 access token is fetched from, e.g. https://auth.example.com/oauth2/token (config key "oauth2.access.token.url"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_httpsink#oauth2_access_token_url DestinationHttpsink#oauth2_access_token_url}
  */
  readonly oauth2AccessTokenUrl?: string;
  /**
  * Client ID Streamkap presents when it fetches the OAuth2 access token (config key "oauth2.client.id"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_httpsink#oauth2_client_id DestinationHttpsink#oauth2_client_id}
  */
  readonly oauth2ClientId?: string;
  /**
  * Client secret presented with that client ID (config key "oauth2.client.secret"). Text. Optional; when left out it is not sent and Streamkap's own default applies. Secret: hidden in plans and logs; Streamkap never returns it, so Terraform keeps the configured value.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_httpsink#oauth2_client_secret DestinationHttpsink#oauth2_client_secret}
  */
  readonly oauth2ClientSecret?: string;
  /**
  * OAuth2 scope requested with the token, e.g. events.write (config key "oauth2.scope"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_httpsink#oauth2_scope DestinationHttpsink#oauth2_scope}
  */
  readonly oauth2Scope?: string;
  /**
  * Whether null values from the source stay null instead of being replaced by the column's schema default (config key "preserve.null.values"). True or false. Defaults to false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_httpsink#preserve_null_values DestinationHttpsink#preserve_null_values}
  */
  readonly preserveNullValues?: boolean | cdktf.IResolvable;
  /**
  * Whether table and column names are quoted in the SQL statements the destination runs (config key "quote.identifiers"). True or false. Defaults to true.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_httpsink#quote_identifiers DestinationHttpsink#quote_identifiers}
  */
  readonly quoteIdentifiers?: boolean | cdktf.IResolvable;
  /**
  * How long to wait before retrying a failed request, in milliseconds (config key "retry.backoff.ms"). A whole number. Defaults to 3000.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_httpsink#retry_backoff_ms DestinationHttpsink#retry_backoff_ms}
  */
  readonly retryBackoffMs?: number;
  /**
  * Ids of the destination's tags (streamkap_tag.<name>.id). When left out, the tags Streamkap has are kept.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_httpsink#tags DestinationHttpsink#tags}
  */
  readonly tags?: string[];
  /**
  * Comma-separated list of columns, as table.column, renamed with the suffix _str when they are still text after the type conversions (use it with those conversions) (config key "transforms.AddStringSuffix.fields.include.list"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_httpsink#transforms_add_string_suffix_fields_include_list DestinationHttpsink#transforms_add_string_suffix_fields_include_list}
  */
  readonly transformsAddStringSuffixFieldsIncludeList?: string;
  /**
  * Regular expression over topic names whose matched part names the destination table (or the file, for file storage) (config key "transforms.changeTopicName.match.regex.user.defined"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_httpsink#transforms_change_topic_name_match_regex DestinationHttpsink#transforms_change_topic_name_match_regex}
  */
  readonly transformsChangeTopicNameMatchRegex?: string;
  /**
  * Comma-separated field copies, each as source:copy, e.g. email:email_raw (config key "transforms.CopyField.copy.field.mapping"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_httpsink#transforms_copy_field_copy_field_mapping DestinationHttpsink#transforms_copy_field_copy_field_mapping}
  */
  readonly transformsCopyFieldCopyFieldMapping?: string;
  /**
  * Comma-separated list of columns removed from every record, as table.column, e.g. users.password_hash (config key "transforms.DropFields.fields.include.list"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_httpsink#transforms_drop_fields_fields_include_list DestinationHttpsink#transforms_drop_fields_fields_include_list}
  */
  readonly transformsDropFieldsFieldsIncludeList?: string;
  /**
  * Comma-separated Kafka record headers copied into columns, each as header:type or header:type:column, e.g. traceId:STRING,retries:INT32:retry_count (config key "transforms.HeaderToFieldCustom.header.mappings"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_httpsink#transforms_header_to_field_custom_header_mappings DestinationHttpsink#transforms_header_to_field_custom_header_mappings}
  */
  readonly transformsHeaderToFieldCustomHeaderMappings?: string;
  /**
  * Comma-separated list of columns marked optional (nullable), as table.column (config key "transforms.MarkColumnsAsOptional.fields.include.list"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_httpsink#transforms_mark_columns_as_optional_fields_include_list DestinationHttpsink#transforms_mark_columns_as_optional_fields_include_list}
  */
  readonly transformsMarkColumnsAsOptionalFieldsIncludeList?: string;
  /**
  * Whether every optional column is marked required (NOT NULL); it turns off the optional-column list (config key "transforms.MarkColumnsAsRequired.fields.include.all"). True or false. Defaults to false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_httpsink#transforms_mark_columns_as_required_fields_include_all DestinationHttpsink#transforms_mark_columns_as_required_fields_include_all}
  */
  readonly transformsMarkColumnsAsRequiredFieldsIncludeAll?: boolean | cdktf.IResolvable;
  /**
  * What a null becomes in a column marked required: NONE fails on it, TYPE_MIN writes a stand-in of the column's type (its minimum for numbers, __null__ for text, the epoch for dates) (config key "transforms.MarkColumnsAsRequired.null.sentinel.mode"). Text. One of "NONE", "TYPE_MIN". Defaults to "NONE".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_httpsink#transforms_mark_columns_as_required_null_sentinel_mode DestinationHttpsink#transforms_mark_columns_as_required_null_sentinel_mode}
  */
  readonly transformsMarkColumnsAsRequiredNullSentinelMode?: string;
  /**
  * Oversized-record handling: comma-separated list of columns it never shortens, as table.column (config key "transforms.OversizedRecords.fields.exclude.list"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_httpsink#transforms_oversized_records_fields_exclude_list DestinationHttpsink#transforms_oversized_records_fields_exclude_list}
  */
  readonly transformsOversizedRecordsFieldsExcludeList?: string;
  /**
  * Oversized-record handling: comma-separated list of the only columns it may shorten, as table.column (wildcards such as orders.* allowed; leave primary key columns out) (config key "transforms.OversizedRecords.fields.include.list"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_httpsink#transforms_oversized_records_fields_include_list DestinationHttpsink#transforms_oversized_records_fields_include_list}
  */
  readonly transformsOversizedRecordsFieldsIncludeList?: string;
  /**
  * Oversized-record handling: largest value of one field, in bytes; a larger value is truncated or set to null (config key "transforms.OversizedRecords.max.field.size.bytes"). A whole number from 1048576 to 104857600. Defaults to 1048576.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_httpsink#transforms_oversized_records_max_field_size_bytes DestinationHttpsink#transforms_oversized_records_max_field_size_bytes}
  */
  readonly transformsOversizedRecordsMaxFieldSizeBytes?: number;
  /**
  * Oversized-record handling: record size, in bytes, above which a warning is logged (records are never dropped); -1 turns the check off (config key "transforms.OversizedRecords.max.record.size.bytes"). A whole number from -1 to 104857600. Defaults to -1.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_httpsink#transforms_oversized_records_max_record_size_bytes DestinationHttpsink#transforms_oversized_records_max_record_size_bytes}
  */
  readonly transformsOversizedRecordsMaxRecordSizeBytes?: number;
  /**
  * Oversized-record handling: what happens to a value over the limit: TRUNCATE cuts it to the limit, NULLIFY sets it to null (config key "transforms.OversizedRecords.oversized.field.behavior"). Text. One of "TRUNCATE", "NULLIFY". Defaults to "TRUNCATE".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_httpsink#transforms_oversized_records_oversized_field_behavior DestinationHttpsink#transforms_oversized_records_oversized_field_behavior}
  */
  readonly transformsOversizedRecordsOversizedFieldBehavior?: string;
  /**
  * Whether a null field takes its schema default value; false keeps the nulls set in the source (config key "transforms.OversizedRecords.replace.null.with.default"). True or false. Defaults to true.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_httpsink#transforms_oversized_records_replace_null_with_default DestinationHttpsink#transforms_oversized_records_replace_null_with_default}
  */
  readonly transformsOversizedRecordsReplaceNullWithDefault?: boolean | cdktf.IResolvable;
  /**
  * Oversized-record handling: comma-separated column types never shortened, e.g. io.debezium.data.Json (config key "transforms.OversizedRecords.semantic.types.exclude"). Text. Defaults to "io.debezium.data.Json,io.debezium.data.Xml".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_httpsink#transforms_oversized_records_semantic_types_exclude DestinationHttpsink#transforms_oversized_records_semantic_types_exclude}
  */
  readonly transformsOversizedRecordsSemanticTypesExclude?: string;
  /**
  * Oversized-record handling: text appended to a truncated value, e.g. ...[TRUNCATED] (empty: none) (config key "transforms.OversizedRecords.truncation.suffix"). Text. Defaults to "".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_httpsink#transforms_oversized_records_truncation_suffix DestinationHttpsink#transforms_oversized_records_truncation_suffix}
  */
  readonly transformsOversizedRecordsTruncationSuffix?: string;
  /**
  * JSON object mapping columns (schema.table.column, table.column or column) to new column names, e.g. {"orders.quantity": "qty"} (config key "transforms.RenameFields.renames.user.defined"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_httpsink#transforms_rename_fields_renames DestinationHttpsink#transforms_rename_fields_renames}
  */
  readonly transformsRenameFieldsRenames?: string;
  /**
  * Comma-separated list of text columns the regular-expression replacement applies to, as table.column (config key "transforms.StringReplace.fields.include.list"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_httpsink#transforms_string_replace_fields_include_list DestinationHttpsink#transforms_string_replace_fields_include_list}
  */
  readonly transformsStringReplaceFieldsIncludeList?: string;
  /**
  * Comma-separated regular expressions searched for in those columns (config key "transforms.StringReplace.regex.patterns"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_httpsink#transforms_string_replace_regex_patterns DestinationHttpsink#transforms_string_replace_regex_patterns}
  */
  readonly transformsStringReplaceRegexPatterns?: string;
  /**
  * Comma-separated replacement values, one per regular expression, in the same order (config key "transforms.StringReplace.replacement.values"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_httpsink#transforms_string_replace_replacement_values DestinationHttpsink#transforms_string_replace_replacement_values}
  */
  readonly transformsStringReplaceReplacementValues?: string;
  /**
  * Comma-separated list of columns converted to decimals where possible, as table.column, e.g. orders.total (config key "transforms.ToDecimalJ.fields.include.list"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_httpsink#transforms_to_decimal_j_fields_include_list DestinationHttpsink#transforms_to_decimal_j_fields_include_list}
  */
  readonly transformsToDecimalJFieldsIncludeList?: string;
  /**
  * Whether decimals are truncated to a precision of 38 digits (config key "transforms.ToDecimalJ.truncate.to.max.precision"). True or false. Defaults to false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_httpsink#transforms_to_decimal_j_truncate_to_max_precision DestinationHttpsink#transforms_to_decimal_j_truncate_to_max_precision}
  */
  readonly transformsToDecimalJTruncateToMaxPrecision?: boolean | cdktf.IResolvable;
  /**
  * Comma-separated list of columns converted to floating-point numbers where possible, as table.column (config key "transforms.ToFloatJ.fields.include.list"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_httpsink#transforms_to_float_j_fields_include_list DestinationHttpsink#transforms_to_float_j_fields_include_list}
  */
  readonly transformsToFloatJFieldsIncludeList?: string;
  /**
  * Comma-separated list of columns converted to integers where possible, as table.column, e.g. orders.quantity (config key "transforms.ToIntJ.fields.include.list"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_httpsink#transforms_to_int_j_fields_include_list DestinationHttpsink#transforms_to_int_j_fields_include_list}
  */
  readonly transformsToIntJFieldsIncludeList?: string;
  /**
  * Whether every struct and array is converted to JSON text (config key "transforms.ToJsonJ.convert.all.complex.types.user.defined"). True or false. Defaults to false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_httpsink#transforms_to_json_j_convert_all_complex_types DestinationHttpsink#transforms_to_json_j_convert_all_complex_types}
  */
  readonly transformsToJsonJConvertAllComplexTypes?: boolean | cdktf.IResolvable;
  /**
  * Comma-separated list of columns converted to JSON text where possible, as table.column (config key "transforms.ToJsonJ.fields.include.list"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_httpsink#transforms_to_json_j_fields_include_list DestinationHttpsink#transforms_to_json_j_fields_include_list}
  */
  readonly transformsToJsonJFieldsIncludeList?: string;
  /**
  * Whether every struct and array is converted to binary JSON (JSONB) (config key "transforms.ToJsonbJ.convert.all.complex.types.user.defined"). True or false. Defaults to false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_httpsink#transforms_to_jsonb_j_convert_all_complex_types DestinationHttpsink#transforms_to_jsonb_j_convert_all_complex_types}
  */
  readonly transformsToJsonbJConvertAllComplexTypes?: boolean | cdktf.IResolvable;
  /**
  * Whether every column holding JSON text is converted to binary JSON (JSONB) (config key "transforms.ToJsonbJ.convert.all.json"). True or false. Defaults to false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_httpsink#transforms_to_jsonb_j_convert_all_json DestinationHttpsink#transforms_to_jsonb_j_convert_all_json}
  */
  readonly transformsToJsonbJConvertAllJson?: boolean | cdktf.IResolvable;
  /**
  * Comma-separated list of columns converted to binary JSON (JSONB) where possible, as table.column (config key "transforms.ToJsonbJ.fields.include.list"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_httpsink#transforms_to_jsonb_j_fields_include_list DestinationHttpsink#transforms_to_jsonb_j_fields_include_list}
  */
  readonly transformsToJsonbJFieldsIncludeList?: string;
  /**
  * Comma-separated list of columns converted to text where possible, as table.column (config key "transforms.ToStringJ.fields.include.list"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_httpsink#transforms_to_string_j_fields_include_list DestinationHttpsink#transforms_to_string_j_fields_include_list}
  */
  readonly transformsToStringJFieldsIncludeList?: string;
  /**
  * timeouts block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_httpsink#timeouts DestinationHttpsink#timeouts}
  */
  readonly timeouts?: DestinationHttpsinkTimeouts;
}
export interface DestinationHttpsinkTimeouts {
  /**
  * Time allowed for create. Default: 20m.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_httpsink#create DestinationHttpsink#create}
  */
  readonly create?: string;
  /**
  * Time allowed for delete. Default: 20m.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_httpsink#delete DestinationHttpsink#delete}
  */
  readonly delete?: string;
  /**
  * Time allowed for update. Default: 20m.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_httpsink#update DestinationHttpsink#update}
  */
  readonly update?: string;
}

export function destinationHttpsinkTimeoutsToTerraform(struct?: DestinationHttpsinkTimeouts | cdktf.IResolvable): any {
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


export function destinationHttpsinkTimeoutsToHclTerraform(struct?: DestinationHttpsinkTimeouts | cdktf.IResolvable): any {
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

export class DestinationHttpsinkTimeoutsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DestinationHttpsinkTimeouts | cdktf.IResolvable | undefined {
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

  public set internalValue(value: DestinationHttpsinkTimeouts | cdktf.IResolvable | undefined) {
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
* Represents a {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_httpsink streamkap_destination_httpsink}
*/
export class DestinationHttpsink extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "streamkap_destination_httpsink";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a DestinationHttpsink resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the DestinationHttpsink to import
  * @param importFromId The id of the existing DestinationHttpsink that should be imported. Refer to the {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_httpsink#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the DestinationHttpsink to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "streamkap_destination_httpsink", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_httpsink streamkap_destination_httpsink} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options DestinationHttpsinkConfig
  */
  public constructor(scope: Construct, id: string, config: DestinationHttpsinkConfig) {
    super(scope, id, {
      terraformResourceType: 'streamkap_destination_httpsink',
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
    this._batchBufferingEnabled = config.batchBufferingEnabled;
    this._batchMaxSize = config.batchMaxSize;
    this._batchMaxTimeMs = config.batchMaxTimeMs;
    this._batchPrefix = config.batchPrefix;
    this._batchSeparator = config.batchSeparator;
    this._batchSuffix = config.batchSuffix;
    this._batchingEnabled = config.batchingEnabled;
    this._consumerOverrideMaxPollRecords = config.consumerOverrideMaxPollRecords;
    this._decimalFormat = config.decimalFormat;
    this._desiredState = config.desiredState;
    this._errorsTolerance = config.errorsTolerance;
    this._httpAuthorizationType = config.httpAuthorizationType;
    this._httpHeadersAdditional = config.httpHeadersAdditional;
    this._httpHeadersAuthorization = config.httpHeadersAuthorization;
    this._httpHeadersContentType = config.httpHeadersContentType;
    this._httpProxyHost = config.httpProxyHost;
    this._httpProxyPort = config.httpProxyPort;
    this._httpTimeout = config.httpTimeout;
    this._httpUrl = config.httpUrl;
    this._maxRetries = config.maxRetries;
    this._name = config.name;
    this._oauth2AccessTokenUrl = config.oauth2AccessTokenUrl;
    this._oauth2ClientId = config.oauth2ClientId;
    this._oauth2ClientSecret = config.oauth2ClientSecret;
    this._oauth2Scope = config.oauth2Scope;
    this._preserveNullValues = config.preserveNullValues;
    this._quoteIdentifiers = config.quoteIdentifiers;
    this._retryBackoffMs = config.retryBackoffMs;
    this._tags = config.tags;
    this._transformsAddStringSuffixFieldsIncludeList = config.transformsAddStringSuffixFieldsIncludeList;
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

  // batch_buffering_enabled - computed: true, optional: true, required: false
  private _batchBufferingEnabled?: boolean | cdktf.IResolvable; 
  public get batchBufferingEnabled() {
    return this.getBooleanAttribute('batch_buffering_enabled');
  }
  public set batchBufferingEnabled(value: boolean | cdktf.IResolvable) {
    this._batchBufferingEnabled = value;
  }
  public resetBatchBufferingEnabled() {
    this._batchBufferingEnabled = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get batchBufferingEnabledInput() {
    return this._batchBufferingEnabled;
  }

  // batch_max_size - computed: true, optional: true, required: false
  private _batchMaxSize?: number; 
  public get batchMaxSize() {
    return this.getNumberAttribute('batch_max_size');
  }
  public set batchMaxSize(value: number) {
    this._batchMaxSize = value;
  }
  public resetBatchMaxSize() {
    this._batchMaxSize = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get batchMaxSizeInput() {
    return this._batchMaxSize;
  }

  // batch_max_time_ms - computed: true, optional: true, required: false
  private _batchMaxTimeMs?: number; 
  public get batchMaxTimeMs() {
    return this.getNumberAttribute('batch_max_time_ms');
  }
  public set batchMaxTimeMs(value: number) {
    this._batchMaxTimeMs = value;
  }
  public resetBatchMaxTimeMs() {
    this._batchMaxTimeMs = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get batchMaxTimeMsInput() {
    return this._batchMaxTimeMs;
  }

  // batch_prefix - computed: true, optional: true, required: false
  private _batchPrefix?: string; 
  public get batchPrefix() {
    return this.getStringAttribute('batch_prefix');
  }
  public set batchPrefix(value: string) {
    this._batchPrefix = value;
  }
  public resetBatchPrefix() {
    this._batchPrefix = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get batchPrefixInput() {
    return this._batchPrefix;
  }

  // batch_separator - computed: true, optional: true, required: false
  private _batchSeparator?: string; 
  public get batchSeparator() {
    return this.getStringAttribute('batch_separator');
  }
  public set batchSeparator(value: string) {
    this._batchSeparator = value;
  }
  public resetBatchSeparator() {
    this._batchSeparator = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get batchSeparatorInput() {
    return this._batchSeparator;
  }

  // batch_suffix - computed: true, optional: true, required: false
  private _batchSuffix?: string; 
  public get batchSuffix() {
    return this.getStringAttribute('batch_suffix');
  }
  public set batchSuffix(value: string) {
    this._batchSuffix = value;
  }
  public resetBatchSuffix() {
    this._batchSuffix = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get batchSuffixInput() {
    return this._batchSuffix;
  }

  // batching_enabled - computed: true, optional: true, required: false
  private _batchingEnabled?: boolean | cdktf.IResolvable; 
  public get batchingEnabled() {
    return this.getBooleanAttribute('batching_enabled');
  }
  public set batchingEnabled(value: boolean | cdktf.IResolvable) {
    this._batchingEnabled = value;
  }
  public resetBatchingEnabled() {
    this._batchingEnabled = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get batchingEnabledInput() {
    return this._batchingEnabled;
  }

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

  // decimal_format - computed: true, optional: true, required: false
  private _decimalFormat?: string; 
  public get decimalFormat() {
    return this.getStringAttribute('decimal_format');
  }
  public set decimalFormat(value: string) {
    this._decimalFormat = value;
  }
  public resetDecimalFormat() {
    this._decimalFormat = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get decimalFormatInput() {
    return this._decimalFormat;
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

  // errors_tolerance - computed: true, optional: true, required: false
  private _errorsTolerance?: string; 
  public get errorsTolerance() {
    return this.getStringAttribute('errors_tolerance');
  }
  public set errorsTolerance(value: string) {
    this._errorsTolerance = value;
  }
  public resetErrorsTolerance() {
    this._errorsTolerance = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get errorsToleranceInput() {
    return this._errorsTolerance;
  }

  // http_authorization_type - computed: true, optional: true, required: false
  private _httpAuthorizationType?: string; 
  public get httpAuthorizationType() {
    return this.getStringAttribute('http_authorization_type');
  }
  public set httpAuthorizationType(value: string) {
    this._httpAuthorizationType = value;
  }
  public resetHttpAuthorizationType() {
    this._httpAuthorizationType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get httpAuthorizationTypeInput() {
    return this._httpAuthorizationType;
  }

  // http_headers_additional - computed: false, optional: true, required: false
  private _httpHeadersAdditional?: string; 
  public get httpHeadersAdditional() {
    return this.getStringAttribute('http_headers_additional');
  }
  public set httpHeadersAdditional(value: string) {
    this._httpHeadersAdditional = value;
  }
  public resetHttpHeadersAdditional() {
    this._httpHeadersAdditional = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get httpHeadersAdditionalInput() {
    return this._httpHeadersAdditional;
  }

  // http_headers_authorization - computed: false, optional: true, required: false
  private _httpHeadersAuthorization?: string; 
  public get httpHeadersAuthorization() {
    return this.getStringAttribute('http_headers_authorization');
  }
  public set httpHeadersAuthorization(value: string) {
    this._httpHeadersAuthorization = value;
  }
  public resetHttpHeadersAuthorization() {
    this._httpHeadersAuthorization = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get httpHeadersAuthorizationInput() {
    return this._httpHeadersAuthorization;
  }

  // http_headers_content_type - computed: true, optional: true, required: false
  private _httpHeadersContentType?: string; 
  public get httpHeadersContentType() {
    return this.getStringAttribute('http_headers_content_type');
  }
  public set httpHeadersContentType(value: string) {
    this._httpHeadersContentType = value;
  }
  public resetHttpHeadersContentType() {
    this._httpHeadersContentType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get httpHeadersContentTypeInput() {
    return this._httpHeadersContentType;
  }

  // http_proxy_host - computed: false, optional: true, required: false
  private _httpProxyHost?: string; 
  public get httpProxyHost() {
    return this.getStringAttribute('http_proxy_host');
  }
  public set httpProxyHost(value: string) {
    this._httpProxyHost = value;
  }
  public resetHttpProxyHost() {
    this._httpProxyHost = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get httpProxyHostInput() {
    return this._httpProxyHost;
  }

  // http_proxy_port - computed: false, optional: true, required: false
  private _httpProxyPort?: number; 
  public get httpProxyPort() {
    return this.getNumberAttribute('http_proxy_port');
  }
  public set httpProxyPort(value: number) {
    this._httpProxyPort = value;
  }
  public resetHttpProxyPort() {
    this._httpProxyPort = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get httpProxyPortInput() {
    return this._httpProxyPort;
  }

  // http_timeout - computed: true, optional: true, required: false
  private _httpTimeout?: number; 
  public get httpTimeout() {
    return this.getNumberAttribute('http_timeout');
  }
  public set httpTimeout(value: number) {
    this._httpTimeout = value;
  }
  public resetHttpTimeout() {
    this._httpTimeout = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get httpTimeoutInput() {
    return this._httpTimeout;
  }

  // http_url - computed: false, optional: false, required: true
  private _httpUrl?: string; 
  public get httpUrl() {
    return this.getStringAttribute('http_url');
  }
  public set httpUrl(value: string) {
    this._httpUrl = value;
  }
  // Temporarily expose input value. Use with caution.
  public get httpUrlInput() {
    return this._httpUrl;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // max_retries - computed: true, optional: true, required: false
  private _maxRetries?: number; 
  public get maxRetries() {
    return this.getNumberAttribute('max_retries');
  }
  public set maxRetries(value: number) {
    this._maxRetries = value;
  }
  public resetMaxRetries() {
    this._maxRetries = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get maxRetriesInput() {
    return this._maxRetries;
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

  // oauth2_access_token_url - computed: false, optional: true, required: false
  private _oauth2AccessTokenUrl?: string; 
  public get oauth2AccessTokenUrl() {
    return this.getStringAttribute('oauth2_access_token_url');
  }
  public set oauth2AccessTokenUrl(value: string) {
    this._oauth2AccessTokenUrl = value;
  }
  public resetOauth2AccessTokenUrl() {
    this._oauth2AccessTokenUrl = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get oauth2AccessTokenUrlInput() {
    return this._oauth2AccessTokenUrl;
  }

  // oauth2_client_id - computed: false, optional: true, required: false
  private _oauth2ClientId?: string; 
  public get oauth2ClientId() {
    return this.getStringAttribute('oauth2_client_id');
  }
  public set oauth2ClientId(value: string) {
    this._oauth2ClientId = value;
  }
  public resetOauth2ClientId() {
    this._oauth2ClientId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get oauth2ClientIdInput() {
    return this._oauth2ClientId;
  }

  // oauth2_client_secret - computed: false, optional: true, required: false
  private _oauth2ClientSecret?: string; 
  public get oauth2ClientSecret() {
    return this.getStringAttribute('oauth2_client_secret');
  }
  public set oauth2ClientSecret(value: string) {
    this._oauth2ClientSecret = value;
  }
  public resetOauth2ClientSecret() {
    this._oauth2ClientSecret = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get oauth2ClientSecretInput() {
    return this._oauth2ClientSecret;
  }

  // oauth2_scope - computed: false, optional: true, required: false
  private _oauth2Scope?: string; 
  public get oauth2Scope() {
    return this.getStringAttribute('oauth2_scope');
  }
  public set oauth2Scope(value: string) {
    this._oauth2Scope = value;
  }
  public resetOauth2Scope() {
    this._oauth2Scope = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get oauth2ScopeInput() {
    return this._oauth2Scope;
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

  // retry_backoff_ms - computed: true, optional: true, required: false
  private _retryBackoffMs?: number; 
  public get retryBackoffMs() {
    return this.getNumberAttribute('retry_backoff_ms');
  }
  public set retryBackoffMs(value: number) {
    this._retryBackoffMs = value;
  }
  public resetRetryBackoffMs() {
    this._retryBackoffMs = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get retryBackoffMsInput() {
    return this._retryBackoffMs;
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
  private _timeouts = new DestinationHttpsinkTimeoutsOutputReference(this, "timeouts");
  public get timeouts() {
    return this._timeouts;
  }
  public putTimeouts(value: DestinationHttpsinkTimeouts) {
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
      batch_buffering_enabled: cdktf.booleanToTerraform(this._batchBufferingEnabled),
      batch_max_size: cdktf.numberToTerraform(this._batchMaxSize),
      batch_max_time_ms: cdktf.numberToTerraform(this._batchMaxTimeMs),
      batch_prefix: cdktf.stringToTerraform(this._batchPrefix),
      batch_separator: cdktf.stringToTerraform(this._batchSeparator),
      batch_suffix: cdktf.stringToTerraform(this._batchSuffix),
      batching_enabled: cdktf.booleanToTerraform(this._batchingEnabled),
      consumer_override_max_poll_records: cdktf.numberToTerraform(this._consumerOverrideMaxPollRecords),
      decimal_format: cdktf.stringToTerraform(this._decimalFormat),
      desired_state: cdktf.stringToTerraform(this._desiredState),
      errors_tolerance: cdktf.stringToTerraform(this._errorsTolerance),
      http_authorization_type: cdktf.stringToTerraform(this._httpAuthorizationType),
      http_headers_additional: cdktf.stringToTerraform(this._httpHeadersAdditional),
      http_headers_authorization: cdktf.stringToTerraform(this._httpHeadersAuthorization),
      http_headers_content_type: cdktf.stringToTerraform(this._httpHeadersContentType),
      http_proxy_host: cdktf.stringToTerraform(this._httpProxyHost),
      http_proxy_port: cdktf.numberToTerraform(this._httpProxyPort),
      http_timeout: cdktf.numberToTerraform(this._httpTimeout),
      http_url: cdktf.stringToTerraform(this._httpUrl),
      max_retries: cdktf.numberToTerraform(this._maxRetries),
      name: cdktf.stringToTerraform(this._name),
      oauth2_access_token_url: cdktf.stringToTerraform(this._oauth2AccessTokenUrl),
      oauth2_client_id: cdktf.stringToTerraform(this._oauth2ClientId),
      oauth2_client_secret: cdktf.stringToTerraform(this._oauth2ClientSecret),
      oauth2_scope: cdktf.stringToTerraform(this._oauth2Scope),
      preserve_null_values: cdktf.booleanToTerraform(this._preserveNullValues),
      quote_identifiers: cdktf.booleanToTerraform(this._quoteIdentifiers),
      retry_backoff_ms: cdktf.numberToTerraform(this._retryBackoffMs),
      tags: cdktf.listMapper(cdktf.stringToTerraform, false)(this._tags),
      transforms_add_string_suffix_fields_include_list: cdktf.stringToTerraform(this._transformsAddStringSuffixFieldsIncludeList),
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
      timeouts: destinationHttpsinkTimeoutsToTerraform(this._timeouts.internalValue),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      batch_buffering_enabled: {
        value: cdktf.booleanToHclTerraform(this._batchBufferingEnabled),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      batch_max_size: {
        value: cdktf.numberToHclTerraform(this._batchMaxSize),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      batch_max_time_ms: {
        value: cdktf.numberToHclTerraform(this._batchMaxTimeMs),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      batch_prefix: {
        value: cdktf.stringToHclTerraform(this._batchPrefix),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      batch_separator: {
        value: cdktf.stringToHclTerraform(this._batchSeparator),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      batch_suffix: {
        value: cdktf.stringToHclTerraform(this._batchSuffix),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      batching_enabled: {
        value: cdktf.booleanToHclTerraform(this._batchingEnabled),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      consumer_override_max_poll_records: {
        value: cdktf.numberToHclTerraform(this._consumerOverrideMaxPollRecords),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      decimal_format: {
        value: cdktf.stringToHclTerraform(this._decimalFormat),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      desired_state: {
        value: cdktf.stringToHclTerraform(this._desiredState),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      errors_tolerance: {
        value: cdktf.stringToHclTerraform(this._errorsTolerance),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      http_authorization_type: {
        value: cdktf.stringToHclTerraform(this._httpAuthorizationType),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      http_headers_additional: {
        value: cdktf.stringToHclTerraform(this._httpHeadersAdditional),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      http_headers_authorization: {
        value: cdktf.stringToHclTerraform(this._httpHeadersAuthorization),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      http_headers_content_type: {
        value: cdktf.stringToHclTerraform(this._httpHeadersContentType),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      http_proxy_host: {
        value: cdktf.stringToHclTerraform(this._httpProxyHost),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      http_proxy_port: {
        value: cdktf.numberToHclTerraform(this._httpProxyPort),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      http_timeout: {
        value: cdktf.numberToHclTerraform(this._httpTimeout),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      http_url: {
        value: cdktf.stringToHclTerraform(this._httpUrl),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      max_retries: {
        value: cdktf.numberToHclTerraform(this._maxRetries),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      name: {
        value: cdktf.stringToHclTerraform(this._name),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      oauth2_access_token_url: {
        value: cdktf.stringToHclTerraform(this._oauth2AccessTokenUrl),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      oauth2_client_id: {
        value: cdktf.stringToHclTerraform(this._oauth2ClientId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      oauth2_client_secret: {
        value: cdktf.stringToHclTerraform(this._oauth2ClientSecret),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      oauth2_scope: {
        value: cdktf.stringToHclTerraform(this._oauth2Scope),
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
      retry_backoff_ms: {
        value: cdktf.numberToHclTerraform(this._retryBackoffMs),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      tags: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._tags),
        isBlock: false,
        type: "set",
        storageClassType: "stringList",
      },
      transforms_add_string_suffix_fields_include_list: {
        value: cdktf.stringToHclTerraform(this._transformsAddStringSuffixFieldsIncludeList),
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
        value: destinationHttpsinkTimeoutsToHclTerraform(this._timeouts.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "DestinationHttpsinkTimeouts",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
