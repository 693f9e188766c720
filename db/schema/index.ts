export * from "./auth";
export * from "./system";
export * from "./tenancy";
