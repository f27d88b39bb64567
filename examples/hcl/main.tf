# The quickstart's flow in plain Terraform (or OpenTofu), no cdktf: a PostgreSQL source, a
# Snowflake destination and the pipeline joining them, written as for the official
# streamkap-com/streamkap provider (typed resources, its attribute names, the pipeline's
# nested source and destination). How to run it: README.md beside this file.
terraform {
  required_version = ">= 1.5"
  required_providers {
    streamkap = {
      source  = "cdktf-streamkap/streamkap"
      version = "~> 0.1"
    }
  }
}

# host, client_id and secret, or STREAMKAP_HOST, STREAMKAP_CLIENT_ID, STREAMKAP_SECRET.
provider "streamkap" {}

variable "db_password" {
  type      = string
  sensitive = true
}

variable "snowflake_private_key" {
  type      = string
  sensitive = true
}

variable "environment" {
  type    = string
  default = "dev"
}

resource "streamkap_source_postgresql" "orders" {
  name                = "orders-${var.environment}"
  database_hostname   = "db.${var.environment}.internal"
  database_port       = 5432
  database_user       = "streamkap_cdc"
  database_password   = var.db_password
  database_dbname     = "shop"
  database_sslmode    = "require"
  schema_include_list = "public"
  table_include_list  = "public.orders,public.order_items"
  heartbeat_enabled   = true

  transforms_insert_static_value1_static_field = "environment"
  transforms_insert_static_value1_static_value = var.environment
}

resource "streamkap_destination_snowflake" "warehouse" {
  name                    = "warehouse-${var.environment}"
  snowflake_url_name      = "acme-analytics.snowflakecomputing.com"
  snowflake_user_name     = "STREAMKAP_USER"
  snowflake_private_key   = var.snowflake_private_key
  snowflake_database_name = "ANALYTICS"
  snowflake_schema_name   = upper(var.environment)
}

# Takes public.orders from the source into the destination; tags default to Development.
resource "streamkap_pipeline" "orders" {
  name = "orders-to-warehouse-${var.environment}"
  source = {
    id        = streamkap_source_postgresql.orders.id
    name      = streamkap_source_postgresql.orders.name
    connector = streamkap_source_postgresql.orders.connector
    topics    = ["public.orders"]
  }
  destination = {
    id        = streamkap_destination_snowflake.warehouse.id
    name      = streamkap_destination_snowflake.warehouse.name
    connector = streamkap_destination_snowflake.warehouse.connector
  }
}

# Look a source up by id, e.g. one created by another team.
data "streamkap_source" "orders" {
  id = streamkap_source_postgresql.orders.id
}

output "source_id" {
  value = streamkap_source_postgresql.orders.id
}

output "connector" {
  value = data.streamkap_source.orders.connector
}

output "destination_id" {
  value = streamkap_destination_snowflake.warehouse.id
}

output "pipeline_id" {
  value = streamkap_pipeline.orders.id
}

output "pipeline_status" {
  value = streamkap_pipeline.orders.status
}
