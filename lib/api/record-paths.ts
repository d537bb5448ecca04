/** The file the data package describes, named relative to it: both are served from /api/, on any host. */
export const RECORD_FILE = "observations.csv";

/** Where the whole record is served (pages link here, so this module imports nothing). */
export const RECORD_PATHS = { csv: `/api/${RECORD_FILE}`, datapackage: "/api/datapackage.json" } as const;
