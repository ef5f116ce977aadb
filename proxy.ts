import { withAuth } from "next-auth/middleware";
import { isTokenWithinLifetime } from "@/server/auth/token";

// Redirects signed-out page requests to /login. It only sees the cookie's JWT: authorisation (role,
// disabled state) is checked again inside every server action and route handler via requireRole().
export default withAuth({
  pages: { signIn: "/login" },
  callbacks: {
    authorized: ({ token }) => isTokenWithinLifetime(token, Date.now()),
  },
});

export const config = {
  // Everything except the login page, API routes (they answer 401 themselves), shared read-only views,
  // Next internals, the favicon and files with an extension (static assets).
  matcher: ["/((?!login(?:/|$)|api/|shared/|_next/|favicon\\.ico$|.*\\.[^/]+$).*)"],
};
