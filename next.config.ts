import type { NextConfig } from "next";

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  // frame-ancestors 'none' in the page CSP (proxy.ts) says the same to current browsers.
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
  // For API answers, which carry no page CSP: nothing in them may run or be framed.
  { key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" },
];

const nextConfig: NextConfig = {
  // PGlite loads its WebAssembly and data files relative to its own module URL; bundling breaks that.
  // pdf.js loads its worker module next to itself, which bundling would break too.
  // pg-boss and nodemailer are Node servers' libraries with optional native parts; they run as they are.
  serverExternalPackages: ["@electric-sql/pglite", "pdfjs-dist", "exceljs", "pg-boss", "pg", "nodemailer"],
  poweredByHeader: false,
  async headers() {
    return [
      // The API reference page (/api/docs) sets a policy of its own that lets its script run.
      { source: "/api/:path((?!docs).*)", headers: securityHeaders },
      { source: "/api/docs/:path*", headers: securityHeaders.filter((h) => h.key !== "Content-Security-Policy") },
      { source: "/((?!api/).*)", headers: securityHeaders.filter((h) => h.key !== "Content-Security-Policy") },
    ];
  },
};

export default nextConfig;
