/** The version of the document schema: its own module, so that naming it loads no schema. */
export const SCHEMA_VERSION = "1.0.0";
