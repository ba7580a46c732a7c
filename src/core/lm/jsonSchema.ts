// The subset of JSON Schema Dépêche writes for what it asks a model: the schema is sent in the
// prompt, and the answer is checked against the same object, so the model and the check cannot
// disagree about the shape. Supported: type (object, array, string, integer, boolean), properties,
// required, additionalProperties false, items, minItems, maxItems, minLength, maxLength, minimum,
// maximum, enum.

export interface JsonSchema {
  type: 'object' | 'array' | 'string' | 'integer' | 'boolean';
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: false;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  enum?: readonly (string | number)[];
}

/** Where `value` departs from `schema`, one line per problem with its JSON path (empty: it conforms). */
export function schemaProblems(value: unknown, schema: JsonSchema, at = '$'): string[] {
  switch (schema.type) {
    case 'object': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return [`${at} is not an object`];
      const record = value as Record<string, unknown>;
      const problems: string[] = [];
      for (const key of schema.required ?? []) if (!(key in record)) problems.push(`${at}.${key} is missing`);
      for (const [key, child] of Object.entries(record)) {
        const inner = schema.properties?.[key];
        if (inner) problems.push(...schemaProblems(child, inner, `${at}.${key}`));
        else if (schema.additionalProperties === false) problems.push(`${at}.${key} is not expected`);
      }
      return problems;
    }
    case 'array': {
      if (!Array.isArray(value)) return [`${at} is not an array`];
      const problems: string[] = [];
      if (schema.minItems !== undefined && value.length < schema.minItems) problems.push(`${at} has fewer than ${schema.minItems} items`);
      if (schema.maxItems !== undefined && value.length > schema.maxItems) problems.push(`${at} has more than ${schema.maxItems} items`);
      if (schema.items) value.forEach((item, i) => problems.push(...schemaProblems(item, schema.items!, `${at}[${i}]`)));
      return problems;
    }
    case 'string': {
      if (typeof value !== 'string') return [`${at} is not a string`];
      const length = value.trim().length;
      if (schema.minLength !== undefined && length < schema.minLength) return [`${at} is shorter than ${schema.minLength}`];
      if (schema.maxLength !== undefined && value.length > schema.maxLength) return [`${at} is longer than ${schema.maxLength}`];
      return schema.enum && !schema.enum.includes(value) ? [`${at} is not one of ${schema.enum.join(', ')}`] : [];
    }
    case 'integer': {
      if (typeof value !== 'number' || !Number.isInteger(value)) return [`${at} is not an integer`];
      if (schema.minimum !== undefined && value < schema.minimum) return [`${at} is below ${schema.minimum}`];
      if (schema.maximum !== undefined && value > schema.maximum) return [`${at} is above ${schema.maximum}`];
      return [];
    }
    case 'boolean':
      return typeof value === 'boolean' ? [] : [`${at} is not a boolean`];
  }
}
