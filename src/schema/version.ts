/** The version of the document schema: its own module, so that naming it loads no schema. */
export const SCHEMA_VERSION = "2.0.0";

/** the major of SCHEMA_VERSION: a document of any minor or patch of it is read (additions bump the minor) */
export const SCHEMA_MAJOR = Number(SCHEMA_VERSION.split(".")[0]);

/** "2.0.0", "2.1.3": the versions a reader of this major accepts */
export const SCHEMA_VERSION_PATTERN = new RegExp(`^${SCHEMA_MAJOR}\\.\\d+\\.\\d+$`);
