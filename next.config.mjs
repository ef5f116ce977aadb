/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  turbopack: { root: import.meta.dirname },
  serverExternalPackages: ["better-sqlite3", "pg", "kysely", "tencentcloud-sdk-nodejs-cvm"],
};

export default nextConfig;
