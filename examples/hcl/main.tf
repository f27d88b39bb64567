# The same provider from plain Terraform (or OpenTofu), no cdktf: a PostgreSQL source with the
# typed resource, whose attribute names follow the official streamkap-com/streamkap provider.
# How to run it: README.md beside this file.
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
