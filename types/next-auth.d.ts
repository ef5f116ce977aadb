import type { DefaultSession } from "next-auth";
import type { Role } from "@/lib/roles";

// What our callbacks put into the session and the JWT (server/auth/options.ts, server/auth/token.ts).

declare module "next-auth" {
  interface Session {
    user: { id: string; email: string; name: string; role: Role } & DefaultSession["user"];
  }
  interface User {
    role: Role;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    id?: string;
    role?: Role;
    /** Sign-in time, epoch ms: the 12 h absolute limit counts from here. */
    loginAt?: number;
    /** Last time role and disabled state were re-read from the database, epoch ms. */
    checkedAt?: number;
  }
}
