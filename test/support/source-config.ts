// The PostgreSQL source most tests make through the API: its config in the API's own keys.
/** `password` is the secret's value, or whatever a reader puts in its place (the export's SECRET_SET). */
export function postgresApiConfig(password: string | symbol, overrides: Record<string, unknown> = {}): Record<string, unknown> {
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
