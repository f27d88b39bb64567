// The Terraform type of a catalog field.
import { mapValueType, type CatalogField } from "../../../catalog";
import type { AttributeType } from "../../framework/schema";

export function attributeType(field: CatalogField): AttributeType {
  switch (field.type) {
    case "int":
      return "number";
    case "bool":
      return "bool";
    case "string":
      return "string";
    case "list":
      return { list: "string" };
    case "map":
      if (!field.map_value_fields) return { map: "string" };
      return {
        map: { object: Object.fromEntries((field.map_value_fields ?? []).map((vf) => [vf.tf_name, mapValueType(vf)])) },
      };
  }
}
