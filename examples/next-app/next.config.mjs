import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

/** @type {import('next').NextConfig} */
const nextConfig = {
  // This app lives inside the library's repository, which has a lock file of its own: build only this app.
  turbopack: { root: dirname(fileURLToPath(import.meta.url)) },
};
export default nextConfig;
