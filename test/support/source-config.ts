// The PostgreSQL source most tests make through the API: its config in the API's own keys.
export function postgresApiConfig(password: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    "database.hostname.user.defined": "db.internal",
    "database.port.user.defined": 5432,
    "database.user": "cdc",
    "database.password": password,
    "database.dbname": "shop",
    "schema.include.list": "public",
    "table.include.list.user.defined": "public.orders",
    ...overrides,
  };
}
