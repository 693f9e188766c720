export * from "./types";
export * from "./script";
export * from "./navigation";
export * from "./statements";
export * from "./projection";
export * from "./review";
export * from "./review-text";
