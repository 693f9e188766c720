export * from "./auth";
export * from "./clients";
export * from "./ladders";
export * from "./practice";
export * from "./system";
export * from "./tenancy";
