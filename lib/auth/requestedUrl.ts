// The URL a page was asked for, path and query, set by proxy.ts: layouts cannot see the query string,
// and a sign-in redirect must bring a shared link back to exactly the view it names.
export const REQUESTED_URL_HEADER = "x-chainpulse-requested-url";
