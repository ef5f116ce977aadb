import NextAuth from "next-auth";
import { authOptions } from "@/server/auth/options";

// next-auth v4's App Router handler serves every /api/auth/* endpoint (csrf, session, signin, signout ...).
const handler = NextAuth(authOptions);

export { handler as GET, handler as POST };
