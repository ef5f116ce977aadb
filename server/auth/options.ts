import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authorizeCredentials, loadTokenUser } from "./authorize";
import { IDLE_TIMEOUT_S, refreshSessionToken, SessionEndedError, startSessionToken, type TokenUser } from "./token";

// Ending a session from the jwt callback, as next-auth 4.24 behaves (core/routes/session.js): an empty
// token `{}` is simply re-encoded, so the session lives on; `null` only ends it because jose then fails to
// encode it. We throw SessionEndedError instead: next-auth catches it, clears the session cookie and
// answers with an empty session, so getServerSession() returns null. The logger below keeps that
// expected path out of the error log.

const secureCookies = process.env.NEXTAUTH_URL?.startsWith("https://") ?? false;

export const authOptions: NextAuthOptions = {
  secret: process.env.NEXTAUTH_SECRET,
  // Default cookies are httpOnly + sameSite=lax; secure (with __Secure- names) when served over https.
  useSecureCookies: secureCookies,
  session: { strategy: "jwt", maxAge: IDLE_TIMEOUT_S },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    CredentialsProvider({
      id: "credentials",
      name: "Email and password",
      credentials: {
        email: { label: "Email", type: "email" },
        password: { label: "Password", type: "password" },
      },
      authorize: (credentials) => authorizeCredentials(credentials),
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) return startSessionToken(token, user as TokenUser, Date.now());
      return refreshSessionToken(token, (id) => loadTokenUser(id), Date.now());
    },
    async session({ session, token }) {
      if (typeof token?.id !== "string" || !token.role) throw new SessionEndedError("invalid");
      session.user = { id: token.id, email: token.email ?? "", name: token.name ?? "", role: token.role };
      return session;
    },
  },
  logger: {
    error(code, metadata) {
      if (metadata instanceof SessionEndedError) return;
      // Only the message: metadata may carry request details we do not want in logs.
      const message = metadata instanceof Error ? metadata.message : (metadata as { message?: string })?.message;
      console.error(`[auth] ${code}${message ? `: ${message}` : ""}`);
    },
    warn(code) {
      console.warn(`[auth] warning ${code}`);
    },
    debug() {},
  },
};
