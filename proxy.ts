import { NextResponse, type NextRequest } from "next/server";
import { REQUESTED_URL_HEADER } from "./lib/auth/requestedUrl.ts";

/** Hands the full requested URL (path and query) to the page layouts, overwriting anything a client sent. */
export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  headers.set(REQUESTED_URL_HEADER, request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.next({ request: { headers } });
}

// The pages whose query string is part of the view; the API answers 401 rather than redirecting.
export const config = { matcher: ["/chains/:path*", "/alerts"] };
